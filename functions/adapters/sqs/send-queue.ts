/**
 * SQS adapter for the sends queue: batches of ten (the SendMessageBatch maximum), several in
 * flight at once, failed entries retried, then reported.
 */
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SendJob, SendQueue } from '../../core/ports';

export class SqsSendQueue implements SendQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(jobs: SendJob[]): Promise<void> {
    const batches: SendJob[][] = [];
    for (let i = 0; i < jobs.length; i += 10) batches.push(jobs.slice(i, i + 10));
    await Promise.all(batches.map((batch) => this.sendBatch(batch)));
  }

  private async sendBatch(batch: SendJob[]): Promise<void> {
    let entries = batch.map(({ subscriberId, week, day }, n) => ({
      Id: String(n),
      MessageBody: JSON.stringify({ subscriberId, week, day }),
    }));
    for (let attempt = 0; entries.length > 0; attempt++) {
      const result = await this.client.send(
        new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
      );
      const failed = new Set((result.Failed ?? []).map((f) => f.Id));
      entries = entries.filter((e) => failed.has(e.Id));
      if (entries.length > 0 && attempt >= 3) throw new Error(`Could not queue ${entries.length} send jobs`);
    }
  }
}
