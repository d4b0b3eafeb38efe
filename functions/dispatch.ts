/**
 * Scheduled (EventBridge) entry point: queue everyone whose next email is due at the event's time,
 * and the organizers' summaries whose deadline passed.
 */
import type { Context, ScheduledEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { fixedClock } from './core/clock';
import { dispatchDue, dispatchSummaries } from './core/use-cases/dispatch';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { queuePart } from './runtime/parts/queue';
import { sendingTablePart } from './runtime/parts/table';
import { count, logger, observe } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS.dispatch, { table: sendingTablePart, queue: queuePart });
deps().catch(() => undefined);

const scheduledEvent = z.object({ id: z.optional(z.string()), time: z.iso.datetime() });

export const handler = async (
  event: ScheduledEvent,
  context?: Context,
): Promise<{ due: number; queued: number; summaries: number }> => {
  const { id, time } = scheduledEvent.parse(event);
  return observe(context, id ?? time, async () => {
    const pass = { ...(await deps()), clock: fixedClock(new Date(time)) };
    const [result, summaries] = await Promise.all([dispatchDue(pass), dispatchSummaries(pass)]);
    count(METRIC.promptsQueued, result.queued);
    logger.info('Dispatch pass', { time, ...result, summaries: summaries.queued });
    return { ...result, summaries: summaries.queued };
  });
};
