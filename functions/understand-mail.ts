/**
 * SQS entry point of the inbound queue: each inbound message as the intake (`receive-mail.ts`)
 * read it, understood (whom they thanked, any command: the parser's second stage) and acted on by
 * the inbound use case: logged, answered with a receipt through the mail queue, a command applied.
 * The batch's messages are handled side by side; a failed one (the table throttling, a message
 * being handled elsewhere, a body it cannot read) returns to the queue alone (partial batch
 * response), and one that keeps failing ends in the DLQ, with its raw mail still in S3.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { handedOnMail } from './core/inbound-message';
import type { ReadReply } from './core/ports';
import { understandWritten } from './core/reply/understand';
import { readReplyOf } from './core/reply-reader';
import { receiveMail } from './core/use-cases/receive-mail';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { outboxPart } from './runtime/parts/outbox';
import { rawMailDeletionsPart } from './runtime/parts/raw-mail-deletions';
import { memberTablePart } from './runtime/parts/table';
import { handleBatch, type RecordOutcome } from './runtime/sqs-batch';
import { count, countBy, logger } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['understand-mail'], {
  table: memberTablePart,
  links: linksPart,
  outbox: outboxPart,
  rawMailDeletions: rawMailDeletionsPart,
});
deps().catch(() => undefined);

/** The parser's second stage, counted: names it found. */
function understood(written: Parameters<typeof understandWritten>[0]): ReadReply {
  const reply = readReplyOf(understandWritten(written));
  count(METRIC.namesFound, reply.thanked.length);
  return reply;
}

async function understandRecord(record: SQSRecord): Promise<RecordOutcome> {
  const keys: Record<string, unknown> = { sqsMessageId: record.messageId };
  try {
    const { mail, written } = handedOnMail(record.body);
    keys.sesMessageId = mail.messageId;
    const reply = understood(written);
    const outcome = await receiveMail({ ...(await deps()), readReply: async () => reply }, mail);
    countBy(METRIC.inboundMail, 'outcome', outcome);
    if (outcome === 'logged') count(METRIC.receipts);
    logger.info('Inbound mail', { ...keys, outcome });
    return 'done';
  } catch (error) {
    count(METRIC.inboundFailures);
    logger.error('Inbound mail failed; it returns to the queue, then the DLQ keeps it', {
      ...keys,
      error: error as Error,
    });
    return 'failed';
  }
}

/** The handler's work (the local inbound queue hands its batches here too). */
export async function understandMailBatch(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  const { batchItemFailures } = await handleBatch(event, context, understandRecord);
  return { batchItemFailures };
}

export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  understandMailBatch(event, context);
