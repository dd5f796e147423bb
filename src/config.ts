import path from 'node:path';
import { parseApiKeys, type ApiKey } from './api-keys.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits/index.js';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** Unset: an embedded MongoDB is started, its data kept under `dataDir`. */
  mongodbUri: string | undefined;
  mongodbDb: string;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  fetchTimeoutMs: number;
  /** Largest document fetched or accepted inline, in bytes. */
  maxDocumentBytes: number;
  /** Allow fetching from 127.0.0.1/::1 (development and tests); private networks stay refused. */
  allowLoopbackFetch: boolean;
  /** Ingest the bundled demo feeds when the database is empty. */
  demoData: boolean;
  /** Keys that may call mutations and own custom feeds. */
  apiKeys: ApiKey[];
  /** Per-request GraphQL limits. */
  limits: QueryLimits;
  /** Public base URL of the gateway, for links in published feeds (default: from the request's Host). */
  publicUrl: string | undefined;
  /** Run a polling worker inside `serve` (POLL_SOURCES). */
  pollSources: boolean;
  /** Sources one worker fetches at once. */
  pollConcurrency: number;
  /** How often an idle worker looks for due sources. */
  pollIntervalMs: number;
  /** How long a worker's claim on a source lasts (a dead worker's sources are taken over after it). */
  pollLeaseMs: number;
  /** Names this worker in leases; default host:pid. */
  workerId: string | undefined;
  /** Consecutive failures that pause a source, and the shorter run for hard failures (404/410, parse errors). */
  sourceMaxFailures: number;
  sourceMaxHardFailures: number;
  /** Subscribe to WebSub hubs feeds advertise (needs PUBLIC_URL reachable by the hub). */
  websub: boolean;
  /** Polling interval of a source while its WebSub subscription is live. */
  websubPollIntervalMs: number;
}

/** The key development uses when API_KEYS is not set (never in production). */
export const DEVELOPMENT_API_KEY: ApiKey = { name: 'dev', secret: 'newsgraph-dev-key' };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The only reader of the environment: typed, validated, and every problem reported at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false, got "${env[name]}"`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  };

  const nodeEnv = oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const mongodbUri = env.MONGODB_URI?.trim() || undefined;
  if (mongodbUri && !/^mongodb(\+srv)?:\/\//.test(mongodbUri)) problems.push(`MONGODB_URI must start with mongodb:// or mongodb+srv://, got "${mongodbUri}"`);
  const mongodbDb = env.MONGODB_DB?.trim() || 'newsgraph';
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(mongodbDb)) problems.push(`MONGODB_DB must be 1-63 letters, digits, _ or -, got "${mongodbDb}"`);

  const config: Config = {
    nodeEnv,
    host: env.HOST?.trim() || '127.0.0.1',
    port: int('PORT', 4000, 0, 65535),
    mongodbUri,
    mongodbDb,
    dataDir: path.resolve(cwd, env.NEWSGRAPH_DATA_DIR?.trim() || '.data'),
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'silent' : 'info'),
    fetchTimeoutMs: int('FETCH_TIMEOUT_MS', 15_000, 100, 600_000),
    maxDocumentBytes: int('MAX_DOCUMENT_BYTES', 10 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    allowLoopbackFetch: bool('ALLOW_LOOPBACK_FETCH', nodeEnv !== 'production'),
    demoData: bool('DEMO_DATA', true),
    apiKeys: [],
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 2, 100),
      maxAliases: int('MAX_QUERY_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxCost: int('MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 10, 10_000_000),
    },
    publicUrl: env.PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined,
    pollSources: bool('POLL_SOURCES', nodeEnv !== 'test'),
    pollConcurrency: int('POLL_CONCURRENCY', 8, 1, 256),
    pollIntervalMs: int('POLL_INTERVAL_MS', 30_000, 100, 3_600_000),
    pollLeaseMs: 0,
    workerId: env.WORKER_ID?.trim() || undefined,
    sourceMaxFailures: int('SOURCE_MAX_FAILURES', 10, 1, 1000),
    sourceMaxHardFailures: int('SOURCE_MAX_HARD_FAILURES', 5, 1, 1000),
    websub: bool('WEBSUB', true),
    websubPollIntervalMs: int('WEBSUB_POLL_INTERVAL_MS', 6 * 3_600_000, 60_000, 7 * 24 * 3_600_000),
  };
  // A claim must outlast a whole fetch (timeout) plus the store, or a slow fetch would be taken over mid-way.
  config.pollLeaseMs = int('POLL_LEASE_MS', 2 * config.fetchTimeoutMs + 60_000, 10_000, 24 * 3_600_000);
  if (config.pollLeaseMs <= config.fetchTimeoutMs) problems.push(`POLL_LEASE_MS (${config.pollLeaseMs}) must be longer than FETCH_TIMEOUT_MS (${config.fetchTimeoutMs})`);
  if (config.publicUrl && !/^https?:\/\/[^/]+/.test(config.publicUrl)) problems.push(`PUBLIC_URL must be an absolute http(s) URL, got "${config.publicUrl}"`);
  const rawKeys = env.API_KEYS?.trim();
  if (rawKeys) {
    const parsed = parseApiKeys(rawKeys);
    problems.push(...parsed.problems);
    config.apiKeys = parsed.keys;
  } else if (nodeEnv !== 'production') {
    config.apiKeys = [DEVELOPMENT_API_KEY];
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
