// The answer to the popup's listTargets (shared/page-channel.ts): the distinct targets this frame shows,
// those in the viewport first, so the transfer panel can offer what the agent is looking at, then
// those found farther away whose controls wait until they come near (placement.ts).
import type { TabTargets } from '../shared/page-channel.ts';
import type { Control } from './control/control.ts';
import type { Layout, Target } from './seams.ts';

/** TabTargetsSchema's limits. */
export const MAX_LISTED_TARGETS = 500;
const MAX_DISPLAY_LENGTH = 100;

export function listTargets(
  controls: readonly Control[],
  layout: Pick<Layout, 'inViewport'>,
  waiting: readonly { targets: readonly Target[] }[],
): TabTargets {
  // One batch of layout reads for all hosts, on request only.
  const shown = layout.inViewport(controls.map((control) => control.host));
  const inViewport = controls.filter((_, index) => shown[index] === true);
  const targets = [...inViewport, ...controls].map((control) => control.target).concat(waiting.flatMap((item) => item.targets));
  const listed = new Map<string, string>();
  for (const target of targets) {
    if (listed.size === MAX_LISTED_TARGETS) break;
    if (!listed.has(target.rawId)) listed.set(target.rawId, target.display.slice(0, MAX_DISPLAY_LENGTH));
  }
  return [...listed].map(([rawId, display]) => ({ rawId, display }));
}
