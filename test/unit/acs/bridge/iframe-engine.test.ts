import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineFailure } from '../../../../src/shared/engine.ts';
import { acsHostPage, bridgeFixture, disposeBridges, lastWorld } from './bridge-fixture.ts';
import type { InstantWorld } from '../../engine/test-world.ts';
import { HOST_ORIGIN, MessageWindow, type LoadHostPage } from './linked-pages.ts';

afterEach(disposeBridges);

const CUSTOMER = '4:+14255550100';
const COLLEAGUE = '8:acs:11111111-1111-1111-1111-111111111111_00000000-0000-0000-0000-000000000002';

describe('IframeEngine over the bridge', () => {
  it('starts the host engine and streams its snapshots, renumbered from initialRev', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();
    const call = lastWorld(fixture).agent.createCall([{ rawId: CUSTOMER }], 'Incoming');

    await vi.waitFor(() => expect(fixture.engine.getSnapshot().calls).toEqual([expect.objectContaining({ id: call.id, state: 'Connected' })]));
    expect(fixture.engine.getSnapshot()).toMatchObject({ engine: 'acs', connection: 'connected' });
    expect(lastWorld(fixture).agent.displayName).toBe('Agent 7');
    expect(fixture.revisions.map((snapshot) => snapshot.rev)).toEqual(fixture.revisions.map((_, index) => 41 + index));
  });

  it('transfers a call and follows the outcome', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();
    const call = lastWorld(fixture).agent.createCall([{ rawId: CUSTOMER }], 'Incoming');

    const sent = await fixture.engine.transfer({ callId: call.id, mode: 'participant', target: COLLEAGUE });
    await lastWorld(fixture).settle();

    expect(sent).toMatchObject({ callId: call.id, state: 'Transferring' });
    expect(Object.isFrozen(sent)).toBe(true);
    await vi.waitFor(() =>
      expect(fixture.engine.getSnapshot().calls[0]).toMatchObject({ state: 'Disconnected', transfer: { state: 'Transferred' } }),
    );
  });

  it('runs every operation derived from its table entry on the host engine, with its arguments in order', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();
    const world = lastWorld(fixture);
    const callOf = (id: string) => fixture.engine.getSnapshot().calls.find((call) => call.id === id);
    // This world's delays are all zero, a ringing call's timeout too: accept and reject go the same way, untested here.
    const callId = world.agent.createCall([{ rawId: CUSTOMER }], 'Incoming').id;
    await vi.waitFor(() => expect(callOf(callId)).toMatchObject({ state: 'Connected', isMuted: false }));

    await expect(fixture.engine.setMuted(callId, true)).resolves.toBeUndefined();
    await vi.waitFor(() => expect(callOf(callId)).toMatchObject({ isMuted: true }));
    await fixture.engine.hold(callId);
    await vi.waitFor(() => expect(callOf(callId)).toMatchObject({ state: 'LocalHold' }));
    await fixture.engine.resume(callId);
    await vi.waitFor(() => expect(callOf(callId)).toMatchObject({ state: 'Connected' }));
    await fixture.engine.hangUp(callId);
    await vi.waitFor(() => expect(callOf(callId)).toMatchObject({ state: 'Disconnected' }));
    await fixture.engine.dismiss(callId);
    await vi.waitFor(() => expect(callOf(callId)).toBeUndefined());
  });

  it('passes engine failures through with their codes', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();

    await expect(fixture.engine.hold('nope')).rejects.toEqual(new EngineFailure('There is no such call.', 404, 0));
  });

  it('ignores a hello from any origin but the host page’s, and reports the host unreachable', async () => {
    const hello = { type: 'acs-calling-host:hello', version: 1 };
    const fixture = bridgeFixture((hostWindow) => {
      hostWindow.parent.postMessage(hello, 'https://not-the-extension.example');
      fixture.pages.messages.receive(hello, 'https://evil.example', [], hostWindow);
      return () => undefined;
    });

    await expect(fixture.engine.start()).rejects.toEqual(new EngineFailure('Calling host unreachable', 503));
    expect(fixture.engine.getSnapshot()).toMatchObject({ connection: 'failed', calls: [], lastError: { message: 'Calling host unreachable', code: 503 } });
  });

  it('ignores a hello with the host origin from a window that is not its frame: the link keeps its port', async () => {
    const worlds: InstantWorld[] = [];
    const connects: unknown[] = [];
    const loadAcsPage = acsHostPage(worlds);
    const fixture = bridgeFixture((hostWindow) => {
      hostWindow.addEventListener('message', (event) => connects.push(event.data));
      return loadAcsPage(hostWindow);
    });
    await fixture.engine.start();
    expect(connects).toHaveLength(1);

    const otherFrameOfTheHostOrigin = new MessageWindow();
    fixture.pages.messages.receive({ type: 'acs-calling-host:hello', version: 1 }, HOST_ORIGIN, [], otherFrameOfTheHostOrigin);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(connects).toHaveLength(1);
    await expect(fixture.engine.hold('nope')).rejects.toEqual(new EngineFailure('There is no such call.', 404, 0));
  });

  it('rejects a request the host does not answer in time', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();
    const call = lastWorld(fixture).agent.createCall([{ rawId: CUSTOMER }], 'Incoming');
    call.hold = () => new Promise(() => undefined);

    await expect(fixture.engine.hold(call.id)).rejects.toEqual(new EngineFailure('The calling host did not answer hold within 0.3 s.', 504));
  });

  it('drops a snapshot that does not parse and keeps the last good one', async () => {
    const hostile: LoadHostPage = (hostWindow) => {
      hostWindow.addEventListener('message', ({ ports: [port] }) => {
        port?.postMessage({ kind: 'snapshot', snapshot: { rev: 1, engine: 'acs', connection: 'connected', calls: 'all of them', incoming: [] } });
        port?.postMessage({ kind: 'snapshot', snapshot: { rev: 2, engine: 'acs', connection: 'connected', calls: [], incoming: [], self: '8:acs:r_u' } });
      });
      hostWindow.parent.postMessage({ type: 'acs-calling-host:hello', version: 1 }, 'chrome-extension://abcdefghijklmnopabcdefghijklmnop');
      return () => undefined;
    };
    const fixture = bridgeFixture(hostile);
    void fixture.engine.start().catch(() => undefined);

    await vi.waitFor(() => expect(fixture.engine.getSnapshot().self).toBe('8:acs:r_u'));
    expect(fixture.revisions.map((snapshot) => snapshot.connection)).toEqual(['starting', 'connected']);
  });

  it('shows a crashed host as unreachable, then reloads it and starts it again', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();

    fixture.pages.page?.stop();

    await vi.waitFor(() => expect(fixture.revisions.some((snapshot) => snapshot.lastError?.message === 'Calling host unreachable')).toBe(true));
    await vi.waitFor(() => expect(fixture.engine.getSnapshot().connection).toBe('connected'));
    expect(fixture.pages.loads).toBe(2);
    expect(fixture.worlds).toHaveLength(2);
  });

  it('picks up a host page that reloaded by itself from its new hello', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();
    const before = fixture.engine.getSnapshot().rev;

    fixture.pages.reloadPage();

    await vi.waitFor(() => expect(fixture.worlds[1]?.agents).toHaveLength(1));
    await vi.waitFor(() => expect(fixture.engine.getSnapshot()).toMatchObject({ connection: 'connected' }));
    expect(fixture.engine.getSnapshot().rev).toBeGreaterThan(before);
  });

  it('disposes the host engine, hanging up its calls, and removes the frame', async () => {
    const fixture = bridgeFixture();
    await fixture.engine.start();
    const call = lastWorld(fixture).agent.createCall([{ rawId: CUSTOMER }], 'Incoming');

    await fixture.engine.dispose();

    expect(call.state).toBe('Disconnected');
    expect(fixture.pages.removed).toBe(true);
    expect(fixture.engine.getSnapshot().connection).toBe('disposed');
    await expect(fixture.engine.hold(call.id)).rejects.toEqual(new EngineFailure('Calling host unreachable', 503));
  });
});
