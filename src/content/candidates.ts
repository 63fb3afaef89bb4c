// Deciding what a run of text, link or form field needs: nothing, its existing controls kept, or
// new controls (a candidate). Only this step runs the target finder, and only on text that changed
// or was last read for another dialling country.
import { displayTarget } from '../shared/phone.ts';
import { findTargetsInText, mayContainTarget, targetFromHref } from '../shared/detect/index.ts';
import { containerOf, isElement, isInput } from './dom.ts';
import { isExcluded, isPhoneLink } from './exclusions.ts';
import { fieldTargets } from './phone-fields.ts';
import { targetsKey, type Occurrences } from './occurrences.ts';
import { isShadowRoot, runPoints, runText, type RunRoot } from './runs.ts';
import type { Source, Target } from './seams.ts';

/** Offsets of a target in its run's text, end exclusive. */
export type TextSpan = readonly [start: number, end: number];

export interface Candidate {
  source: Source;
  data: string;
  /** The dialling country the targets were found for. */
  country: string;
  targets: Target[];
  /** Where each target is in a run's text; empty for links and fields. */
  spans: TextSpan[];
  /** The element whose layout says whether the targets are shown. */
  probe: Element;
}

/** What an evaluation reads besides the source: the controls so far and the dialling country. */
export interface Detection {
  occurrences: Occurrences;
  country: string;
}

/** A run of text, as opposed to a phone link or a field. */
export function isRun(source: Source): source is RunRoot {
  if (!isElement(source)) return true;
  // One read of the tag name for the common answer: most sources are runs of other elements.
  const name = source.localName;
  return name !== 'input' && (name !== 'a' || !isPhoneLink(source));
}

/** The phone link or field a source is, or undefined for a run. */
function linkOrField(source: Source): HTMLAnchorElement | HTMLInputElement | undefined {
  return isRun(source) ? undefined : (source as HTMLAnchorElement | HTMLInputElement);
}

/**
 * `checkAncestors` is for nodes reached without a walk from above (mutations); a walk has
 * already pruned excluded subtrees.
 */
export function evaluate(source: Source, detection: Detection, checkAncestors: boolean): Candidate | undefined {
  const { occurrences, country } = detection;
  const probe = isShadowRoot(source) ? source.host : source;
  const known = occurrences.get(source);
  if (!source.isConnected || (checkAncestors && isExcludedSource(source, probe))) {
    occurrences.drop(source);
    return undefined;
  }
  const data = dataOf(source);
  if (known?.data === data && known.country === country) {
    occurrences.keep(known, data, country);
    return undefined;
  }
  const found = findTargets(source, data, country);
  const targets = found.map(({ target }) => target);
  if (known && known.key === targetsKey(targets)) {
    occurrences.keep(known, data, country);
    return undefined;
  }
  occurrences.drop(source);
  const spans = found.flatMap(({ span }) => (span ? [span] : []));
  return targets.length > 0 ? { source, data, country, targets, spans, probe } : undefined;
}

/**
 * The sources whose controls an element's layout stands for (a candidate's probe): a phone link or
 * field itself, or the runs of the element and of its shadow root.
 */
export function sourcesShownIn(probe: Element): Source[] {
  if (isInput(probe) || isPhoneLink(probe)) return [probe];
  return probe.shadowRoot ? [probe, probe.shadowRoot] : [probe];
}

/** A candidate still describes its source when it is written, possibly slices later. */
export function isCurrent(candidate: Candidate, detection: Detection): boolean {
  const { source, data, country } = candidate;
  return source.isConnected && dataOf(source) === data && country === detection.country && !detection.occurrences.get(source);
}

/** Where each of a candidate's controls goes: after its target's text, or after the link or field. */
export function pointsOf(candidate: Candidate): ChildNode[] {
  const { source, targets, spans } = candidate;
  const element = linkOrField(source);
  return element ? targets.map(() => element) : runPoints(source as RunRoot, spans);
}

export function dataOf(source: Source): string {
  const element = linkOrField(source);
  if (!element) return runText(source);
  return isInput(element) ? element.value : (element.getAttribute('href') ?? '');
}

/** A target found in a source; for a run, with where it is in the run's text. */
export interface Found {
  target: Target;
  span?: TextSpan;
}

export function findTargets(source: Source, data: string, country: string): Found[] {
  const element = linkOrField(source);
  if (!element) {
    const found = mayContainTarget(data) ? findTargetsInText(data, { defaultCountry: country }) : [];
    return found.map(({ rawId, display, extension, start, end }) => ({ target: extension ? { rawId, display, extension } : { rawId, display }, span: [start, end] }));
  }
  const targets = isInput(element) ? fieldTargets(element, data, country) : linkTargets(data, country);
  return targets.map((target) => ({ target }));
}

function linkTargets(href: string, country: string): Target[] {
  const rawId = targetFromHref(href, { defaultCountry: country });
  return rawId ? [{ rawId, display: displayTarget(rawId) }] : [];
}

function isExcludedSource(source: Source, probe: Element): boolean {
  if (!linkOrField(source)) return isExcluded(probe);
  // A link or field is excluded by its ancestors, not by being a phone link or a form control.
  const container = containerOf(source);
  return container !== null && isExcluded(container);
}
