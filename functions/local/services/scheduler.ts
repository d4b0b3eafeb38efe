/** The scheduler loop standing in for the EventBridge schedule. */
import { consoleLogger, type Logger, once } from './common';

export interface SchedulerOptions {
  /** Time between the starts of two passes (a minute in `npm start`). */
  intervalMs: number;
  pass: (at: Date) => Promise<unknown>;
  /** Run the first pass right away (catching up after downtime) instead of after one interval. */
  immediate?: boolean;
  now?: () => Date;
  logger?: Logger;
}

export interface Scheduler {
  /** Stops the loop and waits for a pass in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` every `intervalMs`, never two at once: the next pass is timed from the start of the
 * previous one and, if a pass overruns, starts when it ends. A failed pass is logged and the
 * loop goes on, as the next EventBridge invocation would.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { intervalMs, pass, immediate = false, now = () => new Date(), logger = consoleLogger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(run, Math.max(0, delayMs));
    // The servers keep `npm start` alive; the loop alone must not.
    timer.unref();
  };
  const run = () => {
    const startedAt = performance.now();
    running = (async () => {
      try {
        await pass(now());
      } catch (error) {
        logger.error('[scheduler] pass failed', error);
      }
    })().finally(() => {
      running = undefined;
      schedule(intervalMs - (performance.now() - startedAt));
    });
  };
  schedule(immediate ? 0 : intervalMs);

  return {
    stop: once(async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    }),
  };
}
