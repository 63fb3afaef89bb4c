// The contract on a test configuration of the simulated SDK: its own target outcomes and token
// service, and a manual clock.
import { AcsCallEngine } from '../../../src/engine/acs-engine.ts';
import { TestWorld } from '../engine/test-world.ts';
import { runEngineContract, type ContractTargets } from './engine-contract.ts';

const TARGETS: ContractTargets = {
  answers: '8:acs:11111111-1111-1111-1111-111111111111_00000000-0000-0000-0000-000000000042',
  declines: '4:+14255550000',
  unrecognised: '4:+14255554040',
  teamsUser: '8:orgid:6f1c1b2c-7d3e-4a5b-9c8d-0e1f2a3b4c5d',
  neverAnswers: '8:acs:11111111-1111-1111-1111-111111111111_00000000-0000-0000-0000-000000000099',
};

runEngineContract('the engine on a test configuration of the simulated SDK', async () => {
  const world = new TestWorld();
  world.outcomes.set(TARGETS.declines, 'decline');
  world.outcomes.set(TARGETS.unrecognised, 'unknown');
  world.outcomes.set(TARGETS.neverAnswers, 'noAnswer');
  const fetchToken = async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 3_600_000 });
  const engine = new AcsCallEngine({ sdk: world.sdk, fetchToken, clock: world.clock });
  await Promise.all([engine.start(), world.settle()]);
  const customerCall = world.agent.createCall([{ rawId: '4:+14255550123' }], 'Incoming');
  return {
    engine,
    world,
    customerCallId: customerCall.id,
    targets: TARGETS,
    callOptions: { alternateCallerId: '+14255550199' },
    settle: () => world.advance(10_000),
    dispose: () => engine.dispose(),
  };
});
