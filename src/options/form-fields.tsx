// Labelled form controls: help and error text are tied to the control with aria-describedby,
// and an invalid control says so with aria-invalid.
import { useId } from 'preact/hooks';

interface FieldNotesProps {
  help?: string;
  error?: string;
}

interface FieldIds {
  inputId: string;
  helpId: string;
  errorId: string;
  describedBy: string | undefined;
}

function useFieldIds({ help, error }: FieldNotesProps): FieldIds {
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const describedBy = [help && helpId, error && errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, helpId, errorId, describedBy };
}

function FieldNotes({ help, error, ids }: FieldNotesProps & { ids: FieldIds }) {
  return (
    <>
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

export function TextField({ label, help, error, value, onValue, ...attributes }: TextFieldProps) {
  const ids = useFieldIds({ help, error });
  return (
    <div class="field">
      <label class="field__label" for={ids.inputId}>
        {label}
      </label>
      <input
        {...attributes}
        id={ids.inputId}
        type="text"
        class="field__input"
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={ids.describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      <FieldNotes help={help} error={error} ids={ids} />
    </div>
  );
}

interface CheckboxFieldProps extends FieldNotesProps {
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

export function CheckboxField({ label, help, checked, onChecked }: CheckboxFieldProps) {
  const ids = useFieldIds({ help });
  return (
    <div class="field field--checkbox">
      <input
        id={ids.inputId}
        type="checkbox"
        checked={checked}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={ids.inputId}>{label}</label>
      <FieldNotes help={help} ids={ids} />
    </div>
  );
}

interface SelectFieldProps extends FieldNotesProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onValue: (value: string) => void;
}

export function SelectField({ label, help, error, value, options, onValue }: SelectFieldProps) {
  const ids = useFieldIds({ help, error });
  return (
    <div class="field">
      <label class="field__label" for={ids.inputId}>
        {label}
      </label>
      <select
        id={ids.inputId}
        class="field__input"
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes help={help} error={error} ids={ids} />
    </div>
  );
}

interface RadioOptionProps {
  name: string;
  label: string;
  checked: boolean;
  onSelect: () => void;
}

export function RadioOption({ name, label, checked, onSelect }: RadioOptionProps) {
  return (
    <label class="choice">
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      {label}
    </label>
  );
}
