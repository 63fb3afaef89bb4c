// Deciding what a text node, link or form field needs: nothing, its existing controls kept, or new
// controls (a candidate). Only this step runs the target finder, and only on text that changed or
// was last read for another dialling country.
import { displayTarget } from '../shared/phone.ts';
import { findTargetsInText, mayContainTarget, targetFromHref } from '../shared/detect/index.ts';
import { containerOf, isInput, isText } from './dom.ts';
import { isExcluded, isPhoneLink } from './exclusions.ts';
import { fieldTargets } from './fields.ts';
import { targetsKey, type Occurrences } from './occurrences.ts';
import type { Source, Target } from './types.ts';

export interface Candidate {
  source: Source;
  data: string;
  /** The dialling country the targets were found for. */
  country: string;
  targets: Target[];
  /** The element whose layout says whether the targets are shown. */
  probe: Element;
}

/** What an evaluation reads besides the source: the controls so far and the dialling country. */
export interface Detection {
  occurrences: Occurrences;
  country: string;
}

/**
 * `checkAncestors` is for nodes reached without a walk from above (mutations); a walk has
 * already pruned excluded subtrees.
 */
export function evaluate(source: Source, detection: Detection, checkAncestors: boolean): Candidate | undefined {
  const { occurrences, country } = detection;
  const probe = isText(source) ? containerOf(source) : source;
  const known = occurrences.get(source);
  if (!probe || !source.isConnected || (checkAncestors && isExcludedSource(source, probe))) {
    occurrences.drop(source);
    return undefined;
  }
  const data = dataOf(source);
  if (known?.data === data && known.country === country) {
    occurrences.keep(known, data, country);
    return undefined;
  }
  const targets = findTargets(source, data, country);
  if (known && known.key === targetsKey(targets)) {
    occurrences.keep(known, data, country);
    return undefined;
  }
  occurrences.drop(source);
  return targets.length > 0 ? { source, data, country, targets, probe } : undefined;
}

/**
 * The sources whose controls an element's layout stands for (a candidate's probe): a phone link or
 * field itself, or the text directly inside the element or its shadow root.
 */
export function sourcesShownIn(probe: Element): Source[] {
  if (isInput(probe) || isPhoneLink(probe)) return [probe];
  return [...probe.childNodes, ...(probe.shadowRoot?.childNodes ?? [])].filter(isText);
}

/** A candidate still describes its source when it is written, possibly slices later. */
export function isCurrent(candidate: Candidate, detection: Detection): boolean {
  const { source, data, country } = candidate;
  return source.isConnected && dataOf(source) === data && country === detection.country && !detection.occurrences.get(source);
}

export function dataOf(source: Source): string {
  if (isText(source)) return source.data;
  return isInput(source) ? source.value : (source.getAttribute('href') ?? '');
}

export function findTargets(source: Source, data: string, country: string): Target[] {
  if (isText(source)) return mayContainTarget(data) ? findTargetsInText(data, { defaultCountry: country }) : [];
  if (isInput(source)) return fieldTargets(source, data, country);
  const rawId = targetFromHref(data, { defaultCountry: country });
  return rawId ? [{ rawId, display: displayTarget(rawId) }] : [];
}

function isExcludedSource(source: Source, probe: Element): boolean {
  if (isText(source)) return isExcluded(probe);
  // A link or field is excluded by its ancestors, not by being a phone link or a form control.
  const container = containerOf(source);
  return container !== null && isExcluded(container);
}
