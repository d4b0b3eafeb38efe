/**
 * SQS entry point: sends each queued email of the week. Failed records are reported one by one
 * (partial batch response), so only they return to the queue; a poison record ends in the DLQ.
 */
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { sendJobSchema } from './core/send-job';
import { RECAP_DAY } from './core/subscriber';
import { sendDue } from './core/use-cases/send-due';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { mailPart } from './runtime/parts/mail';
import { tablePart } from './runtime/parts/table';
import { count, logger, observe, subscriberRef } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['send-prompt'], { table: tablePart, mail: mailPart });
deps().catch(() => undefined);

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> =>
  observe(context, event.Records[0]?.messageId, async () => {
    const d = await deps();
    const failures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      // Each line names the queued message (its id is logged by the pass that queued it too).
      logger.appendKeys({ sqsMessageId: record.messageId });
      try {
        const job = sendJobSchema.parse(JSON.parse(record.body));
        logger.appendKeys({ subscriberRef: subscriberRef(job.subscriberId), day: job.day });
        const outcome = await sendDue(d, job);
        if (outcome === 'sent') count(job.day === RECAP_DAY ? METRIC.recapsSent : METRIC.promptsSent);
        logger.info('Send job', { outcome });
      } catch (error) {
        count(METRIC.sendFailures);
        logger.error('Send job failed; it returns to the queue', error as Error);
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  });
