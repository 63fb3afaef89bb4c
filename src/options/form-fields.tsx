// Labelled form controls: help and error text are tied to the control with aria-describedby,
// and an invalid control says so with aria-invalid. A control an admin locked by policy
// (shared/managed.ts) is disabled and says who set it.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldNotesProps {
  help?: string;
  error?: string;
  /** Who set this value by policy ("Set by Contoso IT"); the control cannot be changed. */
  lockedBy?: string | undefined;
}

interface FieldIds {
  inputId: string;
  helpId: string;
  errorId: string;
  lockedId: string;
  describedBy: string | undefined;
}

function useFieldIds({ help, error, lockedBy }: FieldNotesProps): FieldIds {
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const lockedId = useId();
  const describedBy = [lockedBy && lockedId, help && helpId, error && errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, helpId, errorId, lockedId, describedBy };
}

function FieldNotes({ help, error, lockedBy, ids }: FieldNotesProps & { ids: FieldIds }) {
  return (
    <>
      <LockedNote lockedBy={lockedBy} id={ids.lockedId} />
      {help && (
        <p id={ids.helpId} class="field__help">
          {help}
        </p>
      )}
      {error && (
        <p id={ids.errorId} class="field__error">
          {error}
        </p>
      )}
    </>
  );
}

interface InputAttributes {
  inputMode?: 'text' | 'decimal' | 'tel' | 'url';
  autocomplete?: 'off' | 'name' | 'url';
}

interface TextFieldProps extends FieldNotesProps, InputAttributes {
  label: string;
  value: string;
  onValue: (value: string) => void;
}

/** The attributes a labelled text or select control shares: its id, notes, lock and validity. */
function controlAttributes(ids: FieldIds, { error, lockedBy }: FieldNotesProps) {
  return {
    id: ids.inputId,
    class: 'field__input',
    disabled: lockedBy !== undefined,
    'aria-invalid': error !== undefined,
    'aria-describedby': ids.describedBy,
  };
}

/** A control under its label, with its notes below. */
function LabelledField({ label, notes, ids, children }: { label: string; notes: FieldNotesProps; ids: FieldIds; children: ComponentChildren }) {
  return (
    <div class="field">
      <label class="field__label" for={ids.inputId}>
        {label}
      </label>
      {children}
      <FieldNotes {...notes} ids={ids} />
    </div>
  );
}

export function TextField({ label, help, error, lockedBy, value, onValue, ...attributes }: TextFieldProps) {
  const notes = { help, error, lockedBy };
  const ids = useFieldIds(notes);
  return (
    <LabelledField label={label} notes={notes} ids={ids}>
      <input {...attributes} {...controlAttributes(ids, notes)} type="text" value={value} onInput={(event) => onValue(event.currentTarget.value)} />
    </LabelledField>
  );
}

interface CheckboxFieldProps extends FieldNotesProps {
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

export function CheckboxField({ label, help, lockedBy, checked, onChecked }: CheckboxFieldProps) {
  const ids = useFieldIds({ help, lockedBy });
  return (
    <div class="field field--checkbox">
      <input
        id={ids.inputId}
        type="checkbox"
        checked={checked}
        disabled={lockedBy !== undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={ids.inputId}>{label}</label>
      <FieldNotes help={help} lockedBy={lockedBy} ids={ids} />
    </div>
  );
}

interface SelectFieldProps extends FieldNotesProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onValue: (value: string) => void;
}

export function SelectField({ label, help, error, lockedBy, value, options, onValue }: SelectFieldProps) {
  const notes = { help, error, lockedBy };
  const ids = useFieldIds(notes);
  return (
    <LabelledField label={label} notes={notes} ids={ids}>
      <select {...controlAttributes(ids, notes)} value={value} onChange={(event) => onValue(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

interface RadioOptionProps {
  name: string;
  label: string;
  checked: boolean;
  /** The group was set by policy: its note is shown once, by the group (LockedNote). */
  locked?: boolean;
  onSelect: () => void;
}

export function RadioOption({ name, label, checked, locked = false, onSelect }: RadioOptionProps) {
  return (
    <label class="choice">
      <input type="radio" name={name} checked={checked} disabled={locked} onChange={onSelect} />
      {label}
    </label>
  );
}

/** Says who set a control, or a group of them (a set of radio options), by policy. */
export function LockedNote({ lockedBy, id }: { lockedBy: string | undefined; id?: string }) {
  return lockedBy ? (
    <p id={id} class="field__locked" data-testid="locked">
      {lockedBy}
    </p>
  ) : null;
}
