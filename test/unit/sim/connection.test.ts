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

    expect(made.revisions[0]?.rev).toBe(42);
    expect(history(made.revisions, (s) => s.connection)).toEqual(['starting', 'connected']);
    expect(made.engine.getSnapshot().self).toBe(DEFAULT_SCENARIO.self);
  });

  it('puts the demo customer on a connected inbound call when asked to', async () => {
    const { engine } = await started({ demoCall: true });

    expect(engine.getSnapshot().calls).toMatchObject([{ direction: 'Incoming', state: 'Connected', remote: [CUSTOMER] }]);
  });

  it('re-creates the agent after a connection issue when no call is live', async () => {
    const made = await started();
    await made.engine.simulate('connectionLoss');
    await made.clock.advance(2_000 + TIMINGS.agentConnect);

    expect(history(made.revisions, connection)).toEqual(['starting', 'connected', 'disconnected/connectionIssue', 'connected']);
    expect(made.engine.world.agents).toHaveLength(2);
  });

  it('keeps a live call through a connection issue, which the SDK heals by itself about 5 s later', async () => {
    const made = await onDemoCall();
    await made.engine.simulate('connectionLoss');
    await made.clock.advance(TIMINGS.reconnect - 1);
    expect(connection(made.engine.getSnapshot())).toBe('disconnected/connectionIssue');

    await made.clock.advance(1);
    expect(history(made.revisions, connection).slice(-2)).toEqual(['disconnected/connectionIssue', 'connected']);
    expect(made.engine.world.agents).toHaveLength(1);
    expect(made.engine.getSnapshot().calls).toMatchObject([{ state: 'Connected' }]);
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

  it('a token expiry ends the calls, as the SDK agent disposes itself, and the engine signs in again', async () => {
    const made = await onDemoCall();
    await made.engine.simulate('tokenExpiry');

    expect(made.engine.getSnapshot()).toMatchObject({ connection: 'disconnected', connectionReason: 'invalidToken' });
    expect(made.engine.getSnapshot().calls).toMatchObject([{ state: 'Disconnected', endReason: { code: 0, subCode: 0 } }]);
    await made.clock.advance(2_000 + TIMINGS.agentConnect);

    expect(history(made.revisions, connection).slice(-2)).toEqual(['disconnected/invalidToken', 'connected']);
    expect(made.engine.world.agents).toHaveLength(2);
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

    await expect(held).rejects.toMatchObject(ERR.disconnected);
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
