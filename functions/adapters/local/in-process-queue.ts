/**
 * The queues of the local stack, with the semantics of SQS that matter here: each message has an
 * id, a batch is handed to a function, a message it reports as failed (partial batch response)
 * stays for a later delivery, and after `maxReceives` attempts it goes to the dead letters.
 */
import { randomUUID } from 'node:crypto';
import type { MailRequest, Outbox } from '../../core/mail-request';
import type { InboundQueue, QueuedJob, RawMailDeletions, SendQueue } from '../../core/ports';
import { queuedJobBody } from '../../core/queued-job';
import { IDS_PER_MESSAGE } from '../sqs/raw-mail-deletions';

export interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
}

export class InProcessQueue {
  protected messages: QueuedMessage[] = [];
  readonly deadLetters: QueuedMessage[] = [];

  constructor(private readonly maxReceives = 5) {}

  protected push(body: string): void {
    this.messages.push({ messageId: randomUUID(), body, receiveCount: 0 });
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
    this.messages.push(...this.failedOf(batch, failedIds));
  }

  /** The failed messages of a batch that may be tried again; the rest go to the dead letters. */
  protected failedOf(batch: QueuedMessage[], failedIds: readonly string[]): QueuedMessage[] {
    const failed = new Set(failedIds);
    const again: QueuedMessage[] = [];
    for (const message of batch) {
      if (!failed.has(message.messageId)) continue;
      if (message.receiveCount >= this.maxReceives) this.deadLetters.push(message);
      else again.push(message);
    }
    return again;
  }
}

/** The sends queue: the dispatch pass fills it and the same pass drains it (`scheduler-pass.ts`). */
export class InProcessSendQueue extends InProcessQueue implements SendQueue {
  async enqueue(jobs: QueuedJob[]): Promise<void> {
    for (const job of jobs) this.push(queuedJobBody(job));
  }

  /** Takes every waiting job (tests that look at what a pass queued). */
  take(): QueuedJob[] {
    const taken = this.messages;
    this.messages = [];
    return taken.map((m) => JSON.parse(m.body) as QueuedJob);
  }
}

/** Hands a batch to a function; answers the ids of the messages that failed. */
export type DeliverBatch = (batch: QueuedMessage[]) => Promise<readonly string[]>;

/**
 * A queue a function drains (the mail queue, the raw-mail deletion queue): every message is handed
 * to the function as soon as the caller's turn ends (SQS polls continuously); failures are
 * delivered again after `retryDelayMs`, doubled at each attempt, as SQS does after the visibility
 * timeout; one that keeps failing is reported to `onDeadLetter` and kept in `deadLetters`.
 */
export class InProcessDrainedQueue extends InProcessQueue {
  private draining: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly deliver: DeliverBatch,
    private readonly options: {
      retryDelayMs?: number;
      batchSize?: number;
      maxReceives?: number;
      onDeadLetter?: (message: QueuedMessage) => void;
    } = {},
  ) {
    super(options.maxReceives);
  }

  protected postBody(body: string): void {
    this.push(body);
    this.drainSoon(0);
  }

  /** Waits until every request posted so far has been handed over once (retries may remain). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private drainSoon(delayMs: number): void {
    if (this.draining) return;
    if (delayMs === 0) {
      this.draining = this.drain();
      return;
    }
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.drainSoon(0), delayMs);
    // A retry must not keep a finished command or test alive; the stack's servers keep it running.
    this.retry.unref();
  }

  private async drain(): Promise<void> {
    // Let the caller finish its turn first, as a real queue would.
    await new Promise((resolve) => setImmediate(resolve));
    const later: QueuedMessage[] = [];
    try {
      // Requests posted while a batch is out are taken in the next round.
      while (this.messages.length > 0) {
        for (const batch of this.receiveAll(this.options.batchSize ?? 10)) {
          let failures: readonly string[];
          try {
            failures = await this.deliver(batch);
          } catch {
            failures = batch.map((m) => m.messageId);
          }
          const dead = this.deadLetters.length;
          later.push(...this.failedOf(batch, failures));
          for (const message of this.deadLetters.slice(dead)) this.options.onDeadLetter?.(message);
        }
      }
    } finally {
      this.messages.push(...later);
      this.draining = undefined;
    }
    if (this.messages.length > 0) {
      const attempts = Math.max(...this.messages.map((m) => m.receiveCount));
      this.drainSoon((this.options.retryDelayMs ?? 2_000) * 2 ** Math.max(0, attempts - 1));
    }
  }
}

/** The mail queue: each request to the mail function's handler. */
export class InProcessMailQueue extends InProcessDrainedQueue implements Outbox {
  async post(request: MailRequest): Promise<void> {
    this.postBody(JSON.stringify(request));
  }
}

/** The raw-mail deletion queue: message ids to the receive function's handler, as on AWS. */
export class InProcessRawMailDeletions extends InProcessDrainedQueue implements RawMailDeletions {
  async request(messageIds: readonly string[]): Promise<void> {
    for (let i = 0; i < messageIds.length; i += IDS_PER_MESSAGE) {
      this.postBody(JSON.stringify({ messageIds: messageIds.slice(i, i + IDS_PER_MESSAGE) }));
    }
  }
}

/**
 * The inbound queue: each message the intake hands on goes to the understand function's handler at
 * once, in a batch of its own. A failure is thrown back to the intake, so the local SMTP server
 * keeps the message and hands it over again on the next scheduler pass, where on AWS the queue
 * would deliver it again after its visibility timeout: retried either way, never dropped.
 */
export class InProcessInboundQueue implements InboundQueue {
  constructor(private readonly deliver: DeliverBatch) {}

  async post(body: string): Promise<void> {
    const message = { messageId: randomUUID(), body, receiveCount: 1 };
    const failed = await this.deliver([message]);
    if (failed.length > 0)
      throw new Error(`The understand function failed on inbound message ${message.messageId}`);
  }
}
