/**
 * `npm run bench`: the speed and size figures that matter, measured here rather than asserted in
 * unit tests. Prints one line per measurement while it runs and a JSON summary last.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import PostalMime from 'postal-mime';
import { parseReply } from '../functions/core/reply';
import { nextSendAfterDelivery, planWeek } from '../functions/core/schedule';
import { signToken, verifyToken } from '../functions/core/tokens';
import { emailSamples } from '../templates/samples';
import { aSubscriber, TEST_KEYS } from '../test/builders/deps';
import { measureBundles } from './bundles';
import { measurePeak } from './peak';

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

async function bundles() {
  record('lambdaBundles', await measureBundles());
}

async function peak() {
  const figures = await measurePeak((line) => console.log(line));
  for (const [name, value] of Object.entries(figures)) record(name, value);
}

async function main() {
  await templates();
  schedule();
  tokens();
  await replies();
  await bundles();
  await peak();
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
