// The call agent's connection to the service, as the SDK reports it with connectionStateChanged
// ({newValue, reason}: notes/acs-sdk.md §2). A connection issue heals by itself; an invalid token
// needs a new agent (DESIGN.md), which the 'reconnect' scenario stands for.
import type { ConnectionReason, ConnectionStatus } from '../../shared/engine.ts';
import { ERR } from '../../shared/call-errors.ts';
import { endAllQuietly } from './call-model.ts';
import { failureOf } from './failures.ts';
import type { SimWorld } from './world.ts';

export class AgentConnection {
  readonly #world: SimWorld;
  /** Bumped by every change, so a reconnect planned for an older loss does not undo a newer one. */
  #epoch = 0;

  constructor(world: SimWorld) {
    this.#world = world;
  }

  /** createCallAgent(): starting, then connected as the scenario's identity. */
  async connect(): Promise<void> {
    const epoch = this.#change('starting');
    await this.#world.wait(this.#world.scenario.timings.agentConnect);
    if (epoch !== this.#epoch) return;
    this.#world.agent.self = this.#world.scenario.self;
    this.#change('connected');
  }

  lose(reason: ConnectionReason): void {
    const epoch = this.#change('disconnected', reason);
    if (reason === 'connectionIssue') this.#world.spawn(this.#heal(epoch));
  }

  dispose(): void {
    this.#epoch += 1;
    this.#world.timers.cancelAll(failureOf(ERR.disconnected, 'The engine has been disposed.'));
    endAllQuietly(this.#world);
    this.#world.agent.incoming = [];
    this.#world.agent.connection = 'disposed';
    delete this.#world.agent.connectionReason;
    this.#world.close();
  }

  async #heal(epoch: number): Promise<void> {
    await this.#world.wait(this.#world.scenario.timings.reconnect);
    if (epoch === this.#epoch) this.#change('connected');
  }

  #change(connection: ConnectionStatus, reason?: ConnectionReason): number {
    const agent = this.#world.agent;
    agent.connection = connection;
    if (reason) agent.connectionReason = reason;
    else delete agent.connectionReason;
    this.#world.publish();
    this.#epoch += 1;
    return this.#epoch;
  }
}
