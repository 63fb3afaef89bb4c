import { afterEach, describe, expect, it } from 'vitest';
import { ERR } from '../../../src/shared/call-errors.ts';
import { EngineFailure, type EngineSnapshot } from '../../../src/shared/engine.ts';
import { DEFAULT_SCENARIO } from '../../../src/engine/sim/scenario.ts';
import {
  ANSWERS,
  CUSTOMER,
  TIMINGS,
  callHistory,
  callWith,
  checkPublishedSnapshots,
  history,
  onDemoCall,
  rig,
  started,
} from './harness.ts';

afterEach(checkPublishedSnapshots);

const connection = (s: EngineSnapshot) => `${s.connection}${s.connectionReason ? `/${s.connectionReason}` : ''}`;

describe('connection', () => {
  it('starts idle, then goes starting → connected as the scenario’s identity', async () => {
    const made = rig({ initialRev: 41 });
    expect(made.engine.getSnapshot()).toEqual({ rev: 41, engine: 'simulated', connection: 'idle', calls: [], incoming: [] });

    const start = made.engine.start();
    await made.clock.advance(TIMINGS.agentConnect);
    await start;

    expect(made.revisions.map((s) => [s.rev, s.connection, s.self])).toEqual([
      [42, 'starting', undefined],
      [43, 'connected', DEFAULT_SCENARIO.self],
    ]);
  });

  it('puts the demo customer on a connected inbound call when asked to', async () => {
    const { engine } = await started({ demoCall: true });

    expect(engine.getSnapshot().calls).toMatchObject([{ direction: 'Incoming', state: 'Connected', remote: [CUSTOMER] }]);
  });

  it('heals by itself about 5 s after a connection issue', async () => {
    const made = await started();
    await made.engine.simulate('connectionLoss');
    await made.clock.advance(TIMINGS.reconnect - 1);
    expect(connection(made.engine.getSnapshot())).toBe('disconnected/connectionIssue');

    await made.clock.advance(1);
    expect(history(made.revisions, connection)).toEqual(['starting', 'connected', 'disconnected/connectionIssue', 'connected']);
  });

  it('signs in again by itself with a fresh token after a token expiry, when no call is live', async () => {
    const made = await started();
    await made.engine.simulate('tokenExpiry');
    expect(connection(made.engine.getSnapshot())).toBe('disconnected/invalidToken');

    await made.clock.advance(10_000);

    expect(history(made.revisions, connection).slice(-2)).toEqual(['disconnected/invalidToken', 'connected']);
    expect(made.engine.world.agents).toHaveLength(2);
    expect(made.engine.world.tokensIssued).toBe(2);
  });

  it('keeps a live call through a token expiry, and signs in again once the call has ended', async () => {
    const made = await onDemoCall();
    await made.engine.simulate('tokenExpiry');
    await made.clock.advance(10 * 60_000);

    expect(made.engine.getSnapshot()).toMatchObject({ connection: 'disconnected', calls: [{ state: 'Connected' }] });
    expect(made.engine.world.agents).toHaveLength(1);
    // The sign-in is kept fresh meanwhile, so the new agent does not wait for a token.
    expect(made.engine.world.tokensIssued).toBe(2);

    const hungUp = made.engine.hangUp(made.callId);
    await made.clock.advance(TIMINGS.hangUp + TIMINGS.agentConnect);
    await hungUp;

    expect(history(made.revisions, connection).slice(-2)).toEqual(['disconnected/invalidToken', 'connected']);
    expect(made.engine.world.agents).toHaveLength(2);
    expect(made.engine.getSnapshot().calls).toMatchObject([{ state: 'Disconnected', endReason: { code: 0, subCode: 0 } }]);
  });

  it('refuses new calls while disconnected with 503', async () => {
    const made = await started();
    await made.engine.simulate('tokenExpiry');
    const attempt = made.engine.startCall([ANSWERS]);

    await expect(attempt).rejects.toThrow(EngineFailure);
    await expect(attempt).rejects.toMatchObject(ERR.disconnected);
    expect(made.engine.getSnapshot()).toMatchObject({ calls: [], lastError: { ...ERR.disconnected, origin: 'engine' } });
  });

  it('fails transfers while disconnected with 503, leaving the call as it is', async () => {
    const made = await onDemoCall();
    await made.engine.simulate('connectionLoss');
    const sent = await made.engine.transfer({ callId: made.callId, mode: 'participant', target: ANSWERS });

    expect(sent).toMatchObject({ state: 'Failed', error: ERR.disconnected });
    expect(callHistory(made.revisions, CUSTOMER.rawId)).toEqual(['Connected/-', 'Connected/Failed']);
  });

  it('refuses scripted calls while disconnected', async () => {
    const made = await started();
    await made.engine.simulate('tokenExpiry');

    await expect(made.engine.simulate('incomingCall')).rejects.toMatchObject(ERR.disconnected);
    await expect(made.engine.simulate('demoCall')).rejects.toMatchObject(ERR.disconnected);
  });
});

describe('dispose', () => {
  it('publishes disposed with the calls ended, cancels every timer, and publishes nothing more', async () => {
    const made = await onDemoCall();
    await made.engine.startCall([ANSWERS]);
    await made.engine.simulate('incomingCall');
    await made.engine.dispose();
    const published = made.revisions.length;
    await made.clock.advance(120_000);

    expect(made.clock.pending).toBe(0);
    expect(made.revisions).toHaveLength(published);
    expect(made.engine.getSnapshot()).toMatchObject({ connection: 'disposed', incoming: [] });
    expect(made.engine.getSnapshot().calls.map((call) => call.state)).toEqual(['Disconnected', 'Disconnected']);
    expect(callWith(made.engine.getSnapshot(), ANSWERS)?.endReason).toEqual({ code: 0, subCode: 0 });
  });

  it('rejects what was waiting on the clock, and every later command', async () => {
    const made = await onDemoCall();
    const held = made.engine.hold(made.callId);
    await made.engine.dispose();

    await expect(held).rejects.toMatchObject({ ...ERR.disconnected, message: 'The engine has been disposed.' });
    await expect(made.engine.startCall([ANSWERS])).rejects.toMatchObject(ERR.disconnected);
    await expect(made.engine.hangUp(made.callId)).rejects.toMatchObject(ERR.disconnected);
  });

  it('before start leaves an engine that cannot start', async () => {
    const { engine, revisions } = rig();
    await engine.dispose();

    await expect(engine.start()).rejects.toMatchObject(ERR.disconnected);
    expect(revisions.map((s) => s.connection)).toEqual(['disposed']);
  });
});
