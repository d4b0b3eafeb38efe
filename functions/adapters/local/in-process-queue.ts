/**
 * The sends queue of the local stack: jobs wait in memory until the scheduler drains them through
 * the same send use case the SQS-triggered function runs.
 */
import type { SendJob, SendQueue } from '../../core/ports';

export class InProcessSendQueue implements SendQueue {
  private jobs: SendJob[] = [];

  async enqueue(jobs: SendJob[]): Promise<void> {
    this.jobs.push(...jobs);
  }

  /** Takes every waiting job. */
  take(): SendJob[] {
    const taken = this.jobs;
    this.jobs = [];
    return taken;
  }
}
