/**
 * The parts that have no AWS configuration on this machine, supplied to the same composition root
 * the Lambdas use: raw inbound mail in a directory (the receipt rule writes it to S3 on AWS), an
 * in-process sends queue (SQS on AWS) that the scheduler pass drains, an in-process mail queue
 * that hands each request to the mail function's handler, an in-process raw-mail deletion queue
 * that hands each request to the receive function's handler, and an in-process inbound queue that
 * hands what the receive function read to the understand function's handler, as SQS does on AWS.
 */
import { DirectoryRawMailStore } from '../adapters/local/directory-raw-mail-store';
import {
  type DeliverBatch,
  InProcessInboundQueue,
  InProcessMailQueue,
  InProcessRawMailDeletions,
  InProcessSendQueue,
} from '../adapters/local/in-process-queue';
import type { Deps } from '../core/use-cases/deps';
import { buildDeps } from '../runtime/container';
import { logger } from '../runtime/telemetry';
import { LOCAL_ENV, LocalConfigError } from './local-env';
import { sqsEvent } from './sqs-event';

type Env = Record<string, string | undefined>;

/** The mail function's handler, loaded when first needed (after the local env is applied). */
const toMailFunction: DeliverBatch = async (batch) => {
  const { sendMailBatch } = await import('../send-mail');
  const { batchItemFailures } = await sendMailBatch(sqsEvent(batch, new Date(), 'mail'), undefined);
  return batchItemFailures.map((failure) => failure.itemIdentifier);
};

/** The receive function's handler for the deletion queue's batches, loaded when first needed. */
const toReceiveFunction: DeliverBatch = async (batch) => {
  const { deleteRawMailBatch } = await import('../receive-mail');
  const { batchItemFailures } = await deleteRawMailBatch(sqsEvent(batch, new Date(), 'raw-mail-deletions'));
  return batchItemFailures.map((failure) => failure.itemIdentifier);
};

/** The understand function's handler for the inbound queue's messages, loaded when first needed. */
const toUnderstandFunction: DeliverBatch = async (batch) => {
  const { understandMailBatch } = await import('../understand-mail');
  const { batchItemFailures } = await understandMailBatch(sqsEvent(batch, new Date(), 'inbound'));
  return batchItemFailures.map((failure) => failure.itemIdentifier);
};

export function localParts(env: Env = process.env): Pick<Deps, 'rawMail' | 'queue' | 'inboundQueue'> & {
  outbox: InProcessMailQueue;
  rawMailDeletions: InProcessRawMailDeletions;
} {
  const directory = env[LOCAL_ENV.rawMailDir];
  if (!directory) {
    throw new LocalConfigError(`${LOCAL_ENV.rawMailDir} is not set: apply the local environment first`);
  }
  return {
    rawMail: new DirectoryRawMailStore(directory),
    queue: new InProcessSendQueue(),
    inboundQueue: new InProcessInboundQueue(toUnderstandFunction),
    outbox: new InProcessMailQueue(toMailFunction, {
      onDeadLetter: (message) =>
        logger.error('A mail request failed five times and is dropped (a DLQ holds it on AWS)', {
          sqsMessageId: message.messageId,
          kind: (JSON.parse(message.body) as { kind?: unknown }).kind,
        }),
    }),
    rawMailDeletions: new InProcessRawMailDeletions(toReceiveFunction, {
      onDeadLetter: (message) =>
        logger.error('A raw-mail deletion failed five times and is dropped (a DLQ holds it on AWS)', {
          sqsMessageId: message.messageId,
        }),
    }),
  };
}

/** Every dependency, as the local stack's handlers get them. */
export function buildLocalDeps(env: Env = process.env, overrides: Partial<Deps> = {}): Promise<Deps> {
  return buildDeps(env, { ...localParts(env), ...overrides });
}
