/**
 * What an operator can see: JSON logs with one service name and metrics namespace, a dashboard
 * that graphs the service's own metrics, and alarms on 5xx and on SES reputation well below the
 * levels at which SES reviews an account.
 */

import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/runtime/telemetry-names';
import { SES_RATE_ALARMS } from '../../infra/constructs/alarms';
import type { GratitudeFunction } from '../../infra/constructs/gratitude-function';
import { buildTestApp, json, logicalId, resourceOf, type TestApp } from './helpers';

let built: TestApp;
beforeAll(() => {
  built = buildTestApp();
});

const alarms = () => Object.values(built.serviceTemplate.findResources('AWS::CloudWatch::Alarm'));
const alarmOn = (namespace: string, metricName: string) =>
  alarms().filter((a) => a.Properties.Namespace === namespace && a.Properties.MetricName === metricName);
const topicRef = () => ({ Ref: logicalId(built.service.alarms.topic) });

describe('logs and metrics', () => {
  it('gives every function JSON logs, one service name and one metrics namespace', () => {
    const functions = built.service.node
      .findAll()
      .filter((c): c is GratitudeFunction => 'entry' in c && 'fn' in c && 'logGroup' in c);
    expect(functions).toHaveLength(7);
    for (const f of functions) {
      const props = resourceOf(built.serviceTemplate, f.fn).Properties;
      expect(props.LoggingConfig).toMatchObject({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO' });
      expect(props.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      });
    }
  });
});

describe('alarms on what users and SES see', () => {
  it('alarms on any 5xx the API answers', () => {
    const matching = alarmOn('AWS/ApiGateway', '5xx');
    expect(matching).toHaveLength(1);
    expect(json(matching[0]?.Properties.Dimensions)).toBe(
      json([{ Name: 'ApiId', Value: { Ref: logicalId(built.service.api.httpApi) } }]),
    );
    expect(matching[0]?.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topicRef()],
    });
  });

  it('alarms on the 5xx answers the http function counts itself (its Lambda Errors stay at zero)', () => {
    const matching = alarmOn(METRICS_NAMESPACE, METRIC.httpServerErrors);
    expect(matching).toHaveLength(1);
    expect(matching[0]?.Properties).toMatchObject({
      Dimensions: [{ Name: 'service', Value: SERVICE_NAME }],
      Statistic: 'Sum',
      Threshold: 1,
      AlarmActions: [topicRef()],
    });
  });

  it('alarms on the SES bounce and complaint rates well below the 5 % and 0.1 % review levels', () => {
    const bounce = alarmOn('AWS/SES', 'Reputation.BounceRate');
    const complaint = alarmOn('AWS/SES', 'Reputation.ComplaintRate');
    expect(bounce).toHaveLength(1);
    expect(complaint).toHaveLength(1);
    expect(bounce[0]?.Properties.Threshold).toBe(SES_RATE_ALARMS.bounceRate);
    expect(complaint[0]?.Properties.Threshold).toBe(SES_RATE_ALARMS.complaintRate);
    expect(SES_RATE_ALARMS.bounceRate).toBeLessThanOrEqual(0.05 / 2);
    expect(SES_RATE_ALARMS.complaintRate).toBeLessThanOrEqual(0.001 / 2);
    for (const alarm of [...bounce, ...complaint]) {
      expect(alarm.Properties).toMatchObject({
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [topicRef()],
      });
    }
  });

  it('alarms when prompts, transactional mail or inbound mail wait too long in their queues', () => {
    expect(alarmOn('AWS/SQS', 'ApproximateAgeOfOldestMessage')).toHaveLength(3);
  });
});

describe('the dashboard', () => {
  const body = () => {
    const dashboards = Object.values(built.serviceTemplate.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    return json(dashboards[0]?.Properties.DashboardBody);
  };

  it.each(Object.values(METRIC))('graphs %s', (metric) => {
    expect(body()).toContain(`\\"${metric}\\"`);
  });

  it('graphs API 5xx, function errors and SES reputation', () => {
    expect(body()).toContain('\\"5xx\\"');
    expect(body()).toContain('\\"Errors\\"');
    expect(body()).toContain('Reputation.BounceRate');
    expect(body()).toContain('Reputation.ComplaintRate');
  });
});
