/**
 * The send path and the subscribe endpoint measured on the real local parts: DynamoDB Local, the
 * SES emulator and the http handler behind the local HTTP adapter. (Absolute figures are this
 * machine's; DynamoDB Local and the emulator are far slower than AWS. The read counts and requests
 * per prompt carry over; the sending ratio does not, see below.)
 *
 * - dispatch: 100,000 subscribers, 1 % due; two overlapping passes; items the due-index queries
 *   read per due subscriber; no prompt queued twice.
 * - sending: the queued prompts through the send function's batches (ten at a time, several
 *   batches side by side as the event source's maximum concurrency allows), against bare SESv2
 *   SendEmail calls to the emulator at the same concurrency: the very emails the send function
 *   handed SES, sent again through the same adapter (the fair floor: what sending them costs with
 *   no bookkeeping), and as many tiny ones (the emulator's own floor); and the DynamoDB requests
 *   the send function made per prompt, counted on the wire. Every side is measured warm, as a
 *   function at the morning peak is: the second set's prompts go out through the same handler
 *   first, and as many bare calls of each kind, so none pays the JIT's first runs. With the CPU
 *   each side used per email, here and in DynamoDB Local.
 * - subscribe: POST /subscribe over HTTP, p50/p99.
 *
 * Why sending stays near 0.4-0.5x bare SendEmail of the same emails here, at the edge of the 0.5x
 * aimed at: every side is CPU-bound on this machine's two cores, shared by this process (the
 * handler, the SDK clients and the in-process emulator answering them) and DynamoDB Local's JVM. A
 * bare call of the same email costs this process about 1-1.7 ms. A batch of ten prompts costs
 * three DynamoDB requests (one consistent BatchGetItem, one TransactWriteItems of the ten claims,
 * one of the ten sent marks with the subscribers moved on), 0.3 a prompt where it was 3, and a
 * prompt about 1.8-2 ms of this process (4-5.7 ms with a request each). But each of a prompt's
 * three conditional writes (claim, sent mark, subscriber) costs the JVM about 0.75 ms inside a
 * transaction, so DynamoDB Local spends 2.2-2.4 ms a prompt on the same cores, where the bare calls
 * cost it nothing. On AWS that work is DynamoDB's, not the function's; the requests per prompt and
 * the CPU per prompt here carry over, the ratio does not.
 */
import diagnostics from 'node:diagnostics_channel';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { DynamoDueIndex } from '../functions/adapters/dynamodb/send-ledger';
import { toItem } from '../functions/adapters/dynamodb/subscriber-store';
import type { Mailer, OutboundEmail } from '../functions/core/ports';
import { confirm } from '../functions/core/subscriber';
import { dispatchDue } from '../functions/core/use-cases/dispatch';
import { applyLocalEnv, LOCAL_ENV, localConfig } from '../functions/local/local-env';
import { buildLocalDeps, localParts } from '../functions/local/local-parts';
import {
  ensureTable,
  freePorts,
  startDynamoDbLocal,
  startHttpAdapter,
  startSesEmulator,
} from '../functions/local/services';
import { aSubscriber, nextSubscriberId } from '../test/builders/deps';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const DUE_SHARE = 0.01;
/** Send batches in flight at once (the event source's maximum concurrency in this run). */
const CONCURRENT_BATCHES = 10;

/** CPU milliseconds a process has used so far (Linux's /proc; null elsewhere). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ
  } catch {
    return null;
  }
}

/** CPU used by `work`, this process and DynamoDB Local's, per unit of `count`. */
async function cpuPer<T>(count: () => number, javaPid: number, work: () => Promise<T>) {
  const node = process.cpuUsage();
  const java = processCpuMs(javaPid);
  const result = await work();
  const { user, system } = process.cpuUsage(node);
  const javaAfter = processCpuMs(javaPid);
  const per = (ms: number) => Math.round((ms / Math.max(1, count())) * 100) / 100;
  return {
    result,
    nodeMs: per((user + system) / 1000),
    dynamoDbLocalMs: java === null || javaAfter === null ? null : per(javaAfter - java),
  };
}

