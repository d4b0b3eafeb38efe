/**
 * The composition root: SDK clients at module scope (reused while the Lambda stays warm), adapters
 * built from parsed configuration, and the use-case dependencies assembled once per cold start.
 * Tests and the local stack use the same path, pointed at local endpoints by the standard
 * `AWS_ENDPOINT_URL_*` variables the SDK reads.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoInboundLog } from '../adapters/dynamodb/inbound-log';
import { DynamoRateLimiter } from '../adapters/dynamodb/rate-limiter';
import { DynamoDueIndex, DynamoSendLedger } from '../adapters/dynamodb/send-ledger';
import { DynamoSubscriberStore } from '../adapters/dynamodb/subscriber-store';
import { S3RawMailStore } from '../adapters/s3/raw-mail-store';
import { SesMailer } from '../adapters/ses/mailer';
import { SqsSendQueue } from '../adapters/sqs/send-queue';
import { templateRenderer } from '../adapters/templates/renderer';
import { systemClock } from '../core/clock';
import { newSubscriberId } from '../core/tokens';
import type { Deps } from '../core/use-cases/deps';
import {
  ConfigError,
  type MailConfig,
  mailSection,
  parseSection,
  parseTokenKeys,
  queueSection,
  rawMailSection,
  tableSection,
} from './config';
import { RAW_MAIL_PREFIX } from './env';
import type { Part } from './parts';

const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});
const ses = new SESv2Client({});
const sqs = new SQSClient({});
const s3 = new S3Client({});

async function loadTokenKeys(hmac: MailConfig['hmac']) {
  if (hmac.kind === 'inline') return parseTokenKeys(hmac.json as string);
  const secret = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: hmac.arn }));
  return parseTokenKeys(secret.SecretString ?? '');
}

/**
 * What a function uses. Each entry point names its parts and only those are parsed (and only their
 * variables and grants are bound by the stack); any other part throws a `ConfigError` if touched.
 */
export type { Part };
export const ALL_PARTS: readonly Part[] = ['table', 'mail', 'queue', 'rawMail'];

type Env = Record<string, string | undefined>;

function unavailable<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === 'then') return undefined; // not a promise
      throw new ConfigError(`${what} is not configured for this function`);
    },
  });
}

function tableParts(env: Env) {
  const table = parseSection(tableSection, env);
  const settings = { client: dynamo, tableName: table.tableName, dueShards: table.dueShards };
  return {
    store: new DynamoSubscriberStore(settings),
    rateLimiter: new DynamoRateLimiter(settings),
    ledger: new DynamoSendLedger(settings),
    dueIndex: new DynamoDueIndex(settings),
    inboundLog: new DynamoInboundLog(settings),
  };
}

/** The address in an RFC 5322 mailbox: `Gratitude Week <hello@example.org>` gives `hello@example.org`. */
export function addressOf(mailbox: string): string {
  return (/<([^>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim().toLowerCase();
}

async function mailParts(env: Env) {
  const mail = parseSection(mailSection, env);
  return {
    mailer: new SesMailer(ses, { sender: mail.sender, configurationSet: mail.configurationSet }),
    links: {
      publicUrl: mail.publicUrl,
      inboundDomain: mail.inboundDomain,
      keys: await loadTokenKeys(mail.hmac),
      senderAddress: addressOf(mail.sender),
    },
    postalAddress: mail.postalAddress,
    ...(mail.receiptsPerDay === undefined ? {} : { inboundLimits: { receiptsPerDay: mail.receiptsPerDay } }),
  };
}

function queuePart(env: Env) {
  return new SqsSendQueue(sqs, parseSection(queueSection, env).sendQueueUrl);
}

function rawMailPart(env: Env) {
  return new S3RawMailStore(s3, parseSection(rawMailSection, env).bucket, RAW_MAIL_PREFIX);
}

/**
 * Builds the dependencies of `parts` from an environment; `overrides` replace any part (tests, and
 * the local stack, which supplies the parts that have no AWS configuration there: see
 * `functions/local/local-parts.ts`). An overridden part is not built.
 */
export async function buildDeps(
  env: Env = process.env,
  overrides: Partial<Deps> = {},
  parts: readonly Part[] = ALL_PARTS,
): Promise<Deps> {
  const has = (part: Part) => parts.includes(part);
  return {
    ...(has('table')
      ? tableParts(env)
      : {
          store: unavailable('The table'),
          rateLimiter: unavailable('The table'),
          ledger: unavailable('The table'),
          dueIndex: unavailable('The table'),
          inboundLog: unavailable('The table'),
        }),
    ...(has('mail')
      ? await mailParts(env)
      : { mailer: unavailable('Sending mail'), links: unavailable('Signed links'), postalAddress: '' }),
    queue: overrides.queue ?? (has('queue') ? queuePart(env) : unavailable('The sends queue')),
    rawMail: overrides.rawMail ?? (has('rawMail') ? rawMailPart(env) : unavailable('The raw-mail store')),
    renderer: templateRenderer,
    ids: { subscriberId: () => newSubscriberId(randomBytes(10)) },
    clock: systemClock,
    // Only the receive function parses mail; it adds the parser itself, keeping it out of the others.
    readReply: async () => {
      throw new ConfigError('The reply parser is not part of this function');
    },
    ...overrides,
  };
}

const cached = new Map<string, Promise<Deps>>();
const supplied: Partial<Deps> = {};

/**
 * Supplies parts the environment cannot describe (the local stack's raw-mail directory and
 * in-process queue) to every `deps()` built from now on. Lambda never calls this.
 */
export function supplyParts(parts: Partial<Deps>): void {
  Object.assign(supplied, parts);
  cached.clear();
}

/**
 * The process-wide dependencies of `parts`, built once per cold start (a failed build is retried
 * on the next call). Entry points call this at module scope too, so bad configuration fails fast.
 */
export function deps(parts: readonly Part[] = ALL_PARTS): Promise<Deps> {
  const key = [...parts].sort().join(',');
  let built = cached.get(key);
  if (!built) {
    built = buildDeps(process.env, supplied, parts).catch((error: unknown) => {
      cached.delete(key);
      throw error;
    });
    cached.set(key, built);
  }
  return built;
}
