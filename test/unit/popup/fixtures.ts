// Snapshots as the offscreen document publishes them, built from small overrides.
import type { CallSnapshot, EngineSnapshot, IncomingSnapshot, TransferSnapshot } from '../../../src/shared/engine.ts';
import type { EngineCommand, Reply } from '../../../src/shared/protocol.ts';
import type { TargetSources } from '../../../src/popup/pick-lists.ts';
import type { PopupProps } from '../../../src/popup/popup.tsx';
import type { PickTarget } from '../../../src/popup/recent-targets.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { SESSION_UP } from '../../../src/shared/session-status.ts';

export const T0 = Date.UTC(2026, 10, 25, 9, 30, 0);
export const CUSTOMER = { rawId: '4:+442079460958', displayName: 'Ada Lovelace' };
export const TEAMS_USER = '8:orgid:6f1c2b3a-1d2e-4f50-8a9b-0c1d2e3f4a5b';

export function call(overrides: Partial<CallSnapshot> = {}): CallSnapshot {
  return {
    id: 'call-1',
    direction: 'Incoming',
    state: 'Connected',
    isMuted: false,
    remote: [CUSTOMER],
    startedAt: T0,
    connectedAt: T0,
    ...overrides,
  };
}

export function transfer(overrides: Partial<TransferSnapshot> = {}): TransferSnapshot {
  return {
    opId: 'op-1',
    callId: 'call-1',
    mode: 'participant',
    target: '4:+442079460000',
    state: 'Transferring',
    startedAt: T0 + 60_000,
    updatedAt: T0 + 60_000,
    ...overrides,
  };
}

export function incoming(overrides: Partial<IncomingSnapshot> = {}): IncomingSnapshot {
  return { id: 'in-1', caller: CUSTOMER, receivedAt: T0, ...overrides };
}

export function snapshot(overrides: Partial<EngineSnapshot> = {}): EngineSnapshot {
  return { rev: 1, engine: 'simulated', connection: 'connected', calls: [], incoming: [], ...overrides };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** A `send` that records every command and answers with `reply`. */
export function recordingSend(reply: Reply = { ok: true, value: null }) {
  const commands: EngineCommand[] = [];
  const send = (command: EngineCommand): Promise<Reply> => {
    commands.push(command);
    return Promise.resolve(reply);
  };
  return { send, commands };
}

/** A `send` that answers each command with the reply `answer` gives for it. */
export function answeringSend(answer: (command: EngineCommand) => Reply) {
  const commands: EngineCommand[] = [];
  const send = (command: EngineCommand): Promise<Reply> => {
    commands.push(command);
    return Promise.resolve(answer(command));
  };
  return { send, commands };
}

/** Pick-list sources: the given page targets, and an in-memory storage.local holding `stored`. */
export function fakeSources(page: PickTarget[] = [], stored: { [key: string]: unknown } = {}) {
  const items = { ...stored };
  const sources: TargetSources = {
    listPageTargets: () => Promise.resolve(page),
    storage: {
      get: (key) => Promise.resolve(key in items ? { [key]: items[key] } : {}),
      set: (next) => {
        Object.assign(items, next);
        return Promise.resolve();
      },
    },
  };
  return { sources, items };
}

export function popupProps(overrides: Partial<PopupProps> = {}): PopupProps {
  const defaults = {
    snapshot: snapshot(),
    settings: settings(),
    session: SESSION_UP,
    send: recordingSend().send,
    openOptions: () => {},
    sources: fakeSources().sources,
  };
  return { ...defaults, ...overrides };
}
