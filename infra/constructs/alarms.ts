/**
 * What wakes an operator: any message in a dead-letter queue, any function error, and a sends
 * backlog. Every alarm notifies one SNS topic; an email subscription is added when configured.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { GratitudeFunction } from './gratitude-function';

export interface AlarmsProps {
  readonly functions: Record<string, GratitudeFunction>;
  readonly deadLetterQueues: Record<string, sqs.IQueue>;
  /** Alarm if the oldest queued send waits longer than this (SES throttling, a stuck function). */
  readonly backlog?: { queue: sqs.IQueue; maxAge: Duration };
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

    if (props.backlog) {
      add(
        props.backlog.queue
          .metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' })
          .createAlarm(this, 'SendsBacklog', {
            alarmDescription: 'Sends are waiting too long: SES throttling or a failing send function',
            threshold: props.backlog.maxAge.toSeconds(),
            evaluationPeriods: 2,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
      );
    }
  }
}
