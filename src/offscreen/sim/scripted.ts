// Scripted events of the simulated engine (DESIGN.md: scriptable scenarios): the demo customer,
// callers ringing in, and what the service does to the agent's connection.
import type { Simulation } from '../../shared/protocol.ts';
import { addDemoCall } from './call-model.ts';
import type { AgentConnection } from './connection.ts';
import { requireConnected, requireOpen } from './guards.ts';
import { ringIn } from './incoming.ts';
import type { SimWorld } from './world.ts';

export async function runScripted(world: SimWorld, connection: AgentConnection, event: Simulation): Promise<void> {
  if (event === 'reconnect') return reconnect(world, connection);
  requireConnected(world);
  const { caller, colleague } = world.scenario;
  switch (event) {
    case 'demoCall':
      addDemoCall(world);
      break;
    case 'incomingCall':
      ringIn(world, caller);
      break;
    case 'incomingTransfer':
      ringIn(world, caller, colleague);
      break;
    case 'connectionLoss':
      connection.lose('connectionIssue');
      break;
    case 'tokenExpiry':
      connection.lose('invalidToken');
      break;
  }
}

/** A new agent with a fresh token; only a disconnected agent needs one. */
async function reconnect(world: SimWorld, connection: AgentConnection): Promise<void> {
  requireOpen(world);
  if (world.agent.connection === 'disconnected') await connection.connect();
}
