/**
 * SQS entry point: sends the queued emails of the week (and the organizers' summaries whose
 * deadline passed), the batch's messages side by side (the SQS event source's maximum concurrency
 * times the batch size bounds the sends in flight, sized to the SES rate). Failed records are reported one by one (partial batch response), so only they
 * return to the queue; a poison record ends in the DLQ.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseQueuedJob } from './core/send-job';
import { summarizeAtDeadline } from './core/use-cases/groups';
import { sendDue } from './core/use-cases/send-due';
import { directOutbox } from './core/use-cases/send-mail';
import { RECAP_DAY, RECONNECT_DAY } from './core/week';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { mailPart } from './runtime/parts/mail';
import { tablePart } from './runtime/parts/table';
import { handleBatch, type RecordOutcome } from './runtime/sqs-batch';
import { count, logger, subscriberRef } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
// The group summary a recap completes is sent at once (this function has no mail queue).
const deps = composition(
  FUNCTION_PARTS['send-prompt'],
  { table: tablePart, links: linksPart, mail: mailPart },
  directOutbox,
);
deps().catch(() => undefined);

function sentMetric(day: number) {
  if (day === RECAP_DAY) return METRIC.recapsSent;
  return day === RECONNECT_DAY ? METRIC.reconnectsSent : METRIC.promptsSent;
}

async function sendRecord(record: SQSRecord): Promise<RecordOutcome> {
  // Each line names the queued message, so one prompt's path reads dispatch -> send.
  const keys: Record<string, unknown> = { sqsMessageId: record.messageId };
  try {
    const job = parseQueuedJob(JSON.parse(record.body));
    if ('groupId' in job) {
      // Not counted in `sent` (the week's emails): it goes through the mail requests, as after a recap.
      const outcome = await summarizeAtDeadline(await deps(), job);
      logger.info('Summary job', { ...keys, outcome });
      return 'done';
    }
    Object.assign(keys, { subscriberRef: subscriberRef(job.subscriberId), week: job.week, day: job.day });
    const outcome = await sendDue(await deps(), job);
    if (outcome === 'sent') count(sentMetric(job.day));
    logger.info('Send job', { ...keys, outcome });
    return outcome === 'sent' ? 'sent' : 'done';
  } catch (error) {
    count(METRIC.sendFailures);
    logger.error('Send job failed; it returns to the queue', { ...keys, error: error as Error });
    return 'failed';
  }
}

/** The handler's work, with the number sent (the local scheduler reports it). */
export async function sendBatch(
  event: SQSEvent,
  context: Context | undefined,
): Promise<SQSBatchResponse & { sent: number }> {
  return handleBatch(event, context, sendRecord);
}

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  const { batchItemFailures } = await sendBatch(event, context);
  return { batchItemFailures };
};
