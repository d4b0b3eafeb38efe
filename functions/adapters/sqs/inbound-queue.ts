/**
 * SQS adapter for the inbound queue: one message per inbound message, its body what the intake
 * read (`handOn`, at most `MAX_HANDED_ON_BYTES`). A failure propagates, so the receipt-rule
 * invocation fails and Lambda retries it (then its DLQ keeps the event): never dropped quietly.
 */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { InboundQueue } from '../../core/ports';

export class SqsInboundQueue implements InboundQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async post(body: string): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }));
  }
}
