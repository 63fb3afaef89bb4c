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
import type { LinkOrField, Source, Target } from './seams.ts';

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

/** The phone link or field a source is, or undefined for a run. */
function linkOrField(source: Source): LinkOrField | undefined {
  if (!isElement(source)) return undefined;
  const name = source.localName;
  return name === 'input' || isPhoneLink(source, name) ? (source as LinkOrField) : undefined;
}

/**
 * `checkAncestors` is for nodes reached without a walk from above (mutations); a walk has
 * already pruned excluded subtrees, and calls `evaluateRun` or `evaluateLinkOrField`.
 */
export function evaluate(source: Source, detection: Detection, checkAncestors: boolean): Candidate | undefined {
  const element = linkOrField(source);
  if (checkAncestors && isExcludedSource(source, element)) {
    detection.occurrences.drop(source);
    return undefined;
  }
  return element ? evaluateLinkOrField(element, detection) : evaluateRun(source as RunRoot, runText(source as RunRoot), detection);
}

/** A run whose text the caller has read. */
export function evaluateRun(root: RunRoot, text: string, detection: Detection): Candidate | undefined {
  return evaluateRead(root, undefined, text, detection);
}

export function evaluateLinkOrField(element: LinkOrField, detection: Detection): Candidate | undefined {
  return evaluateRead(element, element, elementData(element), detection);
}

/** Only a source whose data changed (or was read for another country) has its targets found again. */
function evaluateRead(source: Source, element: LinkOrField | undefined, data: string, detection: Detection): Candidate | undefined {
  const { occurrences, country } = detection;
  const known = occurrences.get(source);
  if (!source.isConnected) {
    occurrences.drop(source);
    return undefined;
  }
  if (known?.data === data && known.country === country) {
    occurrences.keep(known, data, country);
    return undefined;
  }
  const found = element ? elementTargets(element, data, country) : runTargets(data, country);
  const targets = found.map(({ target }) => target);
  if (known && known.key === targetsKey(targets)) {
    occurrences.keep(known, data, country);
    return undefined;
  }
  occurrences.drop(source);
  const spans = found.flatMap(({ span }) => (span ? [span] : []));
  const probe = isShadowRoot(source) ? source.host : source;
  return targets.length > 0 ? { source, data, country, targets, spans, probe } : undefined;
}

/**
 * The sources whose controls an element's layout stands for (a candidate's probe): a phone link or
 * field itself, or the runs of the element and of its shadow root.
 */
export function sourcesShownIn(probe: Element): Source[] {
  if (linkOrField(probe)) return [probe];
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
  return element ? elementData(element) : runText(source as RunRoot);
}

/** A field's value or a link's href. */
export function elementData(element: LinkOrField): string {
  return isInput(element) ? element.value : (element.getAttribute('href') ?? '');
}

/** A target found in a source; for a run, with where it is in the run's text. */
export interface Found {
  target: Target;
  span?: TextSpan;
}

export function runTargets(text: string, country: string): Found[] {
  if (!mayContainTarget(text)) return [];
  const found = findTargetsInText(text, { defaultCountry: country });
  return found.map(({ rawId, display, extension, start, end }) => ({ target: extension ? { rawId, display, extension } : { rawId, display }, span: [start, end] }));
}

/** `data` is the element's `elementData`. */
export function elementTargets(element: LinkOrField, data: string, country: string): Found[] {
  const targets = isInput(element) ? fieldTargets(element, data, country) : linkTargets(data, country);
  return targets.map((target) => ({ target }));
}

function linkTargets(href: string, country: string): Target[] {
  const rawId = targetFromHref(href, { defaultCountry: country });
  return rawId ? [{ rawId, display: displayTarget(rawId) }] : [];
}

function isExcludedSource(source: Source, element: LinkOrField | undefined): boolean {
  if (!element) return isExcluded(isShadowRoot(source) ? source.host : (source as Element));
  // A link or field is excluded by its ancestors, not by being a phone link or a form control.
  const container = containerOf(element);
  return container !== null && isExcluded(container);
}
