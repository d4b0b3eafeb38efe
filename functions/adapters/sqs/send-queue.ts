/** SQS adapter for the sends queue: batches of ten, failed entries retried, then reported. */
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SendJob, SendQueue } from '../../core/ports';

export class SqsSendQueue implements SendQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(jobs: SendJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 10) {
      let entries = jobs
        .slice(i, i + 10)
        .map((job, n) => ({ Id: String(n), MessageBody: JSON.stringify(job) }));
      for (let attempt = 0; entries.length > 0; attempt++) {
        const result = await this.client.send(
          new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
        );
        const failed = new Set((result.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
        if (entries.length > 0 && attempt >= 3)
          throw new Error(`Could not queue ${entries.length} send jobs`);
      }
    }
  }
}
