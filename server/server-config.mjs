// @ts-check
// The server's settings, from the environment, each refused with a message saying what to set.

const EXTENSION_ID = /^[a-p]{32}$/;
const ACS_USER = /^8:(acs|dod-acs|gcch-acs):[0-9A-Za-z_-]+$/;
const IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$/;

/** @param {string} host what HOST names: an address or a name to bind */
function isLoopbackHost(host) {
  return host === 'localhost' || host === '::1' || host === '[::1]' || IPV4_LOOPBACK.test(host);
}

/**
 * @typedef {object} ServerConfig
 * @property {string} connectionString
 * @property {string[]} extensionIds
 * @property {string} [userId]
 * @property {string} host
 * @property {number} port
 * @property {string} hostDir
 * @param {Record<string, string | undefined>} env
 * @returns {ServerConfig}
 */
export function readServerConfig(env) {
  const connectionString = env.ACS_CONNECTION_STRING?.trim();
  if (!connectionString) {
    throw new Error(
      'ACS_CONNECTION_STRING is not set: copy the connection string of your Communication Services resource (Azure portal → Keys).',
    );
  }
  const extensionIds = (env.EXTENSION_IDS ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  if (extensionIds.length === 0) {
    throw new Error('EXTENSION_IDS is not set: list the ids (chrome://extensions) of the extensions allowed to embed the calling host.');
  }
  const badId = extensionIds.find((id) => !EXTENSION_ID.test(id));
  if (badId) throw new Error(`EXTENSION_IDS: "${badId}" is not a Chrome extension id (32 letters a–p).`);
  const userId = env.ACS_USER_ID?.trim() || undefined;
  if (userId && !ACS_USER.test(userId)) throw new Error(`ACS_USER_ID: "${userId}" is not an ACS user id (8:acs:…).`);
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT: "${env.PORT}" is not a port number.`);
  const host = env.HOST?.trim() || '127.0.0.1';
  if (!isLoopbackHost(host) && env.ALLOW_REMOTE_HOST !== '1') {
    throw new Error(
      `HOST: "${host}" is not a loopback address, so other machines could mint tokens for your ACS resource. ` +
        'This is a development server: keep the default 127.0.0.1, or set ALLOW_REMOTE_HOST=1 if you mean it.',
    );
  }
  return { connectionString, extensionIds, ...(userId && { userId }), host, port, hostDir: env.HOST_DIR?.trim() || 'dist-host' };
}
