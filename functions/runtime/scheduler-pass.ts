/**
 * One whole scheduler pass with an in-process queue: dispatch, then send every queued job. The
 * local stack runs this every minute and `gratitude tick --at` runs it at any instant; on AWS the
 * same two use cases run as the dispatch function and the SQS-triggered send function.
 */
import { InProcessSendQueue } from '../adapters/local/in-process-queue';
import { fixedClock } from '../core/clock';
import type { Deps } from '../core/use-cases/deps';
import { dispatchDue } from '../core/use-cases/dispatch';
import { sendDue } from '../core/use-cases/send-due';

export async function schedulerPass(
  base: Deps,
  at: Date,
): Promise<{ due: number; sent: number; failed: number }> {
  const queue = new InProcessSendQueue();
  const deps: Deps = { ...base, clock: fixedClock(at), queue };
  const { due } = await dispatchDue(deps);
  let sent = 0;
  let failed = 0;
  for (const job of queue.take()) {
    try {
      if ((await sendDue(deps, job)) === 'sent') sent++;
    } catch (error) {
      // The claim was released: the job is still due and the next pass tries again.
      failed++;
      console.error(
        JSON.stringify({ level: 'WARN', message: 'Send failed; will retry', job, error: String(error) }),
      );
    }
  }
  return { due, sent, failed };
}
