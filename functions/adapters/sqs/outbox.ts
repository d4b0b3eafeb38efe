/**
 * SQS adapter for the mail queue: one message per request, its body the request as JSON. A
 * failure propagates (the caller answers 503, or the inbound message is retried), so a request is
 * never dropped quietly.
 */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { MailRequest, Outbox } from '../../core/mail-request';

export class SqsOutbox implements Outbox {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async post(request: MailRequest): Promise<void> {
    await this.client.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(request) }),
    );
  }
}
