/**
 * Dispatch: the scheduled pass that finds whose email is due and queues it.
 *
 * Primary course:
 * 1. For each shard of the due index, read the subscribers due at or before now (a Query on the
 *    sparse index: the cost follows the number due, never the number of subscribers).
 * 2. Queue one send job per due subscriber.
 * Duplicates are harmless here: the sender re-reads the subscriber and claims the day first.
 */
import type { Clock } from '../clock';
import type { DueIndex, SendJob, SendQueue } from '../ports';

export const DISPATCH_PAGE_SIZE = 100;

export async function dispatchDue(deps: {
  dueIndex: DueIndex;
  queue: SendQueue;
  clock: Clock;
}): Promise<{ due: number }> {
  const now = deps.clock.now();
  let due = 0;
  await Promise.all(
    Array.from({ length: deps.dueIndex.shards }, async (_, shard) => {
      let cursor: string | undefined;
      do {
        const page = await deps.dueIndex.page(shard, now, DISPATCH_PAGE_SIZE, cursor);
        const jobs: SendJob[] = page.jobs;
        if (jobs.length > 0) await deps.queue.enqueue(jobs);
        due += jobs.length;
        cursor = page.cursor;
      } while (cursor);
    }),
  );
  return { due };
}
