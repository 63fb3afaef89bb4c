// The embedded default engine: a model of the ACS Calling SDK 2.0.0, quirks included, with no
// network (DESIGN.md: one engine boundary, two engines). Used by the offscreen document, the demo
// and every test; scripted events come through simulate().
import type {
  CallEngine,
  EngineSnapshot,
  RawId,
  SnapshotListener,
  TransferRequest,
  TransferSnapshot,
} from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import type { Simulation } from '../../shared/protocol.ts';
import { isValidRawId } from '../../shared/raw-id.ts';
import { addDemoCall, dismissCall, endCall, ENDED_NORMALLY, hangUpCall, holdCall, resumeCall, setMuted } from './call-model.ts';
import { realClock, Timers, type Clock } from './clock.ts';
import { AgentConnection } from './connection.ts';
import { liveCall, requireConnected, requireOpen } from './guards.ts';
import { acceptIncoming, rejectIncoming } from './incoming.ts';
import { placeCall, type Targets } from './outgoing.ts';
import { DEFAULT_SCENARIO, type Scenario } from './scenario.ts';
import { runScripted } from './scripted.ts';
import { Transferor } from './transfer-model.ts';
import { SimWorld } from './world.ts';

export interface SimulatedEngineOptions {
  /** Every simulated delay is multiplied by this (default 1, realistic). */
  timeScale?: number;
  /** start() puts a connected inbound demo customer call on the line. */
  demoCall?: boolean;
  /** The rev the engine starts from: its first published snapshot is initialRev + 1. */
  initialRev?: number;
  scenario?: Scenario;
  clock?: Clock;
}

export class SimulatedEngine implements CallEngine {
  readonly #world: SimWorld;
  readonly #connection: AgentConnection;
  readonly #transferor: Transferor;
  readonly #demoCall: boolean;
  #started: Promise<void> | undefined;

  constructor(options: SimulatedEngineOptions = {}) {
    const timers = new Timers(options.clock ?? realClock, options.timeScale ?? 1);
    this.#world = new SimWorld(options.scenario ?? DEFAULT_SCENARIO, timers, options.initialRev ?? 0);
    this.#connection = new AgentConnection(this.#world);
    this.#transferor = new Transferor(this.#world);
    this.#demoCall = options.demoCall ?? false;
  }

  /** Idempotent: a second call waits for the first start. */
  start(): Promise<void> {
    this.#started ??= this.#start();
    return this.#started;
  }

  async dispose(): Promise<void> {
    if (this.#world.agent.connection !== 'disposed') this.#connection.dispose();
  }

  getSnapshot(): EngineSnapshot {
    return this.#world.snapshot;
  }

  /** Listeners get every later snapshot; the current one is getSnapshot(). */
  subscribe(listener: SnapshotListener): () => void {
    return this.#world.subscribe(listener);
  }

  /** Resolves at once with the call's provisional id, which stays valid after the id changes at Connected. */
  async startCall(targets: RawId[]): Promise<string> {
    requireConnected(this.#world);
    if (!isCallable(targets)) throw this.#world.failure(ERR.unknownTarget, 'engine', 'Not a phone number, ACS user or Teams id.');
    return placeCall(this.#world, targets).snap.id;
  }

  /** Resolves with the call's id (the incoming id) once it is Connecting. */
  async accept(incomingId: string): Promise<string> {
    requireConnected(this.#world);
    return acceptIncoming(this.#world, incomingId).snap.id;
  }

  async reject(incomingId: string): Promise<void> {
    requireOpen(this.#world);
    rejectIncoming(this.#world, incomingId);
  }

  async hold(callId: string): Promise<void> {
    await holdCall(this.#world, liveCall(this.#world, callId));
  }

  async resume(callId: string): Promise<void> {
    await resumeCall(this.#world, liveCall(this.#world, callId));
  }

  async setMuted(callId: string, muted: boolean): Promise<void> {
    setMuted(this.#world, liveCall(this.#world, callId), muted);
  }

  /** Resolves once the call is Disconnected. */
  async hangUp(callId: string): Promise<void> {
    await hangUpCall(this.#world, liveCall(this.#world, callId));
  }

  /** Resolves once the transfer is sent (Transferring) or has failed; the outcome follows in snapshots. */
  async transfer(request: TransferRequest): Promise<TransferSnapshot> {
    requireOpen(this.#world);
    return this.#transferor.transfer(request);
  }

  async dismiss(callId: string): Promise<void> {
    requireOpen(this.#world);
    dismissCall(this.#world, callId);
  }

  simulate(event: Simulation): Promise<void> {
    return runScripted(this.#world, this.#connection, event);
  }

  /** The remote party hangs up. Not in the protocol's Simulation list, as it names a call. */
  async remoteHangUp(callId: string): Promise<void> {
    endCall(this.#world, liveCall(this.#world, callId), ENDED_NORMALLY);
  }

  async #start(): Promise<void> {
    requireOpen(this.#world);
    await this.#connection.connect();
    if (this.#demoCall && this.#world.agent.connection === 'connected') addDemoCall(this.#world);
  }
}

function isCallable(targets: RawId[]): targets is Targets {
  return targets.length > 0 && targets.every(isValidRawId);
}
