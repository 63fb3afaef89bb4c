// Scripted events of the simulated service (the popup's simulator panel and the tests): callers
// ringing in, the demo customer, a colleague transferring us, a third party joining, and what the
// service does to the agent's connection.
import { ERR } from '../../shared/call-errors.ts';
import { EngineFailure, type PartySnapshot } from '../../shared/engine.ts';
import type { Simulation } from '../../shared/protocol.ts';
import type { SimCallAgent } from './agent.ts';
import type { SimCall } from './call.ts';
import { SERVICE } from './service-codes.ts';
import type { SimWorld } from './world.ts';

/** Throws when there is no live agent, or no call for an event that needs one. */
export function runScripted(world: SimWorld, event: Simulation): void {
  const agent = liveAgent(world);
  const { caller, colleague, demoCustomer } = world.scenario;
  switch (event) {
    case 'demoCall':
      agent.createCall([demoCustomer], 'Incoming');
      return;
    case 'incomingCall':
      agent.ring(caller);
      return;
    case 'incomingTransfer':
      agent.ring(caller, colleague);
      return;
    case 'beingTransferred':
      transferUs(agent, currentCall(agent), world.scenario.caller);
      return;
    case 'groupCall':
      currentCall(agent).addRemote(colleague);
      return;
    case 'connectionLoss':
      loseConnection(world, agent);
      return;
    case 'tokenExpiry':
      void expireSignIn(agent);
      return;
  }
}

/** The service reaches only a connected agent. */
function liveAgent(world: SimWorld): SimCallAgent {
  const agent = world.agents.at(-1);
  if (!agent || agent.disposed || agent.connectionState !== 'Connected') {
    throw EngineFailure.of('The simulated agent is not connected to the service.', ERR.disconnected);
  }
  return agent;
}

function currentCall(agent: SimCallAgent): SimCall {
  const call = agent.calls.findLast((candidate) => candidate.state === 'Connected');
  if (!call) throw new Error('There is no connected call for this event.');
  return call;
}

/**
 * The party on `call` transfers us to `to`: the service hands us the new call through
 * transferAccepted, which fires only if the call's Transfer feature was touched (docs/acs-sdk.md
 * §9), then ends the old one. Returns the new call, if it happened.
 */
export function transferUs(agent: SimCallAgent, call: SimCall, to: PartySnapshot): SimCall | undefined {
  const transferor = call.remoteParticipants[0];
  const feature = call.transferFeature;
  if (!transferor || !feature) return undefined;
  const transferorInfo = { identifier: transferor.identifier, ...(transferor.displayName && { displayName: transferor.displayName }) };
  const targetCall = agent.createCall([to], 'Incoming', { transferorInfo });
  feature.acceptTransfer(targetCall);
  call.end(SERVICE.transferredAway);
  return targetCall;
}

/**
 * The token could not be refreshed: the SDK's agent disposes itself, hanging up its calls, and
 * only then reports invalidToken (docs/acs-sdk.md §4).
 */
async function expireSignIn(agent: SimCallAgent): Promise<void> {
  await agent.dispose();
  agent.setConnectionState('Disconnected', 'invalidToken');
}

/** The signalling drops and the SDK restores it by itself a few seconds later. */
function loseConnection(world: SimWorld, agent: SimCallAgent): void {
  agent.setConnectionState('Disconnected', 'connectionIssue');
  world.after(world.scenario.timings.reconnect, () => {
    if (!agent.disposed) agent.setConnectionState('Connected');
  });
}
