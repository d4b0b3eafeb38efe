/**
 * The daily prompts: an EventBridge schedule runs the dispatcher every five minutes; it queries the
 * due index and puts one message per due subscriber on the sends queue; the send function drains
 * the queue at a concurrency sized to the SES sending rate. Failed messages are retried through
 * the queue and parked in a dead-letter queue after a few attempts.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { drainedQueue } from './dead-letter-queue';
import { GratitudeFunction } from './gratitude-function';

export interface DailyDispatchProps {
  /**
   * Upper bound on concurrent send functions (SQS event source maximum concurrency, 2-1000).
   * Each function sends its batch of ten side by side, so derive it from the account's SES maximum
   * send rate (see the README's capacity table): concurrency x 10 / seconds per send <= the rate.
   */
  readonly sendMaxConcurrency: number;
}

export const DISPATCH_RATE = Duration.minutes(5);
export const SEND_TIMEOUT = Duration.seconds(30);
export const SEND_MAX_RECEIVE_COUNT = 5;

export class DailyDispatch extends Construct {
  readonly dispatch: GratitudeFunction;
  readonly send: GratitudeFunction;
  readonly sendsQueue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: DailyDispatchProps) {
    super(scope, id);

    this.dispatch = new GratitudeFunction(this, 'Dispatch', {
      entry: 'dispatch',
      description: 'Every 5 minutes: finds subscribers due a prompt or recap and queues one send each',
      memorySize: 256,
      timeout: Duration.minutes(2),
    });
    // The next tick (five minutes later) is the retry: a Lambda retry would only overlap with it.
    this.dispatch.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: DISPATCH_RATE });
    new events.Rule(this, 'Schedule', {
      description: 'Runs the Gratitude Week dispatcher',
      schedule: events.Schedule.rate(DISPATCH_RATE),
      targets: [
        new targets.LambdaFunction(this.dispatch.fn, { retryAttempts: 2, maxEventAge: DISPATCH_RATE }),
      ],
    });

    ({ queue: this.sendsQueue, deadLetterQueue: this.deadLetterQueue } = drainedQueue(this, 'Sends', {
      functionTimeout: SEND_TIMEOUT,
      maxReceiveCount: SEND_MAX_RECEIVE_COUNT,
    }));

    this.send = new GratitudeFunction(this, 'Send', {
      entry: 'send-prompt',
      description: 'Sends one prompt or recap per queued message, claiming (subscriber, day) first',
      timeout: SEND_TIMEOUT,
      signsLinks: true,
    });
    // Maximum concurrency, not reserved concurrency: it caps the pollers for this queue only and
    // works on new accounts, whose concurrency cannot be reserved.
    this.send.fn.addEventSource(
      new SqsEventSource(this.sendsQueue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: props.sendMaxConcurrency,
      }),
    );
  }
}
