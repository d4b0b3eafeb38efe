/**
 * The entry points' logs and metrics, read from what they write to stdout: JSON lines with a
 * correlation id, metrics in CloudWatch's embedded metric format, and never an email address.
 */
import { confirm } from '../../../functions/core/subscriber';
import type * as Compose from '../../../functions/runtime/compose';
import { METRIC, METRICS_NAMESPACE } from '../../../functions/runtime/telemetry-names';
import { aSubscriber, type TestDeps, testDeps } from '../../builders/deps';
import { httpEvent } from '../../builders/events';

// The handlers build their Logger and Metrics at import, reading the environment: load them with
// metrics on and the deployed log level (the integration project's global setup quiets both for the
// local stack it starts).
let supplyParts: typeof Compose.supplyParts;
let httpHandler: typeof import('../../../functions/http-api').handler;
let mailEventsHandler: typeof import('../../../functions/mail-events').handler;
let sendHandler: typeof import('../../../functions/send-prompt').handler;
beforeAll(() => {
  delete process.env.POWERTOOLS_METRICS_DISABLED;
  delete process.env.POWERTOOLS_DEV;
  // The integration project's global setup quiets the local stack to WARN in the environment the
  // workers inherit; these handlers log at their deployed level.
  delete process.env.POWERTOOLS_LOG_LEVEL;
  jest.isolateModules(() => {
    ({ supplyParts } = require('../../../functions/runtime/compose'));
    ({ handler: httpHandler } = require('../../../functions/http-api'));
    ({ handler: mailEventsHandler } = require('../../../functions/mail-events'));
    ({ handler: sendHandler } = require('../../../functions/send-prompt'));
  });
});

let deps: TestDeps;
let lines: string[];
let spies: jest.SpyInstance[];

beforeEach(() => {
  deps = testDeps();
  supplyParts(deps);
  lines = [];
  // Powertools writes INFO and metrics to stdout, WARN and ERROR to stderr.
  spies = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    }),
  );
});
afterEach(() => {
  for (const spy of spies) spy.mockRestore();
});

const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const metricRecords = () => records().filter((r) => '_aws' in r);
const metricNames = () =>
  metricRecords().flatMap((r) =>
    (
      r._aws as { CloudWatchMetrics: { Namespace: string; Metrics: { Name: string }[] }[] }
    ).CloudWatchMetrics.flatMap((m) => m.Metrics.map((metric) => `${m.Namespace}/${metric.Name}`)),
  );

function sqsRecord(messageId: string, body: unknown) {
  return {
    messageId,
    receiptHandle: 'handle',
    body: JSON.stringify(body),
    attributes: {} as never,
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:sends',
    awsRegion: 'eu-west-1',
  };
}

describe('send function telemetry', () => {
  it('counts a sent prompt, names the SQS message and a hashed subscriber, never the address', async () => {
    const sub = confirm(
      aSubscriber({ email: 'zoe@example.com', emailKey: 'zoe@example.com' }),
      deps.clock.now(),
    );
    await deps.store.create(sub);
    deps.clock.set(sub.nextSendAt ?? '');
    const result = await sendHandler({
      Records: [
        sqsRecord('msg-1', { subscriberId: sub.id, week: sub.week, day: 1 }),
        sqsRecord('msg-2', { not: 'a job' }),
      ],
    });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'msg-2' }]);
    expect(metricNames()).toEqual(
      expect.arrayContaining([
        `${METRICS_NAMESPACE}/${METRIC.promptsSent}`,
        `${METRICS_NAMESPACE}/${METRIC.sendFailures}`,
      ]),
    );
    const sent = records().find((r) => r.message === 'Send job');
    expect(sent).toMatchObject({
      level: 'INFO',
      sqsMessageId: 'msg-1',
      outcome: 'sent',
      correlation_id: 'msg-1',
    });
    expect(sent?.subscriberRef).toMatch(/^[0-9a-f]{16}$/);
    expect(sent?.subscriberRef).not.toContain(sub.id);
    const failed = records().find((r) => r.message?.toString().startsWith('Send job failed'));
    expect(failed).toMatchObject({ level: 'ERROR', sqsMessageId: 'msg-2' });
    expect(JSON.stringify(failed?.error)).toContain('stack');
    expect(lines.join('\n')).not.toContain('zoe@example.com');
  });
});

describe('http function telemetry', () => {
  it('counts subscriptions by result without logging the address', async () => {
    await httpHandler(httpEvent({ method: 'POST', path: '/subscribe', body: { email: 'ann@example.com' } }));
    await httpHandler(httpEvent({ method: 'POST', path: '/subscribe', body: { email: 'not an address' } }));
    const byResult = metricRecords()
      .filter((r) => 'result' in r)
      .map((r) => r.result);
    expect(byResult).toEqual(['accepted', 'invalid']);
    expect(lines.join('\n')).not.toContain('ann@example.com');
  });

  it('counts a 500 it answered, logs the error with its stack, and still answers with a page', async () => {
    supplyParts({
      ...deps,
      rateLimiter: {
        hit: async () => {
          throw new Error('the table is on fire');
        },
        forget: async () => undefined,
      },
    });
    const event = httpEvent({ method: 'POST', path: '/subscribe', body: { email: 'a@example.com' } });
    const res = await httpHandler(event);
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    expect(metricNames()).toContain(`${METRICS_NAMESPACE}/${METRIC.httpServerErrors}`);
    const error = records().find((r) => r.level === 'ERROR');
    expect(JSON.stringify(error)).toContain('the table is on fire');
    expect(JSON.stringify(error)).toContain('stack');
    expect(error?.correlation_id).toBe(event.requestContext.requestId);
  });
});

describe('mail-events telemetry', () => {
  it('counts bounces by kind and complaints without logging the addresses', async () => {
    const event = (detail: unknown) =>
      ({ id: 'evt-1', 'detail-type': 'Email Bounced', detail }) as never as Parameters<
        typeof mailEventsHandler
      >[0];
    await mailEventsHandler(
      event({
        eventType: 'Bounce',
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'gone@example.com' }] },
      }),
    );
    await mailEventsHandler(
      event({
        eventType: 'Complaint',
        complaint: { complainedRecipients: [{ emailAddress: 'angry@example.com' }] },
      }),
    );
    expect(metricRecords().map((r) => r.kind ?? null)).toEqual(expect.arrayContaining(['hard']));
    expect(metricNames()).toEqual(
      expect.arrayContaining([
        `${METRICS_NAMESPACE}/${METRIC.bounces}`,
        `${METRICS_NAMESPACE}/${METRIC.complaints}`,
      ]),
    );
    expect(lines.join('\n')).not.toMatch(/gone@|angry@/);
  });
});
