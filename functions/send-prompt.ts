/**
 * SQS entry point: sends each queued email of the week. Failed records are reported one by one
 * (partial batch response), so only they return to the queue; a poison record ends in the DLQ.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { sendJobSchema } from './core/send-job';
import { sendDue } from './core/use-cases/send-due';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { mailPart } from './runtime/parts/mail';
import { tablePart } from './runtime/parts/table';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['send-prompt'], { table: tablePart, mail: mailPart });
deps().catch(() => undefined);

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const d = await deps();
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const outcome = await sendDue(d, sendJobSchema.parse(JSON.parse(record.body)));
      console.log(
        JSON.stringify({ level: 'INFO', message: 'Send job', messageId: record.messageId, outcome }),
      );
    } catch (error) {
      console.error(
        JSON.stringify({
          level: 'ERROR',
          message: 'Send job failed',
          messageId: record.messageId,
          error: String(error),
        }),
      );
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