const percentile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
};

async function inParallel<T>(items: T[], lanes: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

export async function measurePeak(log: (line: string) => void = console.log) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const dataDir = mkdtempSync(join(tmpdir(), 'gratitude-peak-'));
  const [http, ses, smtp, dynamo] = await freePorts(4);
  const config = localConfig({
    ...process.env,
    [LOCAL_ENV.dataDir]: dataDir,
    [LOCAL_ENV.port]: String(http),
    [LOCAL_ENV.sesPort]: String(ses),
    [LOCAL_ENV.smtpPort]: String(smtp),
    [LOCAL_ENV.dynamoDbPort]: String(dynamo),
    [LOCAL_ENV.publicUrl]: '',
  });
  applyLocalEnv(config);
  const [dynamoDb, emulator] = await Promise.all([
    startDynamoDbLocal({ port: config.ports.dynamoDb, inMemory: true }),
    startSesEmulator({ port: config.ports.ses, host: config.host }),
  ]);
  const raw = new DynamoDBClient({});
  const stops: (() => Promise<void>)[] = [() => emulator.stop(), () => dynamoDb.stop()];
  try {
    await ensureTable(raw, config.tableName);
    const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });

    // Items read by the due index: what each Query evaluated (ScannedCount), summed.
    let itemsRead = 0;
    raw.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const output = result.output as { ScannedCount?: number };
        if ((args.input as { IndexName?: string }).IndexName) itemsRead += output.ScannedCount ?? 0;
        return result;
      },
      { step: 'initialize', name: 'countIndexReads' },
    );

    // 1. 100k subscribers in four time zones' worth of send instants; 1 % due now.
    const now = new Date('2026-11-26T13:05:00Z');
    const started = performance.now();
    const due = Math.round(SUBSCRIBERS * DUE_SHARE);
    const items = Array.from({ length: SUBSCRIBERS }, (_, i) => {
      const email = `peak${i}@example.com`;
      const sub = confirm(
        aSubscriber({ id: nextSubscriberId(), email, emailKey: email, timezone: 'UTC' }),
        new Date('2026-11-25T00:00:00Z'),
      );
      // Set A falls due at 13:00, set B at 14:00, everyone else on later days.
      const dueAt =
        i < due
          ? '2026-11-26T13:00:00.000Z'
          : i < 2 * due
            ? '2026-11-26T14:00:00.000Z'
            : `2026-11-2${7 + (i % 3)}T0${i % 10}:00:00.000Z`;
      return toItem({ ...sub, nextSendAt: dueAt, nextDay: 1 }, config.dueShards);
    });
    const chunks = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) =>
      items.slice(i * 25, i * 25 + 25),
    );
    await inParallel(chunks, 8, async (chunk) => {
      let request: Record<string, unknown[]> | undefined = {
        [config.tableName]: chunk.map((Item) => ({ PutRequest: { Item } })),
      };
      while (request && Object.keys(request).length > 0) {
        const out = await client.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
    });
    log(`loaded ${SUBSCRIBERS} subscribers in ${Math.round((performance.now() - started) / 1000)} s`);

    // 2. Two overlapping passes, on a due index whose reads are counted.
    const base = await buildLocalDeps();
    const dueIndex = new DynamoDueIndex({ client, tableName: config.tableName, dueShards: config.dueShards });
    const queued: string[] = [];
    const queue = {
      enqueue: async (jobs: { subscriberId: string }[]) => {
        queued.push(...jobs.map((j) => j.subscriberId));
      },
    };
    const dispatchStart = performance.now();
    const single = await dispatchDue({ dueIndex, queue, clock: { now: () => now } });
    const dispatchMs = performance.now() - dispatchStart;
    const readBySinglePass = itemsRead;
    const sendNow = [...queued];
    // Set B: two passes at once, then one five minutes later while B waits in the queue.
    const at = (iso: string) => ({ now: () => new Date(iso) });
    queued.length = 0;
    await Promise.all([0, 1].map(() => dispatchDue({ dueIndex, queue, clock: at('2026-11-26T14:05:00Z') })));
    const overlapping = [...queued];
    const later = await dispatchDue({ dueIndex, queue, clock: at('2026-11-26T14:10:00Z') });
    const dispatch = {
      subscribers: SUBSCRIBERS,
      due,
      queuedBySinglePass: single.queued,
      itemsReadPerDue: Math.round((readBySinglePass / due) * 100) / 100,
      singlePassMs: Math.round(dispatchMs),
      overlappingPasses: {
        queued: overlapping.length,
        distinct: new Set(overlapping).size,
        byLaterPass: later.queued,
      },
    };
    log(`dispatch: ${JSON.stringify(dispatch)}`);

    // 3. Sending the queued prompts through the send function, batch by batch: set B's first, to
    // warm the handler, the SDK clients and DynamoDB Local up, then set A's, measured.
    const { sendBatch } = await import('../functions/send-prompt');
    const { withSuppliedParts } = await import('../functions/runtime/compose');
    const sqsBatches = (subscriberIds: string[], prefix: string) => {
      const batches: SQSEvent[] = [];
      for (let i = 0; i < subscriberIds.length; i += 10) {
        batches.push({
          Records: subscriberIds.slice(i, i + 10).map((subscriberId, n) => ({
            messageId: `${prefix}-${i + n}`,
            receiptHandle: 'r',
            body: JSON.stringify({ subscriberId, week: 1, day: 1 }),
            attributes: {} as never,
            messageAttributes: {},
            md5OfBody: '',
            eventSource: 'aws:sqs',
            eventSourceARN: 'arn:aws:sqs:local:000000000000:sends',
            awsRegion: 'local',
          })),
        });
      }
      return batches;
    };
    // The emails the send function hands SES, kept for the bare calls to send again.
    const handed: OutboundEmail[] = [];
    const mailer: Mailer = {
      send: (email) => {
        handed.push(email);
        return base.mailer.send(email);
      },
    };
    const sendAll = (batches: SQSEvent[], at: Date) =>
      withSuppliedParts({ ...base, mailer, clock: { now: () => at } }, async () => {
        let sent = 0;
        await inParallel(batches, CONCURRENT_BATCHES, async (event) => {
          const result = await sendBatch(event, undefined);
          sent += result.sent;
        });
        return sent;
      });
    // (The overlapping passes queued set A again too, its lease having run out: not those.)
    const measured = new Set(sendNow);
    const warmUp = [...new Set(overlapping)].filter((id) => !measured.has(id));
    const warmedBy = await sendAll(sqsBatches(warmUp, 'warm'), new Date('2026-11-26T14:06:00Z'));
    // DynamoDB requests on the wire while the measured prompts go out (retries included).
    let dynamoRequests = 0;
    const dynamoHost = `${config.host}:${config.ports.dynamoDb}`;
    const countRequest = (message: unknown) => {
      const { request } = message as { request: ClientRequest };
      if (request.getHeader('host') === dynamoHost) dynamoRequests++;
    };
    diagnostics.subscribe('http.client.request.start', countRequest);
    let sent = 0;
    const sendStart = performance.now();
    const sendCpu = await cpuPer(
      () => sent,
      dynamoDb.pid,
      async () => (sent = await sendAll(sqsBatches(sendNow, 'm'), new Date(now.getTime() + 60_000))),
    );
    const sendSeconds = (performance.now() - sendStart) / 1000;
    diagnostics.unsubscribe('http.client.request.start', countRequest);
    // Bare SendEmail calls at the same concurrency, warmed up first: the same emails through the
    // same adapter (what SES itself would be asked), and a tiny email, for the emulator's own floor.
    const sesClient = new SESv2Client({});
    const measuredEmails = handed.slice(-sent);
    const tinySend = (i: number) =>
      sesClient.send(
        new SendEmailCommand({
          FromEmailAddress: config.sender,
          Destination: { ToAddresses: [`bare${i}@example.com`] },
          Content: {
            Simple: {
              Subject: { Data: 'Bare' },
              Body: { Text: { Data: 'Bare SendEmail' }, Html: { Data: '<p>Bare SendEmail</p>' } },
            },
          },
        }),
      );
    const lanes = CONCURRENT_BATCHES * 10;
    const bare = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      const cpu = await cpuPer(() => sent, dynamoDb.pid, work);
      return { seconds: (performance.now() - start) / 1000, cpu };
    };
    await inParallel(handed.slice(0, warmedBy), lanes, (email) => base.mailer.send(email));
    const same = await bare(() => inParallel(measuredEmails, lanes, (email) => base.mailer.send(email)));
    const indices = (count: number, from: number) => Array.from({ length: count }, (_, i) => from + i);
    await inParallel(indices(warmedBy, sent), lanes, tinySend);
    const tiny = await bare(() => inParallel(indices(sent, 0), lanes, tinySend));
    const sending = {
      sent,
      sendsPerSecond: Math.round(sent / sendSeconds),
      bareSendEmailPerSecond: Math.round(sent / same.seconds),
      ratio: Math.round((same.seconds / sendSeconds) * 100) / 100,
      tinySendEmailPerSecond: Math.round(sent / tiny.seconds),
      ratioToTiny: Math.round((tiny.seconds / sendSeconds) * 100) / 100,
      dynamoDbRequestsPerPrompt: Math.round((dynamoRequests / sent) * 100) / 100,
      // Where the time goes: CPU per prompt in this process (handler, SDK clients, the emulator
      // answering) and in DynamoDB Local, against the same for one bare call of each kind.
      cpuMsPerPrompt: { node: sendCpu.nodeMs, dynamoDbLocal: sendCpu.dynamoDbLocalMs },
      cpuMsPerBareSendEmail: { node: same.cpu.nodeMs, dynamoDbLocal: same.cpu.dynamoDbLocalMs },
      cpuMsPerTinySendEmail: { node: tiny.cpu.nodeMs, dynamoDbLocal: tiny.cpu.dynamoDbLocalMs },
      concurrentBatches: CONCURRENT_BATCHES,
      warmUp: { prompts: warmedBy, bareSendEmail: warmedBy },
    };
    log(`sending: ${JSON.stringify(sending)}`);

    // 4. POST /subscribe over HTTP.
    const { handler } = await import('../functions/http-api');
    const { supplyParts } = await import('../functions/runtime/compose');
    supplyParts(localParts());
    // Each request from its own client, as API Gateway reports the caller's address.
    const server = await startHttpAdapter({
      port: config.ports.http,
      host: config.host,
      handler: (event) =>
        handler({
          ...event,
          requestContext: {
            ...event.requestContext,
            http: { ...event.requestContext.http, sourceIp: event.headers['x-bench-client'] ?? '' },
          },
        }),
    });
    stops.unshift(() => server.stop());
    const latencies: number[] = [];
    for (let i = 0; i < 300; i++) {
      const start = performance.now();
      const res = await fetch(`${server.url}/subscribe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-bench-client': `10.1.${Math.floor(i / 250)}.${i % 250}`,
        },
        body: JSON.stringify({ email: `new${i}@example.com`, timezone: 'Europe/Paris' }),
      });
      await res.arrayBuffer();
      if (i >= 20) latencies.push(performance.now() - start); // after warm-up
    }
    const subscribe = {
      requests: latencies.length,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
    };
    log(`subscribe: ${JSON.stringify(subscribe)}`);
    return { dispatch, sending, subscribe };
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    raw.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measurePeak().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
