/**
 * SQS adapter for the sends queue: batches of ten (the SendMessageBatch maximum), several in
 * flight at once, failed entries retried, then reported.
 */
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueuedJob, SendQueue } from '../../core/ports';
import { queuedJobBody } from '../../core/queued-job';

export class SqsSendQueue implements SendQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(jobs: QueuedJob[]): Promise<void> {
    const batches: QueuedJob[][] = [];
    for (let i = 0; i < jobs.length; i += 10) batches.push(jobs.slice(i, i + 10));
    await Promise.all(batches.map((batch) => this.sendBatch(batch)));
  }

  private async sendBatch(batch: QueuedJob[]): Promise<void> {
    let entries = batch.map((job, n) => ({ Id: String(n), MessageBody: queuedJobBody(job) }));
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
