/**
 * `npm start`: the whole service on this machine, no AWS account (DESIGN.md §4). DynamoDB Local
 * (kept under LOCAL_DATA_DIR), the SES emulator with its web inbox, inbound SMTP for the inbound
 * domain, the HTTP app and a scheduler pass every minute, all calling the same handlers as Lambda.
 *
 * Ctrl-C or SIGTERM stops everything, Java included, and exits 0. A port already taken, or any
 * other start-up failure, stops what had started and exits 1 with a message saying what to change.
 */
import { applyLocalEnv, LOCAL_ENV, type LocalConfig, LocalConfigError, localConfig } from './local-env';
import {
  type LocalHandlers,
  LocalServiceError,
  type LocalStack,
  PortInUseError,
  startLocalStack,
} from './services';

const FORCE_EXIT_AFTER_MS = 15_000;

async function main(): Promise<number> {
  let config: LocalConfig;
  try {
    config = localConfig();
  } catch (error) {
    if (error instanceof LocalConfigError) return fail(error.message);
    throw error;
  }
  // Before the handlers load: their SDK clients and config read these at module scope.
  applyLocalEnv(config);

  const aborting = new AbortController();
  const starting = startLocalStack({
    config,
    signal: aborting.signal,
    loadHandlers: async () => (await import('./invoke')) as LocalHandlers,
  });
  let stopping: Promise<number> | undefined;
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals, reason: string = signal) => {
    if (stopping) {
      // npm and a terminal may both deliver one Ctrl-C; only a later one means "hurry".
      if (performance.now() - firstSignalAt > 2_000) {
        console.error(`${signal} again: exiting now.`);
        process.exit(1);
      }
      return;
    }
    firstSignalAt = performance.now();
    console.log(`\n${reason}: stopping the local stack…`);
    aborting.abort();
    stopping = (async () => {
      setTimeout(() => {
        console.error(`Still stopping after ${FORCE_EXIT_AFTER_MS / 1000} s: exiting now.`);
        process.exit(1);
      }, FORCE_EXIT_AFTER_MS).unref();
      // Start-up notices the abort at its next step and stops what it had started.
      const stack = await starting.catch(() => undefined);
      await stack?.stop();
      return 0;
    })();
    stopping.then((code) => process.exit(code));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => onSignal(signal));
  // `npm start` runs us under `sh -c`; a SIGTERM sent to npm kills that shell without passing
  // it on. Being re-parented means whoever started us is gone: stop as if told to.
  const parentAtStart = process.ppid;
  const parentWatch = setInterval(() => {
    if (process.ppid === parentAtStart) return;
    clearInterval(parentWatch);
    onSignal('SIGTERM', 'the process that started us exited');
  }, 500).unref();
  // With the parent gone our stdout may be a pipe nobody reads: a failed log line must not crash
  // the shutdown.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});

  let stack: LocalStack;
  try {
    stack = await starting;
  } catch (error) {
    if (stopping) return await stopping; // interrupted while starting: a normal stop
    if (error instanceof PortInUseError) return fail(portMessage(error, config));
    if (error instanceof LocalServiceError) return fail(error.message);
    console.error(error);
    return fail('the local stack did not start');
  }
  if (stopping) return await stopping;

  // performance.now() counts from process start: the time a person waits, module loading included.
  printBanner(config, stack, Math.round(performance.now()));
  // The database gone under a running stack: every request would fail. Say so and stop, rather
  // than run on looking healthy (the data on disk is intact; npm start again brings it back).
  void stack.dynamoDb.exited.then((code) => {
    if (stopping) return;
    console.error(
      `npm start: DynamoDB Local stopped unexpectedly (exit code ${code}); stopping the local stack.`,
    );
    stopping = stack.stop().then(() => 1);
    void stopping.then((exitCode) => process.exit(exitCode));
  });
  // Keep running until a signal: the servers hold the event loop open.
  return await new Promise<number>(() => {});
}

function fail(message: string): number {
  console.error(`npm start: ${message}`);
  return 1;
}

/** A clash found by the port check already names the variable; one found later is mapped here. */
function portMessage(error: PortInUseError, config: LocalConfig): string {
  if (error.message.includes(' set ')) return error.message;
  const names: [number, string][] = [
    [config.ports.http, LOCAL_ENV.port],
    [config.ports.ses, LOCAL_ENV.sesPort],
    [config.ports.smtp, LOCAL_ENV.smtpPort],
    [config.ports.dynamoDb, LOCAL_ENV.dynamoDbPort],
  ];
  const envName = names.find(([port]) => port === error.port)?.[1];
  return envName === undefined
    ? error.message
    : `port ${error.port} (${error.service}) is already in use: set ${envName} to a free port, e.g. ${envName}=${error.port + 1}`;
}

function printBanner(config: LocalConfig, stack: LocalStack, readyMs: number): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const scheduler =
    config.schedulerIntervalMs > 0
      ? `a pass every ${seconds(config.schedulerIntervalMs)}`
      : `off (${LOCAL_ENV.schedulerIntervalMs}=0); use \`npx gratitude tick --at ISO\``;
  console.log(
    [
      '',
      `Gratitude Week local stack ready in ${seconds(readyMs)}`,
      `  App            http://localhost:${config.ports.http}/   (links in emails: ${config.publicUrl})`,
      `  SES inbox      ${config.sesInboxUrl}   (JSON: ${config.sesInboxUrl}store)`,
      `  Inbound SMTP   localhost:${config.ports.smtp}, mail to anything@${config.inboundDomain}`,
      `  DynamoDB Local ${stack.dynamoDb.endpoint}   (table ${config.tableName}${stack.tableCreated ? ', created' : ''}, java pid ${stack.dynamoDb.pid}, up in ${seconds(stack.dynamoDb.startMs)})`,
      `  Data           ${config.dataDir}`,
      `  Scheduler      ${scheduler}`,
      ...(stack.dynamoDb.loopbackOnly
        ? []
        : [
            `  Note           DynamoDB Local listens on every network interface (this Java has no compiler`,
            `                 to run its loopback launcher): on a shared network, keep port ${config.ports.dynamoDb} closed.`,
          ]),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
