/**
 * One scheduler pass on this machine, through the deployed code paths: the dispatch handler gets
 * the EventBridge scheduled event for instant `at`, then the send handler drains the queue in
 * SQS-shaped batches of ten; messages it reports as failed stay queued for the next pass, as SQS
 * would redeliver them. The local stack runs this every minute and `gratitude tick --at` at any
 * instant; times recorded by the pass are `at`.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { InProcessMailQueue, InProcessSendQueue } from '../adapters/local/in-process-queue';
import { fixedClock } from '../core/clock';
import type { Deps } from '../core/use-cases/deps';
import { handler as dispatchHandler } from '../dispatch';
import { withSuppliedParts } from '../runtime/compose';
import { sendBatch } from '../send-prompt';
import { sqsEvent } from './sqs-event';

/** SQS hands a Lambda at most this many messages at once (the stack's batch size). */
export const SEND_BATCH_SIZE = 10;

export function scheduledEvent(at: Date): ScheduledEvent {
  return {
    version: '0',
    id: `local-${at.getTime()}`,
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: 'local',
    resources: ['arn:aws:events:local:000000000000:rule/gratitude-dispatch'],
    detail: {},
  };
}

export async function schedulerPass(
  base: Deps,
  at: Date,
): Promise<{ due: number; sent: number; failed: number }> {
  const queue = base.queue instanceof InProcessSendQueue ? base.queue : new InProcessSendQueue();
  // The handlers compose these parts; the clock is the pass's instant, as for `tick --at`.
  return withSuppliedParts({ ...base, clock: fixedClock(at), queue }, async () => {
    const { due } = await dispatchHandler(scheduledEvent(at));
    let sent = 0;
    let failed = 0;
    for (const batch of queue.receiveAll(SEND_BATCH_SIZE)) {
      const result = await sendBatch(sqsEvent(batch, at, 'sends'), undefined);
      sent += result.sent;
      failed += result.batchItemFailures.length;
      queue.settle(
        batch,
        result.batchItemFailures.map((f) => f.itemIdentifier),
      );
    }
    // The mail a pass asked for (a group's summary after the last recap) goes out with it.
    if (base.outbox instanceof InProcessMailQueue) await base.outbox.settled();
    return { due, sent, failed };
  });
}
