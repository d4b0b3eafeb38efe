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
