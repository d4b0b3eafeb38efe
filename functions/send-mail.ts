/**
 * SQS entry point: sends the transactional mail the web and inbound functions asked for (welcome,
 * confirmations, receipts, answers to commands, held-reply notices, a group's emails), the batch's
 * requests side by side. Its event source has its own maximum concurrency, a share of the SES rate
 * set apart from the prompts', so a morning's prompts never hold up a welcome. Failed records
 * return to the queue one by one (partial batch response); a poison record ends in the DLQ.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { mailRequestSchema } from './core/mail-request';
import { directOutbox, sendMail } from './core/use-cases/send-mail';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { mailPart } from './runtime/parts/mail';
import { tablePart } from './runtime/parts/table';
import { handleBatch, type RecordOutcome } from './runtime/sqs-batch';
import { count, countBy, logger, subscriberRef } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
// Mail a request brings about (a group's summary) is sent at once.
const deps = composition(
  FUNCTION_PARTS['send-mail'],
  { table: tablePart, links: linksPart, mail: mailPart },
  directOutbox,
);
deps().catch(() => undefined);

async function sendRecord(record: SQSRecord): Promise<RecordOutcome> {
  const keys: Record<string, unknown> = { sqsMessageId: record.messageId };
  try {
    const request = mailRequestSchema.parse(JSON.parse(record.body));
    Object.assign(
      keys,
      { kind: request.kind },
      'subscriberId' in request
        ? { subscriberRef: subscriberRef(request.subscriberId) }
        : { groupId: request.groupId },
    );
    const outcome = await sendMail(await deps(), request);
    if (outcome === 'sent') countBy(METRIC.mailSent, 'kind', request.kind);
    logger.info('Mail request', { ...keys, outcome });
    return outcome === 'sent' ? 'sent' : 'done';
  } catch (error) {
    count(METRIC.mailFailures);
    logger.error('Mail request failed; it returns to the queue', { ...keys, error: error as Error });
    return 'failed';
  }
}

/** The handler's work, with the number sent (the local mail queue reports it). */
export async function sendMailBatch(
  event: SQSEvent,
  context: Context | undefined,
): Promise<SQSBatchResponse & { sent: number }> {
  return handleBatch(event, context, sendRecord);
}

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  const { batchItemFailures } = await sendMailBatch(event, context);
  return { batchItemFailures };
};
