/**
 * The sends queue of the local stack, with the semantics of SQS that matter here: each message has
 * an id, a batch is handed to the send function, a message it reports as failed (partial batch
 * response) stays for the next drain, and after `maxReceives` attempts it goes to the dead letters.
 */
import { randomUUID } from 'node:crypto';
import type { SendJob, SendQueue } from '../../core/ports';

export interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
}

export class InProcessSendQueue implements SendQueue {
  private messages: QueuedMessage[] = [];
  readonly deadLetters: QueuedMessage[] = [];

  constructor(private readonly maxReceives = 5) {}

  async enqueue(jobs: SendJob[]): Promise<void> {
    for (const job of jobs) {
      const { subscriberId, week, day } = job;
      this.messages.push({
        messageId: randomUUID(),
        body: JSON.stringify({ subscriberId, week, day }),
        receiveCount: 0,
      });
    }
  }

  get size(): number {
    return this.messages.length;
  }

  /** Hands out every waiting message once, in batches of `batchSize` (as SQS polls). */
  receiveAll(batchSize: number): QueuedMessage[][] {
    const taken = this.messages;
    this.messages = [];
    const batches: QueuedMessage[][] = [];
    for (let i = 0; i < taken.length; i += batchSize) {
      const batch = taken.slice(i, i + batchSize).map((m) => ({ ...m, receiveCount: m.receiveCount + 1 }));
      batches.push(batch);
    }
    return batches;
  }

  /** The function's answer for a batch: failed messages return (or go to the dead letters). */
  settle(batch: QueuedMessage[], failedIds: readonly string[]): void {
    const failed = new Set(failedIds);
    for (const message of batch) {
      if (!failed.has(message.messageId)) continue;
      if (message.receiveCount >= this.maxReceives) this.deadLetters.push(message);
      else this.messages.push(message);
    }
  }

  /** Takes every waiting job (tests that look at what a pass queued). */
  take(): SendJob[] {
    const taken = this.messages;
    this.messages = [];
    return taken.map((m) => JSON.parse(m.body) as SendJob);
  }
}
