/** Scheduled (EventBridge) entry point: queue everyone whose next email is due at the event's time. */
import type { ScheduledEvent } from 'aws-lambda';
import { z } from 'zod';
import { fixedClock } from './core/clock';
import { dispatchDue } from './core/use-cases/dispatch';
import { deps } from './runtime/container';
import { FUNCTION_PARTS } from './runtime/parts';

const PARTS = FUNCTION_PARTS.dispatch;
// Built at cold start so that bad configuration fails fast; a failure is retried per invocation.
deps(PARTS).catch(() => undefined);

const scheduledEvent = z.object({ time: z.iso.datetime() });

export const handler = async (event: ScheduledEvent): Promise<{ due: number }> => {
  const { time } = scheduledEvent.parse(event);
  const result = await dispatchDue({ ...(await deps(PARTS)), clock: fixedClock(new Date(time)) });
  console.log(JSON.stringify({ level: 'INFO', message: 'Dispatch pass', time, ...result }));
  return result;
};
