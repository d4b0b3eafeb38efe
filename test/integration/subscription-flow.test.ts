/**
 * Subscribe -> welcome in the SES emulator -> confirm -> prompts -> one-click unsubscribe, through
 * the real HTTP handler, the real DynamoDB adapter on DynamoDB Local and SESv2 to the emulator.
 */
import { handler } from '../../functions/http-api';
import { buildLocalDeps } from '../../functions/local/local-parts';
import { schedulerPass } from '../../functions/local/scheduler-pass';
import { httpEvent } from '../builders/events';
import { emailsTo, headerOf } from '../support/local-services';

// A dozen round trips to DynamoDB Local and the emulator: seconds on a busy shared machine.
jest.setTimeout(30_000);

const unique = () => `flow-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
const tokenFrom = (url: string) => new URL(url).searchParams.get('token') ?? '';

describe('subscription flow on the local parts', () => {
  it('form subscribe, welcome with headers, GET confirm changes nothing, POST confirms, prompts, one-click unsubscribe', async () => {
    const email = unique();
    const subscribed = await handler(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        form: { email, name: 'Zoë', timezone: 'America/New_York', sendHour: '8' },
      }),
    );
    expect(subscribed.statusCode).toBe(202);

    const [welcome] = await emailsTo(email);
    expect(welcome?.subject.startsWith('Day')).toBe(false);
    expect(welcome?.body.html).toContain('Zoë');
    expect(welcome?.replyTo[0]).toMatch(/^reply\+/);
    expect(headerOf(welcome!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const confirmUrl = welcome?.body.text?.match(/http\S+\/confirm\?token=[a-z0-9.]+/)?.[0] ?? '';
    expect(confirmUrl).not.toBe('');

    const deps = await buildLocalDeps();
    const before = await deps.store.findByEmail(email);
    await handler(httpEvent({ path: '/confirm', query: { token: tokenFrom(confirmUrl) } }));
    expect((await deps.store.findByEmail(email))?.status).toBe('pending');
    const confirmed = await handler(
      httpEvent({ method: 'POST', path: '/confirm', query: { token: tokenFrom(confirmUrl) } }),
    );
    expect(confirmed.statusCode).toBe(200);
    const active = await deps.store.findByEmail(email);
    expect(active?.status).toBe('active');
    expect(active?.id).toBe(before?.id);

    const due = new Date(active?.nextSendAt ?? '');
    await schedulerPass(deps, new Date(due.getTime() + 5 * 60_000));
    const isPrompt = (e: { subject: string }) => e.subject.startsWith('Day 1');
    const prompt = (await emailsTo(email, (emails) => emails.some(isPrompt))).find(isPrompt);
    expect(prompt).toBeDefined();
    expect(prompt?.replyTo[0]).toMatch(
      /^reply\+r\.[a-z2-7]{16}\.1\.1\.[a-z2-7]{24}@in\.gratitude\.localhost$/,
    );
    const listUnsubscribe = headerOf(prompt!, 'List-Unsubscribe') ?? '';
    const oneClick = listUnsubscribe.match(/<(http[^>]+)>/)?.[1] ?? '';

    const res = await handler(
      httpEvent({
        method: 'POST',
        path: '/unsubscribe',
        query: { token: tokenFrom(oneClick) },
        form: { 'List-Unsubscribe': 'One-Click' },
      }),
    );
    expect(res.statusCode).toBe(200);
    expect((await deps.store.findByEmail(email))?.status).toBe('unsubscribed');
  });

  it('rate-limits one address with 429 and Retry-After, using counters in DynamoDB', async () => {
    const email = unique();
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await handler(
        httpEvent({ method: 'POST', path: '/subscribe', body: { email }, sourceIp: `192.0.2.${i}` }),
      );
      codes.push(res.statusCode ?? 0);
      if (res.statusCode === 429) expect(res.headers?.['retry-after']).toMatch(/^\d+$/);
    }
    expect(codes.slice(0, 3)).toEqual([202, 202, 202]);
    expect(codes).toContain(429);
  });
});
