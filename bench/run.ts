/**
 * `npm run bench`: the speed and size figures that matter, measured here rather than asserted in
 * unit tests. Prints one line per measurement while it runs and a JSON summary last.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import PostalMime from 'postal-mime';
import { parseReply } from '../functions/core/reply';
import { nextSendAfterDelivery, planWeek } from '../functions/core/schedule';
import { confirm } from '../functions/core/subscriber';
import { signToken, verifyToken } from '../functions/core/tokens';
import { dispatchDue } from '../functions/core/use-cases/dispatch';
import { handleHttp } from '../functions/runtime/http/app';
import { emailSamples } from '../templates/samples';
import { aSubscriber, TEST_KEYS, testDeps } from '../test/builders/deps';
import { httpEvent } from '../test/builders/events';

const root = resolve(__dirname, '..');
const summary: Record<string, unknown> = {};

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: round(at(0.5)), p95: round(at(0.95)), worst: round(sorted.at(-1) ?? 0) };
}
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Microseconds per call of `fn`, median over batches after a warm-up. */
function microsPerCall(fn: (i: number) => unknown, calls = 2000, batches = 15): number {
  for (let i = 0; i < calls; i++) fn(i);
  const perBatch: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn(i);
    perBatch.push(((performance.now() - start) * 1000) / calls);
  }
  return stats(perBatch).median;
}

function record(name: string, value: unknown) {
  summary[name] = value;
  console.log(`${name}: ${JSON.stringify(value)}`);
}

async function templates() {
  const samples = emailSamples();
  const cost = (name: string) => microsPerCall(samples[name] ?? (() => undefined));
  record('renderMicrosPerEmail', {
    prompt: cost('prompt-day-1'),
    receipt: cost('receipt-several'),
    recap: cost('recap'),
  });
}

function schedule() {
  const zones = [
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Chatham',
  ];
  const base = Date.UTC(2026, 0, 1);
  record('scheduleMicrosPerCall', {
    planWeek: microsPerCall(
      (i) =>
        planWeek({
          timezone: zones[i % 5] ?? 'UTC',
          sendHour: i % 24,
          confirmedAt: new Date(base + i * 3_600_000),
        }),
      500,
    ),
    nextSendAfterDelivery: microsPerCall((i) =>
      nextSendAfterDelivery(
        { timezone: zones[i % 5] ?? 'UTC', sendHour: 8 },
        new Date(base + i * 86_400_000),
      ),
    ),
  });
}

function tokens() {
  const subscriberId = aSubscriber().id;
  const now = new Date();
  const token = signToken(TEST_KEYS, { purpose: 'reply', subscriberId, day: 3 });
  record('tokenMicrosPerCall', {
    sign: microsPerCall((i) => signToken(TEST_KEYS, { purpose: 'reply', subscriberId, day: i % 8 })),
    verify: microsPerCall(() => verifyToken(TEST_KEYS, token, 'reply', now)),
  });
}

async function replies() {
  const dirs = [
    resolve(root, '..', 'shared', 'corpus', 'replies-public'),
    resolve(root, 'test', 'fixtures', 'replies'),
  ];
  const files = dirs.filter(existsSync).flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => join(dir, f)),
  );
  const messages = files.map((file) => new Uint8Array(readFileSync(file)));
  const time = async (fn: (raw: Uint8Array) => Promise<unknown>) => {
    for (const raw of messages) await fn(raw); // warm-up
    const ms: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const raw of messages) {
        const start = performance.now();
        await fn(raw);
        ms.push(performance.now() - start);
      }
    }
    return stats(ms);
  };
  record('replyParseMs', {
    messages: messages.length,
    parseReply: await time((raw) => parseReply(raw)),
    bareMimeDecode: await time((raw) => PostalMime.parse(raw)),
  });
}

async function httpEdge() {
  const deps = testDeps();
  const n = 2000;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await handleHttp(
      async () => deps,
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: `p${i}@example.com`, timezone: 'Europe/Paris' },
        sourceIp: `10.0.${i % 250}.${i % 200}`,
      }),
    );
  }
  record('subscribeRequestsPerSecondInProcess', Math.round((n / (performance.now() - start)) * 1000));
}

async function dispatchScale() {
  const results: Record<string, { subscribers: number; due: number; itemsRead: number; ms: number }> = {};
  for (const total of [1_000, 10_000]) {
    const deps = testDeps();
    for (let i = 0; i < total; i++) {
      const email = `s${i}@example.com`;
      await deps.store.create(
        confirm(
          aSubscriber({ email, emailKey: email, timezone: 'UTC', sendHour: i % 100 === 0 ? 6 : 20 }),
          new Date('2026-11-25T00:00:00Z'),
        ),
      );
    }
    deps.clock.set('2026-11-25T06:30:00Z');
    const start = performance.now();
    const { due } = await dispatchDue(deps);
    results[String(total)] = {
      subscribers: total,
      due,
      itemsRead: deps.dueIndex.itemsRead,
      ms: round(performance.now() - start),
    };
  }
  record('dispatchReads', results);
}

async function bundles() {
  // Inside node_modules so that the bundles resolve the SDK the way Lambda's runtime provides it.
  const out = mkdtempSync(join(root, 'node_modules', '.cache-gratitude-bench-'));
  const sizes: Record<string, number> = {};
  try {
    for (const entry of ['http-api', 'dispatch', 'send-prompt', 'receive-mail', 'mail-events']) {
      const outfile = join(out, `${entry}.js`);
      // As NodejsFunction bundles for nodejs22.x: minified, the SDK v3 left to the runtime.
      await build({
        entryPoints: [join(root, 'functions', `${entry}.ts`)],
        bundle: true,
        minify: true,
        platform: 'node',
        target: 'node22',
        format: 'cjs',
        external: ['@aws-sdk/*'],
        outfile,
        logLevel: 'silent',
      });
      sizes[entry] = Math.round(statSync(outfile).size / 1024);
    }
    const requireMs = [0, 1, 2].map(() =>
      Number(
        execFileSync(
          process.execPath,
          [
            '-e',
            `const t=performance.now();require(${JSON.stringify(join(out, 'receive-mail.js'))});console.log(performance.now()-t)`,
          ],
          { env: { ...process.env, TABLE_NAME: 'x' } },
        ).toString(),
      ),
    );
    record('lambdaBundleKiB', sizes);
    record('receiveMailColdRequireMs', stats(requireMs).median);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main() {
  await templates();
  schedule();
  tokens();
  await replies();
  await httpEdge();
  await dispatchScale();
  await bundles();
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
