/**
 * The whole local stack: DynamoDB Local, the SES emulator, inbound SMTP, the HTTP adapter and the
 * scheduler loop, composed in order and stopped in reverse.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_ENV, type LocalConfig } from '../local-env';
import {
  assertPortFree,
  consoleLogger,
  LocalServiceError,
  type Logger,
  once,
  PortInUseError,
} from './common';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { type HttpAdapter, type HttpHandler, startHttpAdapter } from './http-adapter';
import { type InboundMessage, type InboundSmtp, retryKeptMessages, startInboundSmtp } from './inbound-smtp';
import { type Scheduler, startScheduler } from './scheduler';
import { type SesEmulator, startSesEmulator } from './ses-emulator';
import { ensureTable } from './table';

/** How the local stack reaches the handlers (`functions/local/invoke.ts` in `npm start`). */
export interface LocalHandlers {
  httpHandler: HttpHandler;
  runSchedulerPass: (at: Date) => Promise<{ due: number; sent: number }>;
  deliverInbound: (message: InboundMessage) => Promise<void>;
  /** Waits until the mail queue has handed over what was posted (the stack stops after it). */
  settleMail: () => Promise<void>;
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
  const middle: { stop(): Promise<void> }[] = [];
  const back: { stop(): Promise<void> }[] = [];
  const stopAll = once(async () => {
    await settleAll(
      front.map((part) => part.stop()),
      logger,
    );
    await settleAll(
      middle.map((part) => part.stop()),
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
    middle.push({ stop: () => handlers.settleMail() });
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
              // Replies whose handling failed earlier (the database was down) come first.
              const retried = await retryKeptMessages(config.rawMailDir, handlers.deliverInbound, logger);
              if (retried.handled > 0) logger.info(`[smtp] handled ${retried.handled} kept message(s) again`);
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
    // Free on every interface: DynamoDB Local binds them all where its loopback launcher cannot run.
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
