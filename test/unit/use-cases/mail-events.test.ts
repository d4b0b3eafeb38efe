/**
 * Bounces and complaints through the mail-events handler, with EventBridge events shaped as SES
 * documents them for a configuration set's event destination (source `aws.ses`, the sending event
 * record as `detail`), not built by the production code.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { handler } from '../../../functions/mail-events';
import { withSuppliedParts } from '../../../functions/runtime/compose';
import { logger } from '../../../functions/runtime/telemetry';
import { aSubscriber, type TestDeps, testDeps } from '../../builders/deps';

const SENT_AT = '2026-11-26T13:05:00.000Z';

/** The `mail` object SES puts in every sending event record. */
function mailObject(to: string[]) {
  return {
    timestamp: SENT_AT,
    source: 'Gratitude Week <hello@gratitude.test>',
    sourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/gratitude.test',
    sendingAccountId: '123456789012',
    messageId: '010201900f3a9c1e-6c1d8a2b-4f0e-4b43-9d2e-0c3f5a7b8c9d-000000',
    destination: to,
    headersTruncated: false,
    headers: [
      { name: 'From', value: 'Gratitude Week <hello@gratitude.test>' },
      { name: 'To', value: to.join(', ') },
      { name: 'Subject', value: 'Day 2 of Gratitude Week' },
    ],
    commonHeaders: {
      from: ['Gratitude Week <hello@gratitude.test>'],
      to,
      subject: 'Day 2 of Gratitude Week',
    },
    tags: { 'ses:configuration-set': ['gratitude-week'], 'ses:source-ip': ['203.0.113.10'] },
  };
}

function eventBridge(detailType: string, detail: Record<string, unknown>): EventBridgeEvent<string, unknown> {
  return {
    version: '0',
    id: `evt-${detailType.replace(/\W/g, '-')}`,
    'detail-type': detailType,
    source: 'aws.ses',
    account: '123456789012',
    time: '2026-11-26T13:06:02Z',
    region: 'eu-west-1',
    resources: ['arn:aws:ses:eu-west-1:123456789012:configuration-set/gratitude-week'],
    detail,
  };
}

function bounce(type: 'Permanent' | 'Transient' | 'Undetermined', subType: string, to: string[]) {
  return eventBridge('Email Bounced', {
    eventType: 'Bounce',
    bounce: {
      feedbackId: '010201900f3a9d2b-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-000000',
      bounceType: type,
      bounceSubType: subType,
      bouncedRecipients: to.map((emailAddress) => ({
        emailAddress,
        action: 'failed',
        status: type === 'Permanent' ? '5.1.1' : '4.2.2',
        diagnosticCode:
          type === 'Permanent' ? 'smtp; 550 5.1.1 user unknown' : 'smtp; 452 4.2.2 mailbox full',
      })),
      timestamp: '2026-11-26T13:06:01.000Z',
      reportingMTA: 'dns; a1-23.smtp-out.eu-west-1.amazonses.com',
    },
    mail: mailObject(to),
  });
}

function complaint(to: string[], feedbackType?: string) {
  return eventBridge('Email Complaint Received', {
    eventType: 'Complaint',
    complaint: {
      feedbackId: '010201900f3a9e3c-2b3c4d5e-6f7a-8b9c-0d1e-2f3a4b5c6d7e-000000',
      complaintSubType: null,
      complainedRecipients: to.map((emailAddress) => ({ emailAddress })),
      timestamp: '2026-11-26T14:10:00.000Z',
      // Some mailbox providers send no feedback report type, only the complaint.
      ...(feedbackType ? { complaintFeedbackType: feedbackType, userAgent: 'Yahoo!-Mail-Feedback/2.0' } : {}),
      arrivalDate: '2026-11-26T14:09:58.000Z',
    },
    mail: mailObject(to),
  });
}

async function activeSubscriber(deps: TestDeps, email: string): Promise<Subscriber> {
  const sub = confirm(aSubscriber({ email, emailKey: email }), new Date('2026-11-24T15:00:00Z'));
  await deps.store.create(sub);
  return sub;
}

async function statusOf(deps: TestDeps, sub: Subscriber) {
  const now = await deps.store.get(sub.id);
  return { status: now?.status, softBounces: now?.softBounces, nextSendAt: now?.nextSendAt ?? null };
}

let deps: TestDeps;
let infos: jest.SpyInstance;
beforeEach(() => {
  deps = testDeps();
  infos = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
});
afterEach(() => infos.mockRestore());

const handle = (event: EventBridgeEvent<string, unknown>) => withSuppliedParts(deps, () => handler(event));

describe('bounces and complaints from SES', () => {
  it('a permanent bounce suppresses the address: no prompt is due any more', async () => {
    const sub = await activeSubscriber(deps, 'gone@example.com');
    await handle(bounce('Permanent', 'General', ['gone@example.com']));
    expect(await statusOf(deps, sub)).toEqual({ status: 'suppressed', softBounces: 0, nextSendAt: null });
  });

  it.each([
    ['Transient', 'MailboxFull'],
    ['Transient', 'General'],
    ['Undetermined', 'Undetermined'],
  ] as const)('a %s (%s) bounce is counted and changes nothing else', async (type, subType) => {
    const sub = await activeSubscriber(deps, 'full@example.com');
    const before = await statusOf(deps, sub);
    await handle(bounce(type, subType, ['full@example.com']));
    expect(await statusOf(deps, sub)).toEqual({ ...before, softBounces: 1 });
  });

  it.each([
    ['with a feedback report type', 'abuse'],
    ['without one', undefined],
  ])('a complaint %s suppresses the address', async (_, feedbackType) => {
    const sub = await activeSubscriber(deps, 'angry@example.com');
    await handle(complaint(['angry@example.com'], feedbackType));
    expect((await statusOf(deps, sub)).status).toBe('suppressed');
  });

  it('matches the recipient however SES writes its case, and skips addresses nobody has', async () => {
    const sub = await activeSubscriber(deps, 'dana.k@example.com');
    await handle(bounce('Permanent', 'NoEmail', ['Dana.K@Example.COM', 'stranger@example.com']));
    expect((await statusOf(deps, sub)).status).toBe('suppressed');
    expect(await deps.store.findByEmail('stranger@example.com')).toBeNull();
    expect(infos).toHaveBeenCalledWith('SES event applied', expect.objectContaining({ recipients: 2 }));
  });

  it('ignores the other sending events (a delivery) and changes nothing', async () => {
    const sub = await activeSubscriber(deps, 'fine@example.com');
    const before = await statusOf(deps, sub);
    await handle(
      eventBridge('Email Delivered', {
        eventType: 'Delivery',
        delivery: {
          timestamp: '2026-11-26T13:05:02.000Z',
          processingTimeMillis: 546,
          recipients: ['fine@example.com'],
          smtpResponse: '250 ok',
          reportingMTA: 'a8-70.smtp-out.amazonses.com',
        },
        mail: mailObject(['fine@example.com']),
      }),
    );
    expect(await statusOf(deps, sub)).toEqual(before);
    expect(infos).toHaveBeenCalledWith('Ignored SES event', { detailType: 'Email Delivered' });
  });

  it('a second event for an address already suppressed leaves it suppressed', async () => {
    const sub = await activeSubscriber(deps, 'twice@example.com');
    await handle(bounce('Permanent', 'General', ['twice@example.com']));
    await handle(complaint(['twice@example.com'], 'abuse'));
    expect((await statusOf(deps, sub)).status).toBe('suppressed');
  });
});
