/**
 * What wakes an operator: any message in a dead-letter queue, any function error, a sends backlog,
 * server errors at the API and in the http function, and SES bounce or complaint rates well before
 * SES would review the account. Every alarm notifies one SNS topic; an email subscription is
 * added when configured.
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC } from '../../functions/runtime/telemetry-names';
import { serviceMetric, sesReputation } from './dashboard';
import type { GratitudeFunction } from './gratitude-function';

/**
 * SES reviews an account at a 5 % bounce rate and a 0.1 % complaint rate; these alarms leave time
 * to act (suppression, list hygiene) long before that.
 */
export const SES_RATE_ALARMS = { bounceRate: 0.02, complaintRate: 0.0005 } as const;

export interface AlarmsProps {
  readonly functions: Record<string, GratitudeFunction>;
  readonly deadLetterQueues: Record<string, sqs.IQueue>;
  /** Alarm if a queue's oldest message waits longer than `maxAge` (SES throttling, a stuck function). */
  readonly backlogs?: Record<string, { queue: sqs.IQueue; maxAge: Duration }>;
  /** The public API: alarm on any 5xx it returns. */
  readonly httpApi?: apigw.HttpApi;
  readonly alarmEmail?: string;
}

export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Gratitude Week alarms', enforceSSL: true });
    if (props.alarmEmail) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }
    const notify = new cwActions.SnsAction(this.topic);
    const add = (alarm: cloudwatch.Alarm) => {
      alarm.addAlarmAction(notify);
      this.alarms.push(alarm);
    };

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      add(
        queue
          .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' })
          .createAlarm(this, `${name}DlqNotEmpty`, {
            alarmDescription: `${name}: messages in the dead-letter queue; inspect, fix, then redrive`,
            threshold: 1,
            evaluationPeriods: 1,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
      );
    }

    for (const [name, fn] of Object.entries(props.functions)) {
      add(
        fn.fn
          .metricErrors({ period: Duration.minutes(5), statistic: 'Sum' })
          .createAlarm(this, `${name}Errors`, {
            alarmDescription: `${name}: the function failed (see its log group)`,
            threshold: 1,
            evaluationPeriods: 1,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
      );
    }

    const atLeastOne = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };
    if (props.httpApi) {
      add(
        props.httpApi
          .metricServerError({ period: Duration.minutes(5), statistic: 'Sum' })
          .createAlarm(this, 'ApiServerErrors', {
            alarmDescription:
              'The web front answered 5xx (see the http function log group and API access logs)',
            ...atLeastOne,
          }),
      );
    }
    // The http function answers a failure with a friendly 500 page, so Lambda's Errors metric stays
    // at zero: it counts its own 5xx answers instead.
    add(
      serviceMetric(METRIC.httpServerErrors).createAlarm(this, 'HttpServerErrors', {
        alarmDescription: 'The http function answered 5xx (log lines with level ERROR say why)',
        ...atLeastOne,
      }),
    );
    add(
      sesReputation('BounceRate').createAlarm(this, 'SesBounceRate', {
        alarmDescription: `SES bounce rate above ${SES_RATE_ALARMS.bounceRate * 100} % (SES reviews at 5 %)`,
        threshold: SES_RATE_ALARMS.bounceRate,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
    add(
      sesReputation('ComplaintRate').createAlarm(this, 'SesComplaintRate', {
        alarmDescription: `SES complaint rate above ${SES_RATE_ALARMS.complaintRate * 100} % (SES reviews at 0.1 %)`,
        threshold: SES_RATE_ALARMS.complaintRate,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    for (const [name, backlog] of Object.entries(props.backlogs ?? {})) {
      add(
        backlog.queue
          .metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' })
          .createAlarm(this, `${name}Backlog`, {
            alarmDescription: `${name}: messages wait too long in the queue (SES throttling or a failing function)`,
            threshold: backlog.maxAge.toSeconds(),
            evaluationPeriods: 2,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
      );
    }
  }
}
