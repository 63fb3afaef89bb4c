// Test rig for the simulated engine: an engine on a manual clock, a recorder of every published snapshot, and
// readers that turn the recording into the sequence of states a call went through.
import * as v from 'valibot';
import { expect } from 'vitest';
import type { CallSnapshot, EngineSnapshot, RawId, TransferRequest, TransferSnapshot } from '../../../src/shared/engine.ts';
import { EngineSnapshotSchema } from '../../../src/shared/schemas.ts';
import { DEFAULT_SCENARIO } from '../../../src/engine/sim/scenario.ts';
import { SimulatedEngine, type SimulatedEngineOptions } from '../../../src/offscreen/simulated-engine.ts';
import { FakeClock } from '../engine/manual-clock.ts';
import { SERVICE } from '../../../src/engine/sim/service-codes.ts';

export { FakeClock, T0 } from '../engine/manual-clock.ts';

export const TIMINGS = DEFAULT_SCENARIO.timings;
export const CUSTOMER = DEFAULT_SCENARIO.demoCustomer;
export const CALLER = DEFAULT_SCENARIO.caller;
export const COLLEAGUE = DEFAULT_SCENARIO.colleague;
/** Targets per the default rules: answers, declines (…0000), never answers (…9999), unknown (…4040). */
export const ANSWERS = '4:+14255550142';
export const DECLINES = '4:+14255550000';
export const NEVER_ANSWERS = '4:+14255559999';
export const UNKNOWN = '4:+14255554040';

export interface Rig {
  engine: SimulatedEngine;
  clock: FakeClock;
  /** Every snapshot the engine published, in delivery order. */
  revisions: EngineSnapshot[];
}

const rigs: Rig[] = [];

export function rig(options: Omit<SimulatedEngineOptions, 'clock'> = {}): Rig {
  const clock = new FakeClock();
  const engine = new SimulatedEngine({ ...options, clock });
  const revisions: EngineSnapshot[] = [];
  engine.subscribe((snapshot) => revisions.push(snapshot));
  const made = { engine, clock, revisions };
  rigs.push(made);
  return made;
}

/** A rig whose engine has started (and put the demo call on the line, if asked). */
export async function started(options: Omit<SimulatedEngineOptions, 'clock'> = {}): Promise<Rig> {
  const made = rig(options);
  const start = made.engine.start();
  await made.clock.advance(TIMINGS.agentConnect);
  await start;
  return made;
}

/** A started rig with the demo customer on a connected call. */
export async function onDemoCall(): Promise<Rig & { callId: string }> {
  const made = await started({ demoCall: true });
  const call = made.engine.getSnapshot().calls.at(-1);
  if (!call) throw new Error('no demo call');
  return { ...made, callId: call.id };
}

/** The agent puts a call on hold, and the hold completes. */
export async function holdByAgent(made: Rig, callId: string): Promise<void> {
  const held = made.engine.hold(callId);
  await made.clock.advance(TIMINGS.hold);
  await held;
}

/** Asks for a transfer and lets the engine's hold step run; resolves with what transfer() returned. */
export async function transferAndHold(made: Rig, request: TransferRequest): Promise<TransferSnapshot> {
  const sent = made.engine.transfer(request);
  await made.clock.advance(TIMINGS.hold);
  return sent;
}

/** The call whose (first) remote party is `rawId`, in one snapshot. */
export function callWith(snapshot: EngineSnapshot, rawId: RawId): CallSnapshot | undefined {
  return snapshot.calls.find((call) => call.remote[0]?.rawId === rawId);
}

/** "state/transfer state" of a call, e.g. "LocalHold/Transferring"; "-" when it has no transfer. */
export function line(call: CallSnapshot): string {
  return `${call.state}/${call.transfer?.state ?? '-'}`;
}

/**
 * The distinct values `pick` took across the revisions, in order, skipping revisions where it is
 * undefined. Each value listed was published in a revision of its own.
 */
export function history<T extends string | number | boolean>(
  revisions: EngineSnapshot[],
  pick: (s: EngineSnapshot) => T | undefined,
): T[] {
  const values: T[] = [];
  for (const snapshot of revisions) {
    const value = pick(snapshot);
    if (value !== undefined && values.at(-1) !== value) values.push(value);
  }
  return values;
}

/** The line history of the call with `rawId` on the far end. */
export function callHistory(revisions: EngineSnapshot[], rawId: RawId): string[] {
  return history(revisions, (s) => {
    const call = callWith(s, rawId);
    return call && line(call);
  });
}

/** Every snapshot any rig published since the last check is well-formed (docs/design.md snapshot contract). */
export function checkPublishedSnapshots(): void {
  for (const { revisions } of rigs.splice(0)) {
    revisions.forEach(expectWellFormed);
    const revs = revisions.map((snapshot) => snapshot.rev);
    expect(revs).toEqual(revs.map((_, i) => (revs[0] ?? 0) + i));
  }
}

export function expectWellFormed(snapshot: EngineSnapshot): void {
  expect(isDeepFrozen(snapshot)).toBe(true);
  expect(JSON.parse(JSON.stringify(snapshot))).toStrictEqual(snapshot);
  expect(structuredClone(snapshot)).toStrictEqual(snapshot);
  const parsed = v.safeParse(EngineSnapshotSchema, snapshot);
  expect(parsed.issues).toBeUndefined();
  expect(parsed.output).toStrictEqual(snapshot);
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

/** The remote party hangs up: the service ends the call. */
export function remoteHangUp(made: Rig, callId: string): void {
  const call = made.engine.world.agents.flatMap((agent) => agent.calls).find((candidate) => candidate.id === callId);
  if (!call) throw new Error(`No simulated call ${callId}.`);
  call.end(SERVICE.endedByUs);
}
