// Simulated mode: the one engine (src/engine/acs-engine.ts) on the simulated SDK, in the offscreen
// document with no iframe, no network and no Azure account. What the simulated service does on its
// own (callers ringing in, a dropped connection, an expired sign-in) comes through simulate().
import { AcsCallEngine } from '../engine/acs-engine.ts';
import { runScripted } from '../engine/sim/scripted.ts';
import { simulatedSdk } from '../engine/sim/sdk.ts';
import { SimWorld, type SimWorldOptions } from '../engine/sim/world.ts';
import type { RawId, StartCallOptions } from '../shared/engine.ts';
import type { Simulation } from '../shared/protocol.ts';
import type { Simulator } from './session.ts';

export interface SimulatedEngineOptions extends SimWorldOptions {
  /** start() puts a connected inbound demo customer call on the line. */
  demoCall?: boolean;
  displayName?: string;
  initialRev?: number;
}

export class SimulatedEngine extends AcsCallEngine implements Simulator {
  readonly world: SimWorld;
  readonly #demoCall: boolean;

  constructor({ demoCall = false, displayName, initialRev, ...worldOptions }: SimulatedEngineOptions = {}) {
    const world = new SimWorld(worldOptions);
    super({
      sdk: simulatedSdk(world),
      fetchToken: world.issueToken,
      kind: 'simulated',
      ...(displayName && { displayName }),
      ...(initialRev !== undefined && { initialRev }),
      ...(worldOptions.clock && { clock: worldOptions.clock }),
    });
    this.world = world;
    this.#demoCall = demoCall;
  }

  override async start(): Promise<void> {
    const first = this.getSnapshot().connection === 'idle';
    await super.start();
    if (first && this.#demoCall) runScripted(this.world, 'demoCall');
  }

  /** Calls to phone numbers present the simulated resource's number unless the agent set one. */
  override startCall(targets: RawId[], options: StartCallOptions = {}): Promise<string> {
    return super.startCall(targets, { alternateCallerId: this.world.scenario.callerId, ...options });
  }

  /** The world stops with the engine: hang-ups waiting on simulated time end at once. */
  override async dispose(): Promise<void> {
    const disposing = super.dispose();
    this.world.dispose();
    await disposing;
  }

  async simulate(event: Simulation): Promise<void> {
    runScripted(this.world, event);
  }
}
