// The engine's contract: every path the extension relies on, asserted as the sequence of states it
// publishes. It runs on the simulated SDK as the product ships it, and on test configurations of it
// (docs/design.md: one engine, two SDKs). Each harness starts from one connected 1:1 call with a customer.
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallEngine, CallSnapshot, EngineSnapshot, RawId, StartCallOptions } from '../../../src/shared/engine.ts';
import { EngineSnapshotSchema } from '../../../src/shared/schemas.ts';
import { SimSdkError } from '../../../src/engine/sim/emitter.ts';
import { runScripted } from '../../../src/engine/sim/scripted.ts';
import { SERVICE } from '../../../src/engine/sim/service-codes.ts';
import type { SimWorld } from '../../../src/engine/sim/world.ts';

export interface ContractTargets {
  /** Answers calls and transfers. */
  answers: RawId;
  /** Declines calls and transfers. */
  declines: RawId;
  /** A well-formed raw id the service does not know: it fails the transfer later (480/10037). */
  unrecognised: RawId;
  /** A Teams user (8:orgid:…), whose voicemail always answers; also answers calls. */
  teamsUser: RawId;
  /** Never answers: a transfer to it times out. */
  neverAnswers: RawId;
}

export interface EngineHarness {
  readonly engine: CallEngine;
  /** The simulated service the engine's SDK talks to, for its scripted events. */
  readonly world: SimWorld;
  readonly customerCallId: string;
  readonly targets: ContractTargets;
  /** What startCall needs for any target, e.g. a caller id for phone numbers. */
  readonly callOptions: StartCallOptions;
  /** Drives the world until nothing is pending: targets answer or decline, transfers settle, calls end. */
  settle(): Promise<void>;
  dispose(): Promise<void>;
}

