// The session owner: the only writer of call state (docs/design.md). It holds the engine, runs the
// commands the worker forwards (several-step ones as sequences, src/offscreen/sequences.ts), and
// publishes every snapshot the engine emits.
import { EngineFailure, type StartCallOptions } from '../shared/engine.ts';
import { fail, ok, type EngineCommand, type Reply } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { EngineSwap, type SessionEngine, type SessionOptions } from './engine-swap.ts';
import { SequenceFailure, acceptHolding, cancelConsult, completeConsult, consult, namedPair, switchTo } from './sequences.ts';

export type { EngineFactory, SessionEngine, SessionOptions, Simulator } from './engine-swap.ts';

type StepCommand = Extract<EngineCommand, { type: 'reject' | 'hold' | 'resume' | 'setMuted' | 'hangUp' | 'dismiss' }>;

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
        return ok(await this.execute(command, this.swap.engine));
      } catch (error) {
        return failureReply(error);
      }
    });
  }

  private callOptions(): StartCallOptions {
    const { callerId } = this.swap.settings;
    return callerId ? { alternateCallerId: callerId } : {};
  }

  private async execute(command: EngineCommand, engine: SessionEngine): Promise<unknown> {
    switch (command.type) {
      case 'startCall':
        return { callId: await engine.startCall(command.targets, this.callOptions()) };
      case 'consult':
        return { callId: await consult(engine, command.callId, () => engine.startCall([command.target], this.callOptions())) };
      case 'completeConsult':
        return completeConsult(engine, namedPair(engine, command.callId, command.consultCallId), this.swap.settings.hangUpAfterTransfer);
      case 'cancelConsult':
        return cancelConsult(engine, namedPair(engine, command.callId, command.consultCallId)).then(() => null);
      case 'accept':
        return { callId: await acceptHolding(engine, command.incomingId) };
      case 'switchTo':
        return switchTo(engine, command.callId).then(() => null);
      case 'transfer':
        return engine.transfer({ hangUpOnSuccess: this.swap.settings.hangUpAfterTransfer, ...command.request });
      case 'simulate':
        if (!engine.simulate) throw new EngineFailure('Scenarios exist only on the simulated engine.', 400);
        return engine.simulate(command.scenario).then(() => null);
      default:
        return this.executeStep(command, engine);
    }
  }

  /** The commands that are one engine step each. */
  private async executeStep(command: StepCommand, engine: SessionEngine): Promise<null> {
    switch (command.type) {
      case 'reject':
        await engine.reject(command.incomingId);
        break;
      case 'hold':
        await engine.hold(command.callId);
        break;
      case 'resume':
        await engine.resume(command.callId);
        break;
      case 'setMuted':
        await engine.setMuted(command.callId, command.muted);
        break;
      case 'hangUp':
        await engine.hangUp(command.callId);
        break;
      case 'dismiss':
        await engine.dismiss(command.callId);
        break;
    }
    return null;
  }
}

function failureReply(error: unknown): Reply {
  if (error instanceof SequenceFailure) return fail(error.message, error.code, error.subCode, { step: error.step, restored: error.restored });
  if (error instanceof EngineFailure) return fail(error.message, error.code, error.subCode);
  return fail(error instanceof Error ? error.message : String(error));
}
