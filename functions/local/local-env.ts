/**
 * The local stack's configuration, computed in one place from `process.env` (DESIGN.md §5):
 * `npm start`, the `gratitude` CLI (`tick`, `export`) and the integration tests all read it, so
 * they reach the same DynamoDB Local, SES emulator and HMAC key.
 *
 * A relative `LOCAL_DATA_DIR` is resolved against the repository root (the directory holding this
 * project's package.json), not the current directory: `npm start` runs from the root while
 * `npx gratitude` runs wherever it is typed, and both must find the same key and data.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ENV } from '../runtime/env';

export const LOCAL_DEFAULTS = {
  port: 3000,
  sesPort: 8005,
  smtpPort: 2525,
  dynamoDbPort: 8000,
  dataDir: '.local',
  inboundDomain: 'in.gratitude.localhost',
  sender: 'Gratitude Week <hello@gratitude.localhost>',
  postalAddress: 'Gratitude Week · 1 Example Street · Springfield',
  tableName: 'gratitude',
  region: 'us-east-1',
  // DynamoDB Local rejects access key ids that are not alphanumeric.
  accessKeyId: 'local',
  secretAccessKey: 'local',
  dueShards: 4,
  schedulerIntervalMs: 60_000,
} as const;

/** Environment variables that choose the local ports and paths, as named in DESIGN.md §5. */
export const LOCAL_ENV = {
  port: 'PORT',
  sesPort: 'SES_PORT',
  smtpPort: 'SMTP_PORT',
  dynamoDbPort: 'DYNAMODB_PORT',
  publicUrl: 'PUBLIC_URL',
  dataDir: 'LOCAL_DATA_DIR',
  /** Milliseconds between scheduler passes of `npm start`; 0 turns the loop off. */
  schedulerIntervalMs: 'SCHEDULER_INTERVAL_MS',
  /** Local only: directory of raw inbound MIME, read instead of the S3 bucket. */
  rawMailDir: 'RAW_MAIL_DIR',
} as const;

export interface LocalConfig {
  /** Loopback address every local server binds to and every local client dials. */
  host: string;
  ports: { http: number; ses: number; smtp: number; dynamoDb: number };
  publicUrl: string;
  dataDir: string;
  dynamoDbDir: string;
  rawMailDir: string;
  hmacKeysFile: string;
  /** `{"current":"<hex>"}`, the shape HMAC_KEYS carries. */
  hmacKeys: string;
  inboundDomain: string;
  sender: string;
  postalAddress: string;
  tableName: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  dueShards: number;
  schedulerIntervalMs: number;
  endpoints: { dynamoDb: string; ses: string };
  /** The SES emulator's web inbox, as a person opens it. */
  sesInboxUrl: string;
}

/** A local setting that cannot be used; the message names the variable to change. */
export class LocalConfigError extends Error {
  override readonly name = 'LocalConfigError';
}

type Env = Record<string, string | undefined>;

/** Reads the local configuration; creates the data directory and the HMAC key on first use. */
export function localConfig(env: Env = process.env): LocalConfig {
  const ports = {
    http: portFrom(env, LOCAL_ENV.port, LOCAL_DEFAULTS.port),
    ses: portFrom(env, LOCAL_ENV.sesPort, LOCAL_DEFAULTS.sesPort),
    smtp: portFrom(env, LOCAL_ENV.smtpPort, LOCAL_DEFAULTS.smtpPort),
    dynamoDb: portFrom(env, LOCAL_ENV.dynamoDbPort, LOCAL_DEFAULTS.dynamoDbPort),
  };
  const dataDir = resolveDataDir(nonEmpty(env[LOCAL_ENV.dataDir]) ?? LOCAL_DEFAULTS.dataDir);
  const publicUrl = publicUrlFrom(env, ports.http);
  const hmacKeysFile = join(dataDir, 'hmac-keys.json');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // 127.0.0.1 rather than `localhost`: that name may resolve to ::1 first on some machines, and
  // none of these servers should listen beyond the loopback interface.
  const host = '127.0.0.1';
  return {
    host,
    ports,
    publicUrl,
    dataDir,
    dynamoDbDir: join(dataDir, 'dynamodb'),
    rawMailDir: join(dataDir, 'raw-mail'),
    hmacKeysFile,
    hmacKeys: loadOrCreateHmacKeys(hmacKeysFile),
    inboundDomain: LOCAL_DEFAULTS.inboundDomain,
    sender: LOCAL_DEFAULTS.sender,
    postalAddress: LOCAL_DEFAULTS.postalAddress,
    tableName: LOCAL_DEFAULTS.tableName,
    region: LOCAL_DEFAULTS.region,
    accessKeyId: LOCAL_DEFAULTS.accessKeyId,
    secretAccessKey: LOCAL_DEFAULTS.secretAccessKey,
    dueShards: LOCAL_DEFAULTS.dueShards,
    schedulerIntervalMs: intervalFrom(env),
    endpoints: { dynamoDb: `http://${host}:${ports.dynamoDb}`, ses: `http://${host}:${ports.ses}` },
    sesInboxUrl: `http://localhost:${ports.ses}/`,
  };
}

