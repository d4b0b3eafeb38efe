/** The shape of a job on the sends queue, validated wherever one is read (written by `queuedJobBody`). */
import * as z from 'zod/mini';
import type { QueuedJob } from './ports';
import { RECONNECT_DAY } from './week';

/** An email of someone's week: a prompt, the recap or the reconnect. */
export const sendJobSchema = z.object({
  subscriberId: z.string().check(z.regex(/^[a-z2-7]{16}$/)),
  week: z.int().check(z.minimum(1)),
  day: z.int().check(z.minimum(1), z.maximum(RECONNECT_DAY)),
});

/** A group whose summary deadline passed: its organizer's summary, unless it went out already. */
export const summaryJobSchema = z.object({ groupId: z.string().check(z.minLength(1), z.maxLength(64)) });

/** A job as read from the queue: a summary job names a group, any other is an email of a week. */
export function parseQueuedJob(body: unknown): QueuedJob {
  return typeof body === 'object' && body !== null && 'groupId' in body
    ? summaryJobSchema.parse(body)
    : sendJobSchema.parse(body);
}
