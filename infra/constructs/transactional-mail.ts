/**
 * Transactional mail: the web and inbound functions post a request (welcome, confirmation,
 * receipt, an answer to a command, a group's emails) to the mail queue and answer at once; the
 * mail function writes each email and sends it through SES. Its event source has a maximum
 * concurrency of its own, a share of the SES rate set apart from the prompts', so a morning's
 * prompts never hold up a welcome and a burst of sign-ups never slows the prompts. Failures are
 * retried through the queue and parked in a dead-letter queue after a few attempts.
 */
import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { drainedQueue } from './dead-letter-queue';
import { GratitudeFunction } from './gratitude-function';

/**
 * Concurrent mail functions (the SQS event source's maximum concurrency; 2 is its least). With
 * batches of `MAIL_BATCH_SIZE` sent side by side that is at most 10 sends in flight, about 65
 * emails/s at 0.15 s a send: far above what sign-ups and replies ask for, and the share of the
 * SES rate the capacity table keeps for them.
 */
export const MAIL_MAX_CONCURRENCY = 2;

export const MAIL_TIMEOUT = Duration.seconds(30);
export const MAIL_BATCH_SIZE = 5;
export const MAIL_MAX_RECEIVE_COUNT = 5;

export class TransactionalMail extends Construct {
  readonly send: GratitudeFunction;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    ({ queue: this.queue, deadLetterQueue: this.deadLetterQueue } = drainedQueue(this, 'Mail', {
      functionTimeout: MAIL_TIMEOUT,
      maxReceiveCount: MAIL_MAX_RECEIVE_COUNT,
    }));

    this.send = new GratitudeFunction(this, 'SendMail', {
      entry: 'send-mail',
      description:
        'Sends the requested transactional emails: welcome, confirmations, receipts, answers, group emails',
      timeout: MAIL_TIMEOUT,
      signsLinks: true,
    });
    this.send.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: MAIL_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: MAIL_MAX_CONCURRENCY,
      }),
    );
  }
}
