// The contract against AcsCallEngine driving the fake SDK.
import { AcsCallEngine } from '../../../src/engine/acs-engine.ts';
import { FakeWorld } from '../acs/fake-sdk.ts';
import { runEngineContract, type ContractTargets } from './engine-contract.ts';

const TARGETS: ContractTargets = {
  answers: '8:acs:11111111-1111-1111-1111-111111111111_00000000-0000-0000-0000-000000000042',
  declines: '4:+14255550000',
  unrecognised: '4:+14255554040',
  teamsUser: '8:orgid:6f1c1b2c-7d3e-4a5b-9c8d-0e1f2a3b4c5d',
};

runEngineContract('AcsCallEngine on the fake SDK', async () => {
  const world = new FakeWorld();
  world.directory.set(TARGETS.declines, 'declines');
  world.directory.set(TARGETS.unrecognised, 'unknown');
  const fetchToken = async () => ({ token: 'token', expiresOnTimestamp: Date.now() + 3_600_000 });
  const engine = new AcsCallEngine({ sdk: world.sdk, fetchToken });
  await engine.start();
  const customerCall = world.agent.createCall(['4:+14255550123'], 'Incoming');
  return {
    engine,
    customerCallId: customerCall.id,
    targets: TARGETS,
    callOptions: { alternateCallerId: '+14255550199' },
    settle: () => world.settle(),
    dispose: () => engine.dispose(),
  };
});