export function runEngineContract(name: string, makeHarness: () => Promise<EngineHarness>): void {
  describe(`CallEngine contract: ${name}`, () => {
    let h: EngineHarness;
    let revisions: EngineSnapshot[];

    beforeEach(async () => {
      h = await makeHarness();
      revisions = [h.engine.getSnapshot()];
      h.engine.subscribe((snapshot) => revisions.push(snapshot));
    });

    afterEach(async () => {
      try {
        expectWellFormedRevisions(revisions);
      } finally {
        await h.dispose();
      }
    });

    const customer = (): CallSnapshot => callById(h.engine.getSnapshot(), h.customerCallId);
    const customerHistory = (): string[] => historyOf(revisions, h.customerCallId);
    const connections = (): string[] => distinct(revisions.map((s) => s.connection + (s.connectionReason ? `/${s.connectionReason}` : '')));
    /** Some operations resolve only once simulated time has passed, so the world settles meanwhile. */
    const settled = async <T>(operation: Promise<T>): Promise<T> => (await Promise.all([operation, h.settle()]))[0];

    it('starts connected, on a connected 1:1 call', () => {
      expect(h.engine.getSnapshot().connection).toBe('connected');
      expect(customer()).toMatchObject({ state: 'Connected', remote: [expect.any(Object)] });
    });

    it('blind transfer: LocalHold, Transferring, Transferred, then the original ends, each a revision of its own', async () => {
      const sent = await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.answers }));

      expect(sent).toMatchObject({ callId: h.customerCallId, mode: 'participant', target: h.targets.answers });
      // While the hold is under way an engine may show the new transfer as None or no transfer yet.
      expectInOrder(customerHistory(), [
        'Connected/-',
        /^LocalHold\/(None|-)$/,
        'LocalHold/Transferring',
        'LocalHold/Transferred',
        'Disconnected/Transferred',
      ]);
    });

    it('a declined transfer fails with the reason and resumes the call', async () => {
      await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.declines }));

      expect(customer()).toMatchObject({ state: 'Connected', transfer: { state: 'Failed', error: { code: 603 } } });
      expect(customerHistory().slice(-2)).toEqual(['LocalHold/Failed', 'Connected/Failed']);
      expect(h.engine.getSnapshot().lastError?.code).toBe(603);
    });

    it('voicemail to anyone but a Teams user fails 400/46053 without touching the call', async () => {
      const sent = await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'voicemail', target: h.targets.answers }));

      expect(sent).toMatchObject({ state: 'Failed', error: { code: 400, subCode: 46053 } });
      expect(customerHistory()).toEqual(['Connected/-', 'Connected/Failed']);
    });

    it("voicemail to a Teams user is Transferred and the call ends", async () => {
      await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'voicemail', target: h.targets.teamsUser }));

      expect(customer()).toMatchObject({ state: 'Disconnected', transfer: { mode: 'voicemail', state: 'Transferred' } });
    });

    it('a group call cannot be transferred: 400/46051, and the call stays connected', async () => {
      const groupId = await settled(h.engine.startCall([h.targets.answers, h.targets.teamsUser], h.callOptions));

      const sent = await settled(h.engine.transfer({ callId: groupId, mode: 'participant', target: h.targets.answers }));

      // The call's id may have changed when it connected (idChanged); the transfer names it as it is now.
      expect(sent).toMatchObject({ state: 'Failed', error: { code: 400, subCode: 46051 } });
      expect(callById(h.engine.getSnapshot(), sent.callId)).toMatchObject({ state: 'Connected', remote: [{}, {}] });
    });

    it('a target the service does not know fails after Transferring with its code, and the call is resumed', async () => {
      const sent = await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.unrecognised }));

      expect(sent).toMatchObject({ state: 'Transferring' });
      expect(customer()).toMatchObject({ state: 'Connected', transfer: { state: 'Failed', error: { code: 480, subCode: 10037 } } });
      expectInOrder(customerHistory(), ['Connected/None', 'LocalHold/None', 'LocalHold/Transferring', 'LocalHold/Failed', 'Connected/Failed']);
    });

    it('consult transfer: hold, call the colleague, then transfer to that call by its id', async () => {
      await settled(h.engine.hold(h.customerCallId));
      const consultId = await settled(h.engine.startCall([h.targets.teamsUser], h.callOptions));

      await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'call', target: consultId }));

      expect(customer()).toMatchObject({ state: 'Disconnected', transfer: { mode: 'call', target: consultId, state: 'Transferred' } });
    });

    it('with hangUpOnSuccess false, the transferred call stays on hold', async () => {
      await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.answers, hangUpOnSuccess: false }));

      expect(customer()).toMatchObject({ state: 'LocalHold', transfer: { state: 'Transferred' } });
    });

    it('keeps an ended call until it is dismissed, and will not dismiss a live one', async () => {
      await expect(h.engine.dismiss(h.customerCallId)).rejects.toThrow();
      await settled(h.engine.hangUp(h.customerCallId));
      expect(customer()).toMatchObject({ state: 'Disconnected', endReason: { code: 0 } });

      await h.engine.dismiss(h.customerCallId);

      expect(h.engine.getSnapshot().calls.map((call) => call.id)).not.toContain(h.customerCallId);
    });

    it('no answer: the transfer times out with 408 and the call it held is resumed', async () => {
      await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.neverAnswers }));

      expect(customer().transfer).toMatchObject({ state: 'Failed', error: { code: 408 } });
      expectInOrder(customerHistory(), ['Connected/None', 'LocalHold/None', 'LocalHold/Transferring', 'LocalHold/Failed', 'Connected/Failed']);
    });

    it('the call ending mid-transfer settles the transfer as Failed, the call having ended', async () => {
      const stop = h.engine.subscribe((snapshot) => {
        if (snapshot.calls.find((call) => call.id === h.customerCallId)?.transfer?.state === 'Transferring') endOnTheServiceSide(h);
      });
      await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.neverAnswers }));
      stop();

      expect(customer()).toMatchObject({ state: 'Disconnected', transfer: { state: 'Failed', error: { reason: 'callEnded' } } });
      expectInOrder(customerHistory(), ['LocalHold/Transferring', 'Disconnected/Transferring', 'Disconnected/Failed']);
    });

    it('token expiry during a call: the SDK ends the call, and the engine signs in again', async () => {
      runScripted(h.world, 'tokenExpiry');
      await h.settle();

      expect(customer()).toMatchObject({ state: 'Disconnected' });
      expect(connections()).toEqual(['connected', 'disconnected/invalidToken', 'connected']);
    });

    it('connection loss during a call: the call carries on, and the SDK reconnects by itself', async () => {
      runScripted(h.world, 'connectionLoss');
      await h.settle();

      expect(customerHistory()).toEqual(['Connected/-']);
      expect(connections()).toEqual(['connected', 'disconnected/connectionIssue', 'connected']);
      expect(h.world.agents).toHaveLength(1);
    });

    it('being transferred away: the customer call ends, and the call we were handed comes in with its transferor', async () => {
      const before = h.engine.getSnapshot().calls.length;
      runScripted(h.world, 'beingTransferred');
      await h.settle();

      const calls = h.engine.getSnapshot().calls;
      expect(customer()).toMatchObject({ state: 'Disconnected' });
      expect(calls).toHaveLength(before + 1);
      expect(calls.at(-1)).toMatchObject({ state: 'Connected', transferredBy: { rawId: customer().remote[0]?.rawId } });
    });

    it('a group call is refused 400/46051 before it is held', async () => {
      runScripted(h.world, 'groupCall');
      await h.settle();

      const sent = await settled(h.engine.transfer({ callId: h.customerCallId, mode: 'participant', target: h.targets.answers }));

      expect(sent).toMatchObject({ state: 'Failed', error: { code: 400, subCode: 46051 } });
      expect(customerHistory()).toEqual(['Connected/-', 'Connected/Failed']);
    });

    it('a failed accept leaves the call ringing, and accepting again answers it', async () => {
      h.world.acceptFailures.push(new SimSdkError(SERVICE.acceptFailed.code, SERVICE.acceptFailed.subCode, 'accept failed'));
      runScripted(h.world, 'incomingCall');
      const ringing = h.engine.getSnapshot().incoming[0];
      if (!ringing) throw new Error('Nothing rang.');

      await expect(h.engine.accept(ringing.id)).rejects.toMatchObject(SERVICE.acceptFailed);
      expect(h.engine.getSnapshot().incoming.map((entry) => entry.id)).toEqual([ringing.id]);
      const callId = await settled(h.engine.accept(ringing.id));

      expect(h.engine.getSnapshot().incoming).toEqual([]);
      expect(callById(h.engine.getSnapshot(), callId)).toMatchObject({ state: 'Connected', direction: 'Incoming' });
    });

    it('consult, then cancel: the consult call ends and the customer is resumed', async () => {
      await settled(h.engine.hold(h.customerCallId));
      const consultId = await settled(h.engine.startCall([h.targets.teamsUser], h.callOptions));

      await settled(h.engine.hangUp(consultId));
      await settled(h.engine.resume(h.customerCallId));

      expect(customerHistory()).toEqual(['Connected/-', 'LocalHold/-', 'Connected/-']);
      expect(h.engine.getSnapshot().calls.at(-1)).toMatchObject({ state: 'Disconnected' });
    });

    it('drops ended calls when a new call takes their place', async () => {
      await settled(h.engine.hangUp(h.customerCallId));

      const nextId = await h.engine.startCall([h.targets.answers], h.callOptions);

      expect(h.engine.getSnapshot().calls).toEqual([expect.objectContaining({ id: nextId, state: 'Connecting' })]);
    });
  });
}

