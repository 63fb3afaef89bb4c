// @ts-check
// `npm run host`: the calling host page and its token endpoint on http://localhost (the SDK accepts
// localhost as a secure origin, docs/acs-sdk.md §2). Configuration comes from the environment.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { readServerConfig } from './server-config.mjs';
import { createServer } from './token-server.mjs';

try {
  const config = readServerConfig(process.env);
  if (!existsSync(join(config.hostDir, 'index.html'))) {
    throw new Error(`${config.hostDir} has no index.html: run \`npm run build:host\` first.`);
  }
  const identity = new CommunicationIdentityClient(config.connectionString);
  const server = createServer({ identity, extensionIds: config.extensionIds, hostDir: config.hostDir, userId: config.userId });
  server.listen(config.port, config.host, () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`Calling host: http://localhost:${port}/ (listening on ${config.host}:${port})`);
    console.log(`Embeddable by: ${config.extensionIds.map((id) => `chrome-extension://${id}`).join(', ')}`);
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
