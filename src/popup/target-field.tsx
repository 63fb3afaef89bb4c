import type { RefObject } from 'preact';
import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { RawId } from '../shared/engine.ts';
import { dialingCountry, displayTarget, parseTarget } from '../shared/phone.ts';
import { t, uiLocale } from '../platform/i18n.ts';

export interface TargetInput {
  text: string;
  setText: (text: string) => void;
  /** The raw id the text stands for, re-read on every keystroke; undefined while it is not a target. */
  target: RawId | undefined;
  /** Puts a picked target in the field and the focus on it, so Enter acts on it. */
  pick: (rawId: RawId) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The target as the agent would type it: a number formatted, or the raw id when formatting loses it. */
function editableText(rawId: RawId, country: ReturnType<typeof dialingCountry>): string {
  const formatted = displayTarget(rawId);
  return parseTarget(formatted, country) === rawId ? formatted : rawId;
}

export function useTargetInput(defaultCountry: string): TargetInput {
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const country = dialingCountry(defaultCountry, uiLocale());
  const target = useMemo(() => parseTarget(text, country), [text, country]);
  const pick = useCallback(
    (rawId: RawId) => {
      setText(editableText(rawId, country));
      inputRef.current?.focus();
    },
    [country],
  );
  return { text, setText, target, pick, inputRef };
}

function TargetHint({ input, isInvalid }: { input: TargetInput; isInvalid: boolean }) {
  if (input.target) {
    return (
      <>
        <span aria-hidden="true">→ </span>
        {displayTarget(input.target)}
      </>
    );
  }
  return isInvalid ? <>{t('popup_targetInvalid')}</> : null;
}

interface TargetFieldProps {
  input: TargetInput;
  label: string;
  testId: string;
}

/** A phone number or id field that shows, as the agent types, what the target really is. */
export function TargetField({ input, label, testId }: TargetFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const isInvalid = input.text.trim() !== '' && !input.target;
  return (
    <div class="field">
      <label class="field__label" for={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        ref={input.inputRef}
        class="field__input"
        type="text"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('popup_targetPlaceholder')}
        value={input.text}
        aria-invalid={isInvalid}
        aria-describedby={hintId}
        data-testid={testId}
        onInput={(event) => input.setText(event.currentTarget.value)}
      />
      <p
        id={hintId}
        class={isInvalid ? 'field__hint field__hint--invalid' : 'field__hint'}
        data-testid={`${testId}-hint`}
      >
        <TargetHint input={input} isInvalid={isInvalid} />
      </p>
    </div>
  );
}
