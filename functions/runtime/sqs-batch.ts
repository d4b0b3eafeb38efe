/**
 * The SQS side of the two send functions: a batch's records handled side by side, and the ones
 * that failed reported one by one (partial batch response), so only they return to the queue.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { observe } from './telemetry';

/** What became of one record: sent, finished without sending (stale, gone), or failed. */
export type RecordOutcome = 'sent' | 'done' | 'failed';

/** Handles every record of `event` on its own; answers the failures and how many were sent. */
export function handleBatch(
  event: SQSEvent,
  context: Context | undefined,
  handle: (record: SQSRecord) => Promise<RecordOutcome>,
): Promise<SQSBatchResponse & { sent: number }> {
  return handleRecords(event, context, (records) => Promise.all(records.map(handle)));
}

/** Handles the records of `event` together (`handleAll` answers each, in order); the same answer. */
export function handleRecords(
  event: SQSEvent,
  context: Context | undefined,
  handleAll: (records: SQSRecord[]) => Promise<RecordOutcome[]>,
): Promise<SQSBatchResponse & { sent: number }> {
  return observe(context, event.Records[0]?.messageId, async () => {
    const results = await handleAll(event.Records);
    return {
      batchItemFailures: event.Records.filter((_, i) => results[i] === 'failed').map((r) => ({
        itemIdentifier: r.messageId,
      })),
      sent: results.filter((r) => r === 'sent').length,
    };
  });
}
