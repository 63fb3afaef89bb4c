// Deciding what a text node or link needs: nothing, its existing controls kept, or new controls
// (a candidate). Only this step runs the target finder, and only on text that changed.
import { displayTarget } from '../shared/phone.ts';
import { findTargetsInText, mayContainTarget, targetFromHref } from '../shared/detect/index.ts';
import { containerOf, isText } from './dom.ts';
import { isExcluded } from './exclusions.ts';
import { targetsKey, type Occurrences } from './occurrences.ts';
import type { Source, Target } from './types.ts';

export interface Candidate {
  source: Source;
  data: string;
  targets: Target[];
  /** The element whose layout says whether the targets are shown. */
  probe: Element;
}

/**
 * `checkAncestors` is for nodes reached without a walk from above (mutations); a walk has
 * already pruned excluded subtrees.
 */
export function evaluate(source: Source, occurrences: Occurrences, checkAncestors: boolean): Candidate | undefined {
  const probe = isText(source) ? containerOf(source) : source;
  const known = occurrences.get(source);
  if (!probe || !source.isConnected || (checkAncestors && isExcludedSource(source, probe))) {
    occurrences.drop(source);
    return undefined;
  }
  const data = dataOf(source);
  if (known?.data === data) {
    occurrences.keep(known, data);
    return undefined;
  }
  const targets = findTargets(source, data);
  if (known && known.key === targetsKey(targets)) {
    occurrences.keep(known, data);
    return undefined;
  }
  occurrences.drop(source);
  return targets.length > 0 ? { source, data, targets, probe } : undefined;
}

/** A candidate still describes its source when it is written, possibly slices later. */
export function isCurrent(candidate: Candidate, occurrences: Occurrences): boolean {
  const { source, data } = candidate;
  return source.isConnected && dataOf(source) === data && !occurrences.get(source);
}

function dataOf(source: Source): string {
  return isText(source) ? source.data : (source.getAttribute('href') ?? '');
}

function findTargets(source: Source, data: string): Target[] {
  if (isText(source)) return mayContainTarget(data) ? findTargetsInText(data) : [];
  const rawId = targetFromHref(data);
  return rawId ? [{ rawId, display: displayTarget(rawId) }] : [];
}

function isExcludedSource(source: Source, probe: Element): boolean {
  if (isText(source)) return isExcluded(probe);
  // A link is excluded by its ancestors, not by being a phone link itself.
  const container = containerOf(source);
  return container !== null && isExcluded(container);
}
