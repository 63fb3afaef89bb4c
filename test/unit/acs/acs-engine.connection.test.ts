import { afterEach, describe, expect, it } from 'vitest';
import { SimSdkError } from '../../../src/engine/sim/emitter.ts';
import { EngineFailure } from '../../../src/shared/engine.ts';
import { createFixture, RETRY_DELAYS_MS, SELF, start, startedFixture, disposeFixtures } from './engine-fixture.ts';

afterEach(disposeFixtures);

describe('AcsCallEngine connection', () => {
  it('starts through starting to connected, knowing who it is from the token service', async () => {
    const { engine, snapshots } = await startedFixture();

    expect(snapshots[0]?.connection).toBe('starting');
    expect(engine.getSnapshot()).toMatchObject({ engine: 'acs', connection: 'connected', self: SELF });
  });

  it('fails to start with the SDK error when the page is not https or localhost', async () => {
    const { world, engine } = createFixture();
    world.sdk.createCallClient = () => {
      throw new SimSdkError(400, 40100, 'ACS Web Calling SDK must be used through https, file:, or localhost');
    };

    await expect(engine.start()).rejects.toEqual(new EngineFailure('ACS Web Calling SDK must be used through https, file:, or localhost', 400, 40100));
    expect(engine.getSnapshot()).toMatchObject({
      connection: 'failed',
      lastError: { code: 400, subCode: 40100, origin: 'sdk' },
    });
  });

  it('fails to start with the token service problem when no token comes', async () => {
    const { engine } = createFixture(async () => {
      throw new EngineFailure('The token service at /token is unreachable: Failed to fetch', 503);
    });

    await expect(engine.start()).rejects.toThrow('The token service at /token is unreachable');
    expect(engine.getSnapshot()).toMatchObject({
      connection: 'failed',
      lastError: { code: 503, message: 'The token service at /token is unreachable: Failed to fetch', origin: 'engine' },
    });
  });

  it('after invalidToken, re-creates the agent with a freshly fetched token', async () => {
    const { world, engine, tokensIssued } = await startedFixture();

    world.agent.setConnectionState('Disconnected', 'invalidToken');
    expect(engine.getSnapshot()).toMatchObject({ connection: 'disconnected', connectionReason: 'invalidToken' });
    await world.advance(RETRY_DELAYS_MS[0] ?? 0);

    expect(world.agents).toHaveLength(2);
    expect(world.agent.token).toBe('token-2');
    expect(tokensIssued()).toBe(2);
    expect(engine.getSnapshot().connection).toBe('connected');
    expect(engine.getSnapshot().connectionReason).toBeUndefined();
  });

  it('after a connection issue, keeps the agent if the SDK reconnects by itself', async () => {
    const { world, engine } = await startedFixture();

    world.agent.setConnectionState('Disconnected', 'connectionIssue');
    expect(engine.getSnapshot()).toMatchObject({ connection: 'disconnected', connectionReason: 'connectionIssue' });
    world.agent.setConnectionState('Connected');
    await world.advance(60_000);

    expect(world.agents).toHaveLength(1);
    expect(engine.getSnapshot().connection).toBe('connected');
  });

  it('re-creates an agent that stays disconnected, reusing the still valid token', async () => {
    const { world, engine, tokensIssued } = await startedFixture();

    world.agent.setConnectionState('Disconnected', 'connectionIssue');
    await world.advance(RETRY_DELAYS_MS[0] ?? 0);

    expect(world.agents).toHaveLength(2);
    expect(tokensIssued()).toBe(1);
    expect(engine.getSnapshot().connection).toBe('connected');
  });

  it('gives up after the last backoff step, however many events arrive: no retry storm', async () => {
    const { world, engine } = await startedFixture();
    world.nextAgentState = 'Disconnected';

    for (let burst = 0; burst < 20; burst += 1) world.agent.setConnectionState('Disconnected', 'connectionIssue');
    await world.advance(RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0) + 600_000);

    expect(world.agents).toHaveLength(1 + RETRY_DELAYS_MS.length);
    expect(engine.getSnapshot()).toMatchObject({
      connection: 'failed',
      connectionReason: 'connectionIssue',
      lastError: { code: 503, message: `Lost the connection to ACS and could not restore it in ${RETRY_DELAYS_MS.length} attempts.` },
    });
  });

  it('recovers an agent that comes up Disconnected, as it does offline (docs/acs-sdk.md §3)', async () => {
    const fixture = createFixture();
    const { world, engine } = fixture;
    world.nextAgentState = 'Disconnected';
    await start(fixture);
    expect(engine.getSnapshot().connection).toBe('disconnected');

    world.nextAgentState = 'Connected';
    await world.advance(RETRY_DELAYS_MS[0] ?? 0);

    expect(engine.getSnapshot().connection).toBe('connected');
  });

  it('keeps a call in progress through a connection issue, re-creating the agent only once it is over', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: '4:+14255550100' }], 'Outgoing');

    world.agent.setConnectionState('Disconnected', 'connectionIssue');
    await world.advance(60_000);
    expect(world.agents).toHaveLength(1);
    expect(engine.getSnapshot().calls).toEqual([expect.objectContaining({ id: call.id, state: 'Connected' })]);

    call.end({ code: 0, subCode: 0 });
    await world.advance(RETRY_DELAYS_MS[0] ?? 0);
    expect(world.agents).toHaveLength(2);
    expect(engine.getSnapshot().connection).toBe('connected');
  });

  it('disposes: hangs up live calls and reports disposed', async () => {
    const { world, engine } = await startedFixture();
    const call = world.agent.createCall([{ rawId: '4:+14255550100' }], 'Outgoing');

    await engine.dispose();

    expect(call.state).toBe('Disconnected');
    expect(engine.getSnapshot()).toMatchObject({ connection: 'disposed', calls: [{ id: call.id, state: 'Disconnected' }] });
  });
});