/**
 * Sets the variables the handlers and the AWS SDK read so that they talk to the local parts.
 * Overrides whatever the shell had (a developer's real AWS credentials must never be used here)
 * and removes the settings that would send a handler to an AWS service that has no local twin.
 */
export function applyLocalEnv(config: LocalConfig, env: Env = process.env): void {
  const values: Record<string, string> = {
    [ENV.tableName]: config.tableName,
    [ENV.sender]: config.sender,
    [ENV.inboundDomain]: config.inboundDomain,
    [ENV.publicUrl]: config.publicUrl,
    [ENV.postalAddress]: config.postalAddress,
    [ENV.hmacKeys]: config.hmacKeys,
    [ENV.dueShards]: String(config.dueShards),
    [LOCAL_ENV.rawMailDir]: config.rawMailDir,
    // The resolved ports and data directory too, so a child process (a CLI run from a test or a
    // script) that calls localConfig() again reaches this same stack.
    [LOCAL_ENV.dataDir]: config.dataDir,
    [LOCAL_ENV.port]: String(config.ports.http),
    [LOCAL_ENV.sesPort]: String(config.ports.ses),
    [LOCAL_ENV.smtpPort]: String(config.ports.smtp),
    [LOCAL_ENV.dynamoDbPort]: String(config.ports.dynamoDb),
    AWS_REGION: config.region,
    AWS_ACCESS_KEY_ID: config.accessKeyId,
    AWS_SECRET_ACCESS_KEY: config.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: config.endpoints.dynamoDb,
    AWS_ENDPOINT_URL_SESV2: config.endpoints.ses,
    // The SDK's notice that its 2027 releases need Node 22 is for the Lambdas (which run 22);
    // locally it would only repeat on every command.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // Metrics are CloudWatch's (embedded metric format in the logs); locally they would only be noise.
    POWERTOOLS_METRICS_DISABLED: 'true',
    // Warnings and errors; `POWERTOOLS_LOG_LEVEL=INFO npm start` shows every handler's INFO line.
    POWERTOOLS_LOG_LEVEL: env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  };
  Object.assign(env, values);
  for (const name of [
    ENV.hmacSecretArn,
    ENV.sendQueueUrl,
    ENV.mailQueueUrl,
    ENV.rawMailBucket,
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
  ]) {
    delete env[name];
  }
}

/** The repository root: the nearest directory above this file with our package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === 'gratitude-week') return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

function resolveDataDir(value: string): string {
  return isAbsolute(value) ? value : resolve(repoRoot(), value);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function portFrom(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65_535) {
    throw new LocalConfigError(`${name}=${raw} is not a port number (1-65535)`);
  }
  return port;
}

function intervalFrom(env: Env): number {
  const raw = nonEmpty(env[LOCAL_ENV.schedulerIntervalMs]);
  if (raw === undefined) return LOCAL_DEFAULTS.schedulerIntervalMs;
  if (!/^\d+$/.test(raw)) {
    throw new LocalConfigError(`${LOCAL_ENV.schedulerIntervalMs}=${raw} is not a number of milliseconds`);
  }
  return Number(raw);
}

function publicUrlFrom(env: Env, httpPort: number): string {
  const raw = nonEmpty(env[LOCAL_ENV.publicUrl]);
  if (raw === undefined) return `http://localhost:${httpPort}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LocalConfigError(`${LOCAL_ENV.publicUrl}=${raw} is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LocalConfigError(`${LOCAL_ENV.publicUrl}=${raw} must be an http or https URL`);
  }
  // Links are built as `${PUBLIC_URL}/path`: no trailing slash.
  return raw.replace(/\/+$/, '');
}

/**
 * The local HMAC key lives in a file so that links in emails already sent keep working after a
 * restart. The file appears atomically with its content (written aside, then hard-linked into
 * place, which fails if it exists): when `npm start` and the CLI race on first use, one creates
 * it and the other reads the same key. A damaged file is an error, never silently replaced.
 */
function loadOrCreateHmacKeys(file: string): string {
  const fresh = JSON.stringify({ current: randomBytes(32).toString('hex') });
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(aside, `${fresh}\n`, { mode: 0o600 });
  try {
    linkSync(aside, file);
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(aside, { force: true });
  }
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const current = (parsed as { current?: unknown } | undefined)?.current;
  if (typeof current !== 'string' || !/^[0-9a-f]{32,}$/i.test(current)) {
    throw new LocalConfigError(
      `${file} does not hold {"current":"<hex key>"}; fix it, or delete it to make a new key (links already sent stop working)`,
    );
  }
  return JSON.stringify(parsed);
}
