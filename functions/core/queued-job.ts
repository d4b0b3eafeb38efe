/**
 * The message body of a job on the sends queue: its own fields and nothing else (`send-job.ts`
 * reads it back). Apart from the schema, so the dispatcher that writes jobs carries no validation.
 */
import type { QueuedJob } from './ports';

export function queuedJobBody(job: QueuedJob): string {
  if ('groupId' in job) return JSON.stringify({ groupId: job.groupId });
  const { subscriberId, week, day } = job;
  return JSON.stringify({ subscriberId, week, day });
}
