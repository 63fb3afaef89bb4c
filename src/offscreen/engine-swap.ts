// The session's engine and the settings it runs with. Settings that the running engine can follow
// apply at once; a change that needs a new engine (engineConfigOf differs) never drops a call: it
// waits, and applies at the first moment no call is live and no command is under way (an accept in
// flight has no live call yet). The engine's snapshots and the end of every command are those moments.
import { isLive, type CallEngine, type EngineSnapshot } from '../shared/engine.ts';
import type { Simulation } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import type { WithDevices } from '../shared/devices.ts';
import type { WithDiagnostics } from '../shared/diagnostics.ts';

export interface Simulator {
  simulate(scenario: Simulation): Promise<void>;
}

export type SessionEngine = CallEngine & Partial<Simulator> & Partial<WithDevices> & Partial<WithDiagnostics>;
export type EngineFactory = (settings: Settings, initialRev: number) => SessionEngine;

export interface SessionOptions {
  settings: Settings;
  /** The last rev published before this session: the first engine continues from it. */
  lastRev: number;
  createEngine: EngineFactory;
  publish: (snapshot: EngineSnapshot) => void;
  /** The settings an engine is built from, as one comparable string. */
  engineConfig: (settings: Settings) => string;
  /** Told whenever saved settings start or stop waiting for the live call to end. */
  onPendingChange?: (pending: boolean) => void;
}

export class EngineSwap {
  engine: SessionEngine;
  /** The latest settings; the parts the engine is not built from apply to the next command. */
  settings: Settings;
  /** The settings the running engine was built from. */
  private engineSettings: Settings;
  /** Settings waiting for a new engine. */
  private pending?: Settings;
  private busy = 0;
  /** What onPendingChange was last told. */
  private announced = false;
  private unsubscribe: () => void;
  private settling: Promise<void> = Promise.resolve();

  constructor(private readonly options: SessionOptions) {
    this.settings = this.engineSettings = options.settings;
    this.engine = options.createEngine(options.settings, options.lastRev);
    this.unsubscribe = this.follow(this.engine);
  }

  get isPending(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves once the settings are in use, or once they are known to wait for the call to end. */
  apply(settings: Settings): Promise<void> {
    this.settings = settings;
    const { engineConfig } = this.options;
    this.pending = engineConfig(settings) === engineConfig(this.engineSettings) ? undefined : settings;
    return this.applyPendingIfIdle();
  }

  /** Runs a command; no new engine replaces the one it is working on before it ends. */
  async whileBusy<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await work();
    } finally {
      this.busy -= 1;
      void this.applyPendingIfIdle();
    }
  }

  private follow(engine: SessionEngine): () => void {
    return engine.subscribe((snapshot) => {
      this.options.publish(snapshot);
      if (this.pending) void this.applyPendingIfIdle();
    });
  }

  private isIdle(): boolean {
    return this.busy === 0 && !this.engine.getSnapshot().calls.some(isLive);
  }

  /**
   * One swap at a time: two quick saves must not leave two engines running. Settings applied at
   * once are never announced as pending; the views hear only of a wait.
   */
  private applyPendingIfIdle(): Promise<void> {
    const applied = this.settling.then(async () => {
      if (this.pending && this.isIdle()) await this.rebuild(this.pending);
      this.announce();
    });
    this.settling = applied.catch(() => undefined);
    return applied;
  }

  private async rebuild(settings: Settings): Promise<void> {
    this.engineSettings = settings;
    this.pending = undefined;
    this.announce();
    this.unsubscribe();
    const lastRev = this.engine.getSnapshot().rev;
    await this.engine.dispose();
    this.engine = this.options.createEngine(settings, lastRev);
    this.unsubscribe = this.follow(this.engine);
    // A failed start is in the engine's snapshot already (host unreachable, token refused).
    await this.engine.start().catch(() => undefined);
  }

  private announce(): void {
    if (this.announced === this.isPending) return;
    this.announced = this.isPending;
    this.options.onPendingChange?.(this.announced);
  }
}
