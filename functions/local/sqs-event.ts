/** The event SQS hands a Lambda for a batch of the local queues' messages. */
import type { SQSEvent } from 'aws-lambda';
import type { QueuedMessage } from '../adapters/local/in-process-queue';

export function sqsEvent(
  batch: QueuedMessage[],
  at: Date,
  queue: 'sends' | 'mail' | 'raw-mail-deletions' | 'inbound',
): SQSEvent {
  return {
    Records: batch.map((message) => ({
      messageId: message.messageId,
      receiptHandle: `local-${message.messageId}-${message.receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(at.getTime()),
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: String(at.getTime()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:local:000000000000:${queue}`,
      awsRegion: 'local',
    })),
  };
}
