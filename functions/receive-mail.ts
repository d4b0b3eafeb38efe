/**
 * SES receipt-rule entry point (Lambda action, Event invocation, after the S3 action stored the
 * raw MIME): the intake. It reads the raw message, reads what the sender wrote in it (the parser's
 * first stage) and hands that on through the inbound queue to the understand function. A thrown
 * error (S3 or SQS unreachable or throttling, the raw message missing) makes Lambda retry and then
 * hands the event to the DLQ for redrive: nothing received is dropped.
 *
 * It also drains the raw-mail deletion queue (an SQS event source): the message ids of someone who
 * deleted their data, and of mail for someone already gone, whose raw mail it deletes, as the one
 * function that holds the raw-mail store. Failed records are reported one by one (partial batch
 * response) and end in that queue's DLQ.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { inboundMailFrom } from './core/ses-receipt';
import { takeInMail } from './core/use-cases/take-in-mail';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { inboundQueuePart } from './runtime/parts/inbound-queue';
import { rawMailPart } from './runtime/parts/raw-mail';
import { handleBatch, type RecordOutcome } from './runtime/sqs-batch';
import { count, logger, observe } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['receive-mail'], {
  rawMail: rawMailPart,
  inboundQueue: inboundQueuePart,
});
deps().catch(() => undefined);

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
  await takeIn(event, context);
  return undefined;
};

async function takeIn(event: unknown, context?: Context): Promise<void> {
  const mails = inboundMailFrom(event);
  await observe(context, mails[0]?.messageId, async () => {
    const d = await deps();
    for (const mail of mails) {
      logger.appendKeys({ sesMessageId: mail.messageId });
      try {
        const { bytes, autoReply } = await takeInMail(d, mail);
        count(METRIC.mailTakenIn);
        logger.info('Inbound mail taken in', { bytes, autoReply });
      } catch (error) {
        logger.error('Inbound mail not taken in; Lambda retries it, then the DLQ keeps it', error as Error);
        throw error;
      }
    }
  });
}
