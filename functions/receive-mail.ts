/**
 * SES receipt-rule entry point (Lambda action, Event invocation, after the S3 action stored the
 * raw MIME). A thrown error makes Lambda retry and then hands the event to the DLQ for redrive.
 *
 * It also drains the raw-mail deletion queue (an SQS event source): the message ids of someone who
 * deleted their data, whose raw mail it deletes, as the one function that holds the raw-mail store.
 * Failed records are reported one by one (partial batch response) and end in that queue's DLQ.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import type { ReplyReader } from './core/ports';
import { readReplyFromParser } from './core/reply-reader';
import { inboundMailFrom } from './core/ses-receipt';
import { receiveMail } from './core/use-cases/receive-mail';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { outboxPart } from './runtime/parts/outbox';
import { rawMailPart } from './runtime/parts/raw-mail';
import { tablePart } from './runtime/parts/table';
import { handleBatch, type RecordOutcome } from './runtime/sqs-batch';
import { count, countBy, logger, observe } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['receive-mail'], {
  table: tablePart,
  links: linksPart,
  outbox: outboxPart,
  rawMail: rawMailPart,
});
deps().catch(() => undefined);

/** The parser, counted: names it found, and messages it could not read. */
const readReply: ReplyReader = async (raw) => {
  try {
    const reply = await readReplyFromParser(raw);
    count(METRIC.namesFound, reply.thanked.length);
    return reply;
  } catch (error) {
    count(METRIC.parserErrors);
    throw error;
  }
};

const deletionRequest = z.object({ messageIds: z.array(z.string()) });

async function deleteRecord(record: SQSRecord): Promise<RecordOutcome> {
  try {
    const { messageIds } = deletionRequest.parse(JSON.parse(record.body));
    await (await deps()).rawMail.delete(messageIds);
    logger.info('Raw mail deleted', { sqsMessageId: record.messageId, messages: messageIds.length });
    return 'done';
  } catch (error) {
    logger.error('Raw-mail deletion failed; it returns to the queue', {
      sqsMessageId: record.messageId,
      error: error as Error,
    });
    return 'failed';
  }
}

/** A batch of the raw-mail deletion queue (the local queue hands its batches here too). */
export async function deleteRawMailBatch(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  const { batchItemFailures } = await handleBatch(event, context, deleteRecord);
  return { batchItemFailures };
}

/** An SQS batch (the deletion queue's); anything else is taken for an SES receipt event. */
function isSqsEvent(event: unknown): event is SQSEvent {
  const records = (event as { Records?: unknown } | null)?.Records;
  if (!Array.isArray(records) || records.length === 0) return false;
  return records.every((record: Partial<SQSRecord> | null) => {
    return (
      record?.eventSource === 'aws:sqs' &&
      typeof record.messageId === 'string' &&
      typeof record.body === 'string'
    );
  });
}

export const handler = async (event: unknown, context?: Context): Promise<SQSBatchResponse | undefined> => {
  if (isSqsEvent(event)) return deleteRawMailBatch(event, context);
  await receiveInbound(event, context);
  return undefined;
};

async function receiveInbound(event: unknown, context?: Context): Promise<void> {
  const mails = inboundMailFrom(event);
  await observe(context, mails[0]?.messageId, async () => {
    const d = { ...(await deps()), readReply };
    for (const mail of mails) {
      logger.appendKeys({ sesMessageId: mail.messageId });
      try {
        const outcome = await receiveMail(d, mail);
        countBy(METRIC.inboundMail, 'outcome', outcome);
        if (outcome === 'logged') count(METRIC.receipts);
        logger.info('Inbound mail', { outcome });
      } catch (error) {
        logger.error('Inbound mail failed; Lambda retries it, then the DLQ keeps it', error as Error);
        throw error;
      }
    }
  });
}
