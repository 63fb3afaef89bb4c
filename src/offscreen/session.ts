// The session owner: the only writer of call state (DESIGN.md). It holds the engine, runs the
// commands the worker forwards, and publishes every snapshot the engine emits.
import { EngineFailure, type CallEngine, type EngineSnapshot, type StartCallOptions } from '../shared/engine.ts';
import { fail, ok, type EngineCommand, type Reply, type Simulation } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import type { WithDevices } from '../shared/devices.ts';
import type { WithDiagnostics } from '../shared/diagnostics.ts';

export interface Simulator {
  simulate(scenario: Simulation): Promise<void>;
}

export type SessionEngine = CallEngine & Partial<Simulator> & Partial<WithDevices> & Partial<WithDiagnostics>;
export type EngineFactory = (settings: Settings, initialRev: number) => SessionEngine;

export class Session {
  private engine: SessionEngine;
  private unsubscribe: () => void;
  /** The settings the running engine was built from. */
  private engineSettings: Settings;
  private settling: Promise<void> = Promise.resolve();

  constructor(
    private settings: Settings,
    lastRev: number,
    private readonly createEngine: EngineFactory,
    private readonly publish: (snapshot: EngineSnapshot) => void,
    private readonly engineConfig: (settings: Settings) => string,
  ) {
    this.engineSettings = settings;
    this.engine = createEngine(settings, lastRev);
    this.unsubscribe = this.engine.subscribe(publish);
  }

  /** The engine in use now; applySettings may replace it. Devices and diagnostics follow it. */
  get currentEngine(): SessionEngine {
    return this.engine;
  }

  start(): Promise<void> {
    return this.engine.start();
  }

  /**
   * New settings apply to the next command; a different engine configuration replaces the engine.
   * Changes are applied one after another: two quick saves must not leave two engines running.
   */
  applySettings(settings: Settings): Promise<void> {
    this.settings = settings;
    const applied = this.settling.then(() => this.rebuildIfNeeded(settings));
    this.settling = applied.catch(() => undefined);
    return applied;
  }

  private async rebuildIfNeeded(settings: Settings): Promise<void> {
    if (this.engineConfig(this.engineSettings) === this.engineConfig(settings)) return;
    this.engineSettings = settings;
    this.unsubscribe();
    const lastRev = this.engine.getSnapshot().rev;
    await this.engine.dispose();
    this.engine = this.createEngine(settings, lastRev);
    this.unsubscribe = this.engine.subscribe(this.publish);
    // A failed start is in the engine's snapshot already (host unreachable, token refused).
    await this.engine.start().catch(() => undefined);
  }

  async run(command: EngineCommand): Promise<Reply> {
    try {
      return ok(await this.execute(command));
    } catch (error) {
      if (error instanceof EngineFailure) return fail(error.message, error.code, error.subCode);
      return fail(error instanceof Error ? error.message : String(error));
    }
  }

  private callOptions(): StartCallOptions {
    return this.settings.callerId ? { alternateCallerId: this.settings.callerId } : {};
  }

  /** The original call goes on hold before the consult call rings, as an agent would do it. */
  private async consult(callId: string, target: string): Promise<{ callId: string }> {
    const call = this.engine.getSnapshot().calls.find((c) => c.id === callId);
    if (call?.state !== 'LocalHold') await this.engine.hold(callId);
    return { callId: await this.engine.startCall([target], this.callOptions()) };
  }

  private async execute(command: EngineCommand): Promise<unknown> {
    const engine = this.engine;
    switch (command.type) {
      case 'startCall':
        return { callId: await engine.startCall(command.targets, this.callOptions()) };
      case 'consult':
        return this.consult(command.callId, command.target);
      case 'accept':
        return { callId: await engine.accept(command.incomingId) };
      case 'reject':
        return engine.reject(command.incomingId).then(() => null);
      case 'hold':
        return engine.hold(command.callId).then(() => null);
      case 'resume':
        return engine.resume(command.callId).then(() => null);
      case 'setMuted':
        return engine.setMuted(command.callId, command.muted).then(() => null);
      case 'hangUp':
        return engine.hangUp(command.callId).then(() => null);
      case 'dismiss':
        return engine.dismiss(command.callId).then(() => null);
      case 'transfer':
        return engine.transfer({ hangUpOnSuccess: this.settings.hangUpAfterTransfer, ...command.request });
      case 'simulate':
        if (!engine.simulate) throw new EngineFailure('Scenarios exist only on the simulated engine.', 400);
        return engine.simulate(command.scenario).then(() => null);
    }
  }
}
