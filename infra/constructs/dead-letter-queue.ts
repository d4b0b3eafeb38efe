/**
 * The project's dead-letter queues: encrypted, TLS only, 14 days to look and redrive. A queue
 * that is a DLQ only by being a Lambda on-failure destination or an EventBridge target DLQ is
 * not recognised as one by cdk-nag (AwsSolutions-SQS3): pass the reason to acknowledge it.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export function deadLetterQueue(scope: Construct, id: string, nagReason?: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    retentionPeriod: Duration.days(14),
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  });
  if (nagReason) Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason: nagReason });
  return queue;
}

/**
 * A queue a Lambda function drains, with its dead-letter queue: encrypted, TLS only, four days to
 * wait, and a visibility timeout of six times the function's (the Lambda docs' advice for SQS
 * event sources, so a batch retried after throttling is not handed to a second function mid-send).
 */
export function drainedQueue(
  scope: Construct,
  id: string,
  options: { functionTimeout: Duration; maxReceiveCount: number },
): { queue: sqs.Queue; deadLetterQueue: sqs.Queue } {
  const dlq = deadLetterQueue(scope, `${id}Dlq`);
  const queue = new sqs.Queue(scope, id, {
    visibilityTimeout: Duration.seconds(options.functionTimeout.toSeconds() * 6),
    retentionPeriod: Duration.days(4),
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    deadLetterQueue: { queue: dlq, maxReceiveCount: options.maxReceiveCount },
  });
  return { queue, deadLetterQueue: dlq };
}
