import { useId, useState } from 'preact/hooks';
import type { CallSnapshot, RawId, TransferMode } from '../shared/engine.ts';
import { canReceiveVoicemail } from '../shared/raw-id.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import type { PickLists } from './pick-lists.ts';
import type { Send } from './send.ts';
import { TargetField, useTargetInput, type TargetInput } from './target-field.tsx';
import { TargetPicks } from './target-picks.tsx';

/** What the agent has entered, owned by the current call so it survives the panel hiding during a transfer. */
export interface TransferDraft {
  input: TargetInput;
  /** The agent's choice for this call; until then the setting's default applies. */
  ignoreRules: boolean | undefined;
  setIgnoreRules: (value: boolean) => void;
}

export function useTransferDraft(settings: Settings): TransferDraft {
  const input = useTargetInput(settings.defaultCountry);
  const [ignoreRules, setIgnoreRules] = useState<boolean>();
  return { input, ignoreRules, setIgnoreRules };
}

type DirectMode = Extract<TransferMode, 'participant' | 'voicemail'>;

interface TransferButtonsProps {
  target: RawId | undefined;
  onTransfer: (mode: DirectMode, target: RawId) => void;
  onConsult: (target: RawId) => void;
}

function TransferButtons({ target, onTransfer, onConsult }: TransferButtonsProps) {
  return (
    <div class="controls">
      <button type="submit" class="button button--primary" data-testid="transfer-blind" disabled={!target}>
        {t('popup_transfer')}
      </button>
      <button
        type="button"
        class="button"
        data-testid="transfer-consult"
        disabled={!target}
        onClick={() => target && onConsult(target)}
      >
        {t('popup_consultFirst')}
      </button>
      <button
        type="button"
        class="button"
        data-testid="transfer-voicemail"
        disabled={!target || !canReceiveVoicemail(target)}
        onClick={() => target && onTransfer('voicemail', target)}
      >
        {t('popup_voicemail')}
      </button>
    </div>
  );
}

function IgnoreRulesBox({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={checked}
        data-testid="transfer-ignore-rules"
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {t('popup_ignoreRules')}
    </label>
  );
}

interface TransferPanelProps {
  call: CallSnapshot;
  draft: TransferDraft;
  lists: PickLists;
  settings: Settings;
  send: Send;
}

/** Blind transfer (Enter), consult first, or voicemail, to a typed or picked target. */
export function TransferPanel({ call, draft, lists, settings, send }: TransferPanelProps) {
  const headingId = useId();
  const ignoreRules = draft.ignoreRules ?? settings.disableForwardingAndUnanswered;
  const transfer = (mode: DirectMode, target: RawId): void => {
    const options = { hangUpOnSuccess: settings.hangUpAfterTransfer, disableForwardingAndUnanswered: ignoreRules };
    void send({ type: 'transfer', request: { callId: call.id, mode, target, ...options } });
  };
  const consult = (target: RawId): void => void send({ type: 'consult', callId: call.id, target });
  return (
    <form
      class="panel"
      aria-labelledby={headingId}
      data-testid="transfer-panel"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.input.target) transfer('participant', draft.input.target);
      }}
    >
      <h3 id={headingId} class="panel__title">
        {t('popup_transferHeading')}
      </h3>
      <TargetField input={draft.input} label={t('popup_transferTarget')} testId="transfer-target" />
      <IgnoreRulesBox checked={ignoreRules} onChange={draft.setIgnoreRules} />
      <TransferButtons target={draft.input.target} onTransfer={transfer} onConsult={consult} />
      <TargetPicks lists={lists} onPick={draft.input.pick} />
    </form>
  );
}