/** The customer hangs up on the service's side. */
function endOnTheServiceSide(h: EngineHarness): void {
  const call = h.world.agent.calls.find((candidate) => candidate.id === h.customerCallId);
  call?.end(SERVICE.endedByUs);
}

function distinct(values: string[]): string[] {
  return values.filter((value, index) => value !== values[index - 1]);
}

function callById(snapshot: EngineSnapshot, callId: string): CallSnapshot {
  const call = snapshot.calls.find((candidate) => candidate.id === callId);
  if (!call) throw new Error(`No call ${callId} in revision ${snapshot.rev}.`);
  return call;
}

/** "state/transfer state" of a call at each revision that changed it; "-" before any transfer. */
function historyOf(revisions: EngineSnapshot[], callId: string): string[] {
  const lines = revisions.flatMap((snapshot) => {
    const call = snapshot.calls.find((candidate) => candidate.id === callId);
    return call ? [`${call.state}/${call.transfer?.state ?? '-'}`] : [];
  });
  return lines.filter((line, index) => line !== lines[index - 1]);
}

/** `expected` appear in `lines` in this order; consecutive lines differ, so each is a revision of its own. */
function expectInOrder(lines: string[], expected: (string | RegExp)[]): void {
  let next = 0;
  for (const line of lines) {
    const wanted = expected[next];
    if (wanted !== undefined && (typeof wanted === 'string' ? line === wanted : wanted.test(line))) next += 1;
  }
  expect({ lines, matched: expected.slice(0, next) }).toEqual({ lines, matched: expected });
}

/** Revisions rise by exactly one; each is frozen throughout, JSON-safe and accepted by the schema. */
function expectWellFormedRevisions(revisions: EngineSnapshot[]): void {
  const revs = revisions.map((snapshot) => snapshot.rev);
  expect(revs).toEqual(revs.map((_, index) => (revs[0] ?? 0) + index));
  for (const snapshot of revisions) {
    expect(isDeepFrozen(snapshot)).toBe(true);
    expect(JSON.parse(JSON.stringify(snapshot))).toStrictEqual(snapshot);
    expect(v.safeParse(EngineSnapshotSchema, snapshot).issues).toBeUndefined();
  }
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}
