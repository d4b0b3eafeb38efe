/**
 * SQS adapter for the raw-mail deletion queue: the message ids in messages of at most
 * `IDS_PER_MESSAGE`, each `{"messageIds": [...]}`, for the receive function to delete. A failure
 * propagates (the person's page answers 503 and they can ask again), so no deletion is dropped.
 */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { RawMailDeletions } from '../../core/ports';

/** SES message ids are about 60 characters: 500 of them stay far below SQS's message size limit. */
export const IDS_PER_MESSAGE = 500;

export class SqsRawMailDeletions implements RawMailDeletions {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async request(messageIds: readonly string[]): Promise<void> {
    for (let i = 0; i < messageIds.length; i += IDS_PER_MESSAGE) {
      const body = JSON.stringify({ messageIds: messageIds.slice(i, i + IDS_PER_MESSAGE) });
      await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }));
    }
  }
}
