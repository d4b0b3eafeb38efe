/**
 * One CloudWatch dashboard for an operator: what the service did (prompts, replies by outcome,
 * names found, receipts, subscriptions by result), how mail is received by the world (bounces,
 * complaints, SES reputation) and where it hurts (5xx, function errors, queues).
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { MAIL_KINDS } from '../../functions/core/mail-request';
import {
  METRIC,
  METRICS_NAMESPACE,
  type MetricName,
  SERVICE_NAME,
} from '../../functions/runtime/telemetry-names';
import type { GratitudeFunction } from './gratitude-function';

const PERIOD = Duration.minutes(5);

/** A metric the functions emit (Powertools adds the `service` dimension to each). */
export function serviceMetric(name: MetricName, extra: Record<string, string> = {}): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: SERVICE_NAME, ...extra },
    statistic: 'Sum',
    period: PERIOD,
  });
}

/** SES account reputation, as fractions (0.05 is 5 %); SES updates them about once an hour. */
export function sesReputation(name: 'BounceRate' | 'ComplaintRate'): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: 'AWS/SES',
    metricName: `Reputation.${name}`,
    statistic: 'Maximum',
    period: Duration.hours(1),
  });
}

export const INBOUND_OUTCOMES = [
  'logged',
  'confirmed',
  'subscribed',
  'unsubscribed',
  'command',
  'auto-reply',
  'invalid-token',
] as const;

export interface DashboardProps {
  readonly httpApi: apigw.HttpApi;
  readonly functions: Record<string, GratitudeFunction>;
  readonly queues: Record<string, sqs.IQueue>;
}

export class OperationsDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id);
    const graph = (title: string, left: cloudwatch.IMetric[], width = 8) =>
      new cloudwatch.GraphWidget({ title, left, width, height: 6 });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: [
        [
          graph('Prompts, recaps and reconnects sent', [
            serviceMetric(METRIC.promptsSent),
            serviceMetric(METRIC.recapsSent),
            serviceMetric(METRIC.reconnectsSent),
            serviceMetric(METRIC.promptsQueued),
            serviceMetric(METRIC.sendFailures),
          ]),
          graph(
            'Inbound mail by outcome',
            INBOUND_OUTCOMES.map((outcome) => serviceMetric(METRIC.inboundMail, { outcome })),
          ),
          graph('Mail taken in, names found, receipts, failures', [
            serviceMetric(METRIC.mailTakenIn),
            serviceMetric(METRIC.namesFound),
            serviceMetric(METRIC.receipts),
            serviceMetric(METRIC.parserErrors),
            serviceMetric(METRIC.inboundFailures),
          ]),
        ],
        [
          graph(
            'Transactional mail sent by kind, and failures',
            [
              ...MAIL_KINDS.map((kind) => serviceMetric(METRIC.mailSent, { kind })),
              serviceMetric(METRIC.mailFailures),
            ],
            24,
          ),
        ],
        [
          graph(
            'Subscriptions by result',
            ['accepted', 'invalid', 'refused', 'failed'].map((result) =>
              serviceMetric(METRIC.subscriptions, { result }),
            ),
          ),
          graph('Bounces and complaints', [
            serviceMetric(METRIC.bounces, { kind: 'hard' }),
            serviceMetric(METRIC.bounces, { kind: 'soft' }),
            serviceMetric(METRIC.complaints),
          ]),
          graph('SES reputation (SES reviews at 5 % bounces, 0.1 % complaints)', [
            sesReputation('BounceRate'),
            sesReputation('ComplaintRate'),
          ]),
        ],
        [
          graph('API: requests, 4xx, 5xx', [
            props.httpApi.metricCount({ period: PERIOD }),
            props.httpApi.metricClientError({ period: PERIOD }),
            props.httpApi.metricServerError({ period: PERIOD }),
            serviceMetric(METRIC.httpServerErrors),
          ]),
          graph(
            'Function errors',
            Object.entries(props.functions).map(([name, fn]) =>
              fn.fn.metricErrors({ period: PERIOD, label: name }),
            ),
          ),
          graph(
            'Queues: oldest message (s)',
            Object.entries(props.queues).map(([name, queue]) =>
              queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, label: name }),
            ),
          ),
        ],
      ],
    });
  }
}
