/**
 * Dispatch: the scheduled pass that finds whose email is due and queues it, once.
 *
 * Primary course:
 * 1. For each shard of the due index, read the subscribers due at or before now (a Query on the
 *    sparse index: the cost follows the number due, never the number of subscribers).
 * 2. Lease each one in the index (its entry moves to the end of the lease, conditionally, so of
 *    two overlapping passes exactly one queues it, and the next pass does not see it again).
 * 3. Queue one send job per leased subscriber, in parallel batches.
 * Sending moves the entry to the next day; a job lost on the way comes back when its lease ends.
 * Duplicates would still be harmless: the sender re-reads the subscriber and claims the day first.
 * The same pass queues the organizers' summaries whose deadline passed (`dispatchSummaries`).
 */
import type { Clock } from '../clock';
import type { DueIndex, GroupStore, SendJob, SendQueue } from '../ports';

export const DISPATCH_PAGE_SIZE = 100;

/**
 * Longer than a queued prompt waits at the peak (the capacity plan keeps that under 15 minutes),
 * so a later pass never queues it again; short enough that a lost message is retried soon.
 */
export const QUEUE_LEASE_SECONDS = 20 * 60;

export async function dispatchDue(deps: {
  dueIndex: DueIndex;
  /** Only the week's emails go from here (any `SendQueue` takes them). */
  queue: { enqueue(jobs: SendJob[]): Promise<void> };
  clock: Clock;
}): Promise<{ due: number; queued: number }> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + QUEUE_LEASE_SECONDS * 1000);
  let due = 0;
  let queued = 0;
  await Promise.all(
    Array.from({ length: deps.dueIndex.shards }, async (_, shard) => {
      let cursor: string | undefined;
      do {
        const page = await deps.dueIndex.page(shard, now, DISPATCH_PAGE_SIZE, cursor);
        const won = await Promise.all(page.jobs.map((job) => deps.dueIndex.lease(job, leaseUntil)));
        const jobs = page.jobs
          .filter((_, i) => won[i])
          .map(({ subscriberId, week, day }) => ({ subscriberId, week, day }));
        if (jobs.length > 0) await deps.queue.enqueue(jobs);
        due += page.jobs.length;
        queued += jobs.length;
        cursor = page.cursor;
      } while (cursor);
    }),
  );
  return { due, queued };
}

/**
 * The organizers' summaries whose deadline passed (see `summaryDeadline`), queued on the sends
 * queue like the week's emails: leased first, so of two overlapping passes one queues each, and
 * the send function claims the summary before sending, so it goes once whatever is queued twice.
 * A summary that went out earlier (after the last recap) took its group off the due ones already.
 */
export async function dispatchSummaries(deps: {
  groups: Pick<GroupStore, 'summariesDue' | 'leaseSummary'>;
  queue: SendQueue;
  clock: Clock;
}): Promise<{ queued: number }> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + QUEUE_LEASE_SECONDS * 1000);
  let queued = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.groups.summariesDue(now, DISPATCH_PAGE_SIZE, cursor);
    const won = await Promise.all(page.jobs.map((job) => deps.groups.leaseSummary(job, leaseUntil)));
    const jobs = page.jobs.filter((_, i) => won[i]).map(({ groupId }) => ({ groupId }));
    if (jobs.length > 0) await deps.queue.enqueue(jobs);
    queued += jobs.length;
    cursor = page.cursor;
  } while (cursor);
  return { queued };
}
