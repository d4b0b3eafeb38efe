/**
 * SQS entry point: sends the queued emails of the week (and the organizers' summaries whose
 * deadline passed). The batch's emails go through each step together (one read, one claim write,
 * one sent write for all of them when nothing is contended) and are sent side by side: the SQS
 * event source's maximum concurrency times the batch size bounds the sends in flight, sized to the
 * SES rate. Failed records are reported one by one (partial batch response), so only they return
 * to the queue; a poison record ends in the DLQ.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { SendJob } from './core/ports';
import { parseQueuedJob } from './core/send-job';
import { summarizeAtDeadline } from './core/use-cases/groups';
import { type SendResults, sendDueAll } from './core/use-cases/send-due';
import { directOutbox } from './core/use-cases/send-mail';
import { RECAP_DAY, RECONNECT_DAY } from './core/week';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { mailPart } from './runtime/parts/mail';
import { sendingTablePart } from './runtime/parts/table';
import { handleRecords, type RecordOutcome } from './runtime/sqs-batch';
import { count, logger, subscriberRef } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
// The group summary a recap completes is sent at once (this function has no mail queue).
const deps = composition(
  FUNCTION_PARTS['send-prompt'],
  { table: sendingTablePart, links: linksPart, mail: mailPart },
  directOutbox,
);
deps().catch(() => undefined);

function sentMetric(day: number) {
  if (day === RECAP_DAY) return METRIC.recapsSent;
  return day === RECONNECT_DAY ? METRIC.reconnectsSent : METRIC.promptsSent;
}

/** The log line's keys for a record: the queued message, so one prompt's path reads dispatch -> send. */
function keysOf(record: SQSRecord, job?: SendJob): Record<string, unknown> {
  const keys: Record<string, unknown> = { sqsMessageId: record.messageId };
  if (job)
    Object.assign(keys, { subscriberRef: subscriberRef(job.subscriberId), week: job.week, day: job.day });
  return keys;
}

function failed(keys: Record<string, unknown>, error: unknown): RecordOutcome {
  count(METRIC.sendFailures);
  logger.error('Send job failed; it returns to the queue', { ...keys, error: error as Error });
  return 'failed';
}

/** The batch's emails of the week go through each step together; summaries one by one. */
async function sendRecords(records: SQSRecord[]): Promise<RecordOutcome[]> {
  const outcomes: RecordOutcome[] = [];
  const sends: { at: number; record: SQSRecord; job: SendJob }[] = [];
  await Promise.all(
    records.map(async (record, at) => {
      try {
        const job = parseQueuedJob(JSON.parse(record.body));
        if (!('groupId' in job)) return sends.push({ at, record, job });
        // Not counted in `sent` (the week's emails): it goes through the mail requests, as after a recap.
        const outcome = await summarizeAtDeadline(await deps(), job);
        logger.info('Summary job', { ...keysOf(record), outcome });
        outcomes[at] = 'done';
      } catch (error) {
        outcomes[at] = failed(keysOf(record), error);
      }
    }),
  );
  if (sends.length === 0) return outcomes;
  const results = await deps()
    .then((d) =>
      sendDueAll(
        d,
        sends.map((s) => s.job),
      ),
    )
    .catch((error: unknown): SendResults => sends.map(() => ({ status: 'rejected', reason: error })));
  sends.forEach(({ at, record, job }, n) => {
    const result = results[n] as SendResults[number];
    const keys = keysOf(record, job);
    if (result.status === 'rejected') {
      outcomes[at] = failed(keys, result.reason);
      return;
    }
    if (result.value === 'sent') count(sentMetric(job.day));
    logger.info('Send job', { ...keys, outcome: result.value });
    outcomes[at] = result.value === 'sent' ? 'sent' : 'done';
  });
  return outcomes;
}

/** The handler's work, with the number sent (the local scheduler reports it). */
export async function sendBatch(
  event: SQSEvent,
  context: Context | undefined,
): Promise<SQSBatchResponse & { sent: number }> {
  return handleRecords(event, context, sendRecords);
}

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  const { batchItemFailures } = await sendBatch(event, context);
  return { batchItemFailures };
};
