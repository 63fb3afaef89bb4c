// The engine on the simulated SDK with a test's configuration of it, on a manual clock, started,
// with every published snapshot recorded.
import { AcsCallEngine } from '../../../src/engine/acs-engine.ts';
import type { SimCall } from '../../../src/engine/sim/call.ts';
import type { IssuedToken, TokenFetcher } from '../../../src/engine/token.ts';
import type { CallSnapshot, EngineSnapshot } from '../../../src/shared/engine.ts';
import { TestWorld } from '../engine/test-world.ts';

export const SELF = '8:acs:11111111-1111-1111-1111-111111111111_00000000-0000-0000-0000-000000000001';
export const CUSTOMER = '4:+14255550100';
export const COLLEAGUE = '8:acs:11111111-1111-1111-1111-111111111111_00000000-0000-0000-0000-000000000002';
export const TEAMS_USER = '8:orgid:6f1c1b2c-7d3e-4a5b-9c8d-0e1f2a3b4c5d';
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000];

export interface EngineFixture {
  world: TestWorld;
  engine: AcsCallEngine;
  snapshots: EngineSnapshot[];
  tokensIssued(): number;
}

const fixtures: EngineFixture[] = [];

/** For afterEach: no engine outlives its test with timers still running. */
export async function disposeFixtures(): Promise<void> {
  await Promise.all(
    fixtures.splice(0).map(async ({ engine, world }) => {
      await engine.dispose();
      world.dispose();
    }),
  );
}

export function createFixture(fetchToken?: TokenFetcher): EngineFixture {
  const world = new TestWorld();
  let issued = 0;
  const issue = async (): Promise<IssuedToken> => {
    issued += 1;
    return { token: `token-${issued}`, expiresOnTimestamp: Date.now() + 3_600_000, userId: SELF };
  };
  const engine = new AcsCallEngine({ sdk: world.sdk, fetchToken: fetchToken ?? issue, retryDelaysMs: RETRY_DELAYS_MS, clock: world.clock });
  const snapshots: EngineSnapshot[] = [];
  engine.subscribe((snapshot) => snapshots.push(snapshot));
  const fixture = { world, engine, snapshots, tokensIssued: () => issued };
  fixtures.push(fixture);
  return fixture;
}

/** Starts the engine, letting simulated time run while the agent comes up. */
export async function start(fixture: EngineFixture): Promise<void> {
  await Promise.all([fixture.engine.start(), fixture.world.settle()]);
}

export async function startedFixture(): Promise<EngineFixture> {
  const fixture = createFixture();
  await start(fixture);
  return fixture;
}

/** The call whose first remote party is `rawId`: an outgoing call's id changes when it connects. */
export function callWith(snapshot: EngineSnapshot, rawId: string): CallSnapshot | undefined {
  return snapshot.calls.find((call) => call.remote[0]?.rawId === rawId);
}

/** A started engine with the customer on a connected outgoing call. */
export async function onCustomerCall(): Promise<EngineFixture & { call: SimCall }> {
  const fixture = await startedFixture();
  return { ...fixture, call: fixture.world.agent.createCall([{ rawId: CUSTOMER }], 'Outgoing') };
}

export function callIn(snapshot: EngineSnapshot, callId: string): CallSnapshot {
  const call = snapshot.calls.find((candidate) => candidate.id === callId);
  if (!call) throw new Error(`No call ${callId} in revision ${snapshot.rev}.`);
  return call;
}

/** "state/transfer state" of a call at each revision that changed it, e.g. "LocalHold/Transferring". */
export function historyOf(snapshots: EngineSnapshot[], callId: string): string[] {
  const states = snapshots.flatMap((snapshot) => {
    const call = snapshot.calls.find((candidate) => candidate.id === callId);
    return call ? [`${call.state}/${call.transfer?.state ?? '-'}`] : [];
  });
  return states.filter((state, index) => state !== states[index - 1]);
}
