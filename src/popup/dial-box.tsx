import type { Settings } from '../shared/settings.ts';
import { t } from '../platform/i18n.ts';
import type { PickLists } from './pick-lists.ts';
import type { Send } from './send.ts';
import { TargetField, useTargetInput } from './target-field.tsx';
import { TargetPicks } from './target-picks.tsx';

interface DialBoxProps {
  lists: PickLists;
  settings: Settings;
  send: Send;
}

export function DialBox({ lists, settings, send }: DialBoxProps) {
  const input = useTargetInput(settings.defaultCountry);
  const { target } = input;
  return (
    <form
      class="panel"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) void send({ type: 'startCall', targets: [target] });
      }}
    >
      <TargetField input={input} label={t('popup_dialTarget')} testId="dial-target" />
      <div class="controls">
        <button type="submit" class="button button--primary" data-testid="dial" disabled={!target}>
          {t('popup_dial')}
        </button>
      </div>
      <TargetPicks lists={lists} onPick={input.pick} />
    </form>
  );
}
