/**
 * The composition root: SDK clients at module scope (reused while the Lambda stays warm), adapters
 * built from parsed configuration, and the use-case dependencies assembled once per cold start.
 * Tests and the local stack use the same path, pointed at local endpoints by the standard
 * `AWS_ENDPOINT_URL_*` variables the SDK reads.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoRateLimiter } from '../adapters/dynamodb/rate-limiter';
import { DynamoDueIndex, DynamoSendLedger } from '../adapters/dynamodb/send-ledger';
import { InProcessSendQueue } from '../adapters/in-process-queue';
import { SqsSendQueue } from '../adapters/sqs/send-queue';
import { DynamoSubscriberStore } from '../adapters/dynamodb/subscriber-store';
import { SesMailer } from '../adapters/ses/mailer';
import { templateRenderer } from '../adapters/templates/renderer';
import { systemClock } from '../core/clock';
import { newSubscriberId } from '../core/tokens';
import type { Deps } from '../core/use-cases/deps';
import { type MailConfig, mailSection, parseSection, parseTokenKeys, queueSection, tableSection } from './config';

const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});
const ses = new SESv2Client({});
const sqs = new SQSClient({});

async function loadTokenKeys(hmac: MailConfig['hmac']) {
  if (hmac.kind === 'inline') return parseTokenKeys(hmac.json as string);
  const secret = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: hmac.arn }));
  return parseTokenKeys(secret.SecretString ?? '');
}

/** Builds the dependencies from an environment; `overrides` replace any part (tests). */
export async function buildDeps(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Deps> = {},
): Promise<Deps> {
  const table = parseSection(tableSection, env);
  const mail = parseSection(mailSection, env);
  const { sendQueueUrl } = parseSection(queueSection, env);
  const tableSettings = { client: dynamo, tableName: table.tableName, dueShards: table.dueShards };
  return {
    store: new DynamoSubscriberStore(tableSettings),
    rateLimiter: new DynamoRateLimiter(tableSettings),
    mailer: new SesMailer(ses, { sender: mail.sender, configurationSet: mail.configurationSet }),
    renderer: templateRenderer,
    ids: { subscriberId: () => newSubscriberId(randomBytes(10)) },
    clock: systemClock,
    links: { publicUrl: mail.publicUrl, inboundDomain: mail.inboundDomain, keys: await loadTokenKeys(mail.hmac) },
    postalAddress: mail.postalAddress,
    ledger: new DynamoSendLedger(tableSettings),
    dueIndex: new DynamoDueIndex(tableSettings),
    // Without a queue URL (the local stack) jobs wait in memory and are drained in-process.
    queue: sendQueueUrl ? new SqsSendQueue(sqs, sendQueueUrl) : new InProcessSendQueue(),
    ...overrides,
  };
}

let cached: Promise<Deps> | undefined;

/** The process-wide dependencies, built on first use (a failed build is retried next time). */
export function deps(): Promise<Deps> {
  cached ??= buildDeps().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
