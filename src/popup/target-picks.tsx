import { useId, useState } from 'preact/hooks';
import type { RawId } from '../shared/engine.ts';
import { displayTarget } from '../shared/phone.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { formatCount } from './format.ts';
import type { PickLists } from './pick-lists.ts';
import type { PickTarget } from './recent-targets.ts';

/** Enough to pick from at a glance; the rest of a long page stays one click away. */
const FIRST_SHOWN = 6;

interface PickListProps {
  title: string;
  targets: PickTarget[];
  onPick: (rawId: RawId) => void;
  testId: string;
}

function PickChip({ rawId, display, onPick }: PickTarget & { onPick: (rawId: RawId) => void }) {
  return (
    <button
      type="button"
      class="chip"
      title={displayTarget(rawId)}
      data-testid="pick-target"
      data-raw-id={rawId}
      onClick={() => onPick(rawId)}
    >
      {display}
    </button>
  );
}

function PickList({ title, targets, onPick, testId }: PickListProps) {
  const titleId = useId();
  const [isExpanded, setExpanded] = useState(false);
  if (targets.length === 0) return null;
  const shown = isExpanded ? targets : targets.slice(0, FIRST_SHOWN);
  return (
    <div class="picks" role="group" aria-labelledby={titleId} data-testid={testId}>
      <p id={titleId} class="picks__title">
        {title}
      </p>
      <ul class="picks__list">
        {shown.map(({ rawId, display }) => (
          <li key={rawId}>
            <PickChip rawId={rawId} display={display} onPick={onPick} />
          </li>
        ))}
        {shown.length < targets.length && (
          <li>
            <button type="button" class="chip chip--more" data-testid="pick-show-all" onClick={() => setExpanded(true)}>
              {t('popup_pickShowAll', formatCount(targets.length, uiLocale()))}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

/** Targets to fill the field with: those on the current page, and those used lately. */
export function TargetPicks({ lists, onPick }: { lists: PickLists; onPick: (rawId: RawId) => void }) {
  const pageTitle = t('popup_pickPage', formatCount(lists.page.length, uiLocale()));
  return (
    <>
      <PickList title={pageTitle} targets={lists.page} onPick={onPick} testId="pick-page" />
      <PickList title={t('popup_pickRecent')} targets={lists.recent} onPick={onPick} testId="pick-recent" />
    </>
  );
}
