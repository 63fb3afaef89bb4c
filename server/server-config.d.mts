// Types of server-config.mjs for TypeScript callers (the tests).
export interface ServerConfig {
  connectionString: string;
  extensionIds: string[];
  userId?: string;
  host: string;
  port: number;
  hostDir: string;
}

export function readServerConfig(env: Record<string, string | undefined>): ServerConfig;
