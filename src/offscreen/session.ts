// The session owner: the only writer of call state (docs/design.md). It holds the engine, runs the
// commands the worker forwards (several-step ones as sequences, src/offscreen/sequences.ts), and
// publishes every snapshot the engine emits.
import { EngineFailure, type StartCallOptions, type TransferRequest } from '../shared/engine.ts';
import { ERR } from '../shared/call-errors.ts';
import { dispatch, type Handlers } from '../shared/channel.ts';
import { ENGINE_COMMANDS, fail, ok, type EngineCommand, type Reply } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { EngineSwap, type SessionEngine, type SessionOptions } from './engine-swap.ts';
import { SequenceFailure, acceptHolding, cancelConsult, completeConsult, consult, namedPair, switchTo } from './sequences.ts';

export type { EngineFactory, SessionEngine, SessionOptions, Simulator } from './engine-swap.ts';

export class Session {
  private readonly swap: EngineSwap;

  constructor(options: SessionOptions) {
    this.swap = new EngineSwap(options);
  }

  /** The engine in use now; applySettings may replace it. Devices and diagnostics follow it. */
  get currentEngine(): SessionEngine {
    return this.swap.engine;
  }

  /** Whether saved settings wait for the live call to end before they get a new engine. */
  get settingsPending(): boolean {
    return this.swap.isPending;
  }

  start(): Promise<void> {
    return this.swap.engine.start();
  }

  /** See EngineSwap.apply: a change that needs a new engine waits until no call is live. */
  applySettings(settings: Settings): Promise<void> {
    return this.swap.apply(settings);
  }

  run(command: EngineCommand): Promise<Reply> {
    return this.swap.whileBusy(async () => {
      try {
        return ok(await dispatch(ENGINE_COMMANDS, this.handlers, command, this.swap.engine));
      } catch (error) {
        return failureReply(error);
      }
    });
  }

  private callOptions(): StartCallOptions {
    const { callerId } = this.swap.settings;
    return callerId ? { alternateCallerId: callerId } : {};
  }

  /**
   * One handler per command of the engine command table (shared/protocol.ts, ENGINE_COMMANDS),
   * each given the engine in use when the command runs.
   */
  private readonly handlers: Handlers<typeof ENGINE_COMMANDS, SessionEngine> = {
    startCall: async ({ targets }, engine) => ({ callId: await engine.startCall(targets, this.callOptions()) }),
    accept: async ({ incomingId }, engine) => ({ callId: await acceptHolding(engine, incomingId) }),
    reject: ({ incomingId }, engine) => engine.reject(incomingId).then(done),
    hold: ({ callId }, engine) => engine.hold(callId).then(done),
    resume: ({ callId }, engine) => engine.resume(callId).then(done),
    setMuted: ({ callId, muted }, engine) => engine.setMuted(callId, muted).then(done),
    hangUp: ({ callId }, engine) => engine.hangUp(callId).then(done),
    dismiss: ({ callId }, engine) => engine.dismiss(callId).then(done),
    switchTo: ({ callId }, engine) => switchTo(engine, callId).then(done),
    transfer: ({ request }, engine) => engine.transfer({ hangUpOnSuccess: this.swap.settings.hangUpAfterTransfer, ...request }),
    retryTransfer: ({ callId }, engine) => {
      const { hangUpAfterTransfer, disableForwardingAndUnanswered } = this.swap.settings;
      return engine.transfer({ hangUpOnSuccess: hangUpAfterTransfer, disableForwardingAndUnanswered, ...failedTransfer(engine, callId) });
    },
    consult: async ({ callId, target }, engine) => ({ callId: await consult(engine, callId, () => engine.startCall([target], this.callOptions())) }),
    completeConsult: ({ callId, consultCallId }, engine) =>
      completeConsult(engine, namedPair(engine, callId, consultCallId), this.swap.settings.hangUpAfterTransfer),
    cancelConsult: ({ callId, consultCallId }, engine) => cancelConsult(engine, namedPair(engine, callId, consultCallId)).then(done),
    simulate: async ({ scenario }, engine) => {
      if (!engine.simulate) throw new EngineFailure('Scenarios exist only on the simulated engine.', 400);
      return engine.simulate(scenario).then(done);
    },
  };
}

const done = (): null => null;

/**
 * What to send again for the call's failed transfer. A transfer into a consult call is not tried
 * again: the consult call it went into has ended, so the agent consults anew.
 */
function failedTransfer(engine: SessionEngine, callId: string): TransferRequest {
  const transfer = engine.getSnapshot().calls.find((call) => call.id === callId)?.transfer;
  if (transfer?.state !== 'Failed') throw EngineFailure.of('This call has no failed transfer to try again.', ERR.badState);
  if (transfer.mode === 'call') throw EngineFailure.of('A transfer into a consult call cannot be tried again: consult first once more.', ERR.badState);
  return { callId, mode: transfer.mode, target: transfer.target };
}

function failureReply(error: unknown): Reply {
  if (error instanceof SequenceFailure) return fail(error.message, error.code, error.subCode, { step: error.step, restored: error.restored });
  if (error instanceof EngineFailure) return fail(error.message, error.code, error.subCode);
  return fail(error instanceof Error ? error.message : String(error));
}
