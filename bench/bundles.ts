/**
 * The Lambda bundles as the stack deploys them (the same `bundleFunction` of `infra/bundling.ts`
 * the CDK construct runs: minified, the AWS SDK bundled, an external source map without sources)
 * and their cold load with source maps enabled, as Lambda runs them, over a bare Node start. Best
 * of several runs: the machine is shared and medians wander.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction } from '../infra/bundling';

export const ENTRIES = [
  'http-api',
  'dispatch',
  'send-prompt',
  'send-mail',
  'receive-mail',
  'understand-mail',
  'mail-events',
] as const;

/** Enough configuration for each entry point's cold start to build its parts without AWS. */
const SAMPLE_ENV = {
  TABLE_NAME: 'gratitude',
  DUE_SHARDS: '8',
  SENDER: 'Gratitude Week <hello@gratitude.example>',
  INBOUND_DOMAIN: 'in.gratitude.example',
  PUBLIC_URL: 'https://gratitude.example',
  POSTAL_ADDRESS: '1 Example Street',
  HMAC_KEYS: JSON.stringify({ current: 'k'.repeat(40) }),
  SEND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/sends',
  MAIL_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/mail',
  RAW_MAIL_DELETION_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/raw-mail-deletions',
  INBOUND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/inbound',
  RAW_MAIL_BUCKET: 'raw-mail',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  POWERTOOLS_SERVICE_NAME: 'gratitude-week',
  POWERTOOLS_METRICS_NAMESPACE: 'GratitudeWeek',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

function nodeMs(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', ...SAMPLE_ENV },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return performance.now() - start;
}

export interface BundleFigures {
  kib: number;
  /** Best cold load over a bare `node -e 0`, source maps enabled. */
  coldLoadMs: number;
}

export async function measureBundles(runs = 7): Promise<Record<string, BundleFigures>> {
  const out = mkdtempSync(join(tmpdir(), 'gratitude-bundles-'));
  const figures: Record<string, BundleFigures> = {};
  try {
    for (const entry of ENTRIES) {
      const dir = join(out, entry);
      const outfile = join(dir, 'index.js');
      await bundleFunction(entry, dir);
      const bare: number[] = [];
      const loaded: number[] = [];
      for (let i = 0; i < runs; i++) {
        bare.push(nodeMs(['-e', '0']));
        loaded.push(nodeMs(['--enable-source-maps', '-e', `require(${JSON.stringify(outfile)})`]));
      }
      figures[entry] = {
        kib: Math.round(statSync(outfile).size / 1024),
        coldLoadMs: Math.max(0, Math.round(Math.min(...loaded) - Math.min(...bare))),
      };
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return figures;
}

if (require.main === module) {
  measureBundles().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
