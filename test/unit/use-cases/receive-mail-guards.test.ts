/**
 * What keeps inbound mail safe: strangers cannot act for a subscriber, floods do not become floods
 * of mail, a handling that dies is taken over, and nothing accepted is lost or counted twice.
 */
import { RetryableError } from '../../../functions/core/errors';
import { inboundMailFrom } from '../../../functions/core/ses-receipt';
import { confirm, restart, type Subscriber } from '../../../functions/core/subscriber';
import { signToken } from '../../../functions/core/tokens';
import { deleteMyData } from '../../../functions/core/use-cases/manage';
import { INBOUND_LIMITS, receiveMail } from '../../../functions/core/use-cases/receive-mail';
import { weekLog } from '../../../functions/core/use-cases/week-log';
import { aSubscriber, TEST_KEYS, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { mime, receiptEvent } from '../../builders/mail';

async function active(deps: TestDeps, overrides: Partial<Subscriber> = {}): Promise<Subscriber> {
  const sub = { ...confirm(aSubscriber(overrides), new Date('2026-11-24T15:00:00Z')), ...overrides };
  await deps.store.create(sub);
  return sub;
}

const links = testLinks;

interface Delivery {
  from?: string;
  mailFrom?: string;
  text: string;
  messageId?: string;
  headerMessageId?: string;
  verdicts?: NonNullable<Parameters<typeof receiptEvent>[1]>['verdicts'];
}

/** Delivers a reply to `to` as SES would: raw MIME in the store, then the receipt event. */
async function deliver(deps: TestDeps, to: string, input: Delivery) {
  const from = input.from ?? 'Dana Example <dana@example.com>';
  const envelope = input.mailFrom ?? /<([^>]+)>/.exec(from)?.[1] ?? from;
  const [mail] = inboundMailFrom(
    receiptEvent([to], {
      mailFrom: envelope,
      ...(input.messageId ? { messageId: input.messageId } : {}),
      ...(input.verdicts ? { verdicts: input.verdicts } : {}),
    }),
  );
  if (!mail) throw new Error('no mail');
  deps.rawMail.messages.set(
    mail.messageId,
    await mime({
      from,
      to,
      text: input.text,
      ...(input.headerMessageId ? { headers: { 'Message-ID': input.headerMessageId } } : {}),
    }),
  );
  return { outcome: await receiveMail(deps, mail), mail };
}

describe('mail from someone other than the subscriber', () => {
  const mallory = 'Mallory <mallory@evil.example>';

  it.each(['STOP', 'PAUSE', 'RESTART'])(
    'a stranger’s %s changes nothing and sends nothing',
    async (command) => {
      const deps = testDeps();
      const sub = await active(deps, { nextDay: 3 });
      const { outcome } = await deliver(deps, links(sub).replyTo(2, sub.week), {
        from: mallory,
        text: command,
      });
      expect(outcome).toBe('stranger-ignored');
      expect(await deps.store.get(sub.id)).toMatchObject({ status: 'active', week: sub.week, nextDay: 3 });
      expect(deps.mailer.sent).toHaveLength(0);
    },
  );

  it('a stranger’s words are held, not logged, and the subscriber is told at their own address', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    const { outcome } = await deliver(deps, to, { from: mallory, text: 'I thanked my friend Mallory.' });
    expect(outcome).toBe('held');
    expect((await weekLog(deps, (await deps.store.get(sub.id))!)).thanked).toEqual([]);
    expect(await deps.store.heldReplies(sub.id)).toEqual([
      expect.objectContaining({
        day: 2,
        week: 1,
        from: 'mallory@evil.example',
        text: 'I thanked my friend Mallory.',
      }),
    ]);
    expect(deps.mailer.sent.map((e) => e.to)).toEqual([sub.email]);
    const [notice] = deps.mailer.sent;
    expect(notice?.text).toContain('mallory@evil.example');
    expect(notice?.text).toContain('/log?token=');
    expect(notice?.replyTo).toBeUndefined();
    expect(notice?.headers).toContainEqual({ name: 'Auto-Submitted', value: 'auto-replied' });
  });

  it('a stranger cannot confirm someone else’s subscription by replying to the welcome', async () => {
    const deps = testDeps();
    const sub = aSubscriber();
    await deps.store.create(sub);
    const { outcome } = await deliver(deps, links(sub).replyTo(0, sub.week), { from: mallory, text: 'Yes!' });
    expect(outcome).toBe('stranger-ignored');
    expect((await deps.store.get(sub.id))?.status).toBe('pending');
  });

  it('a forged From the sender’s domain does not vouch for (envelope elsewhere, no DMARC) is a stranger', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const { outcome } = await deliver(deps, links(sub).replyTo(2, sub.week), {
      from: 'Dana Example <dana@example.com>',
      mailFrom: 'bounce@evil.example',
      text: 'STOP',
      verdicts: { spf: 'PASS', dkim: 'GRAY', dmarc: 'GRAY' },
    });
    expect(outcome).toBe('stranger-ignored');
    expect((await deps.store.get(sub.id))?.status).toBe('active');
  });

  it('the subscriber’s own address with DMARC passing acts, whatever the envelope sender', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const { outcome } = await deliver(deps, links(sub).replyTo(2, sub.week), {
      from: 'DANA@Example.com',
      mailFrom: 'bounces+123@mailer.esp.example',
      text: 'PAUSE',
      verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    });
    expect(outcome).toBe('command');
    expect((await deps.store.get(sub.id))?.status).toBe('paused');
  });

  it('the subscriber’s address without any passing SPF or DKIM is not enough', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const { outcome } = await deliver(deps, links(sub).replyTo(2, sub.week), {
      text: 'STOP',
      verdicts: { spf: 'FAIL', dkim: 'FAIL', dmarc: 'GRAY' },
    });
    expect(outcome).toBe('stranger-ignored');
    expect((await deps.store.get(sub.id))?.status).toBe('active');
  });

  it('notices of held replies are limited per day: a stranger cannot make us mail the subscriber repeatedly', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    for (let i = 0; i < 10; i++)
      await deliver(deps, to, { from: mallory, text: `Thanked my friend number ${i}.` });
    expect(deps.mailer.sent).toHaveLength(INBOUND_LIMITS.heldNoticesPerDay);
    expect(await deps.store.heldReplies(sub.id)).toHaveLength(10);
  });
});

describe('floods', () => {
  it(`a 40-reply burst gives at most ${INBOUND_LIMITS.receiptsPerDay} receipts, logs every reply, and another person is still answered`, async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const other = await active(deps, { email: 'omar@example.com', emailKey: 'omar@example.com' });
    const to = links(sub).replyTo(2, sub.week);
    for (let i = 0; i < 40; i++) await deliver(deps, to, { text: `Thanked my colleague number ${i} today.` });
    const receipts = deps.mailer.to(sub.email);
    expect(receipts).toHaveLength(INBOUND_LIMITS.receiptsPerDay);
    expect(receipts.at(-1)?.text).toContain('last receipt');
    expect(receipts.at(0)?.text).not.toContain('last receipt');
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(40);

    const { outcome } = await deliver(deps, links(other).replyTo(2, other.week), {
      from: 'Omar <omar@example.com>',
      text: 'Called my brother Sami to thank him.',
    });
    expect(outcome).toBe('logged');
    expect(deps.mailer.to('omar@example.com')).toHaveLength(1);
  });

  it('the receipts allowance comes back the next day', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    for (let i = 0; i < 7; i++) await deliver(deps, to, { text: `Thanked my friend number ${i}.` });
    deps.clock.advance(24 * 3600 * 1000);
    await deliver(deps, to, { text: 'Thanked my aunt Rosa.' });
    expect(deps.mailer.to(sub.email)).toHaveLength(INBOUND_LIMITS.receiptsPerDay + 1);
  });

  it('beyond the daily cap of entries the reply is recorded as excess, not logged, and its raw mail is kept', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(3, sub.week);
    for (let i = 0; i < INBOUND_LIMITS.entriesPerDay; i++)
      await deliver(deps, to, { text: `Thanks number ${i}.` });
    const { outcome, mail } = await deliver(deps, to, { text: 'One more thank-you to my friend Jo.' });
    expect(outcome).toBe('over-daily-cap');
    expect(deps.inboundLog.records.get(mail.messageId)).toMatchObject({
      outcome: 'over-daily-cap',
      subscriberId: sub.id,
    });
    expect(deps.rawMail.messages.has(mail.messageId)).toBe(true);
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(INBOUND_LIMITS.entriesPerDay);
  });

  it('answers to commands are limited like receipts', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    for (let i = 0; i < 10; i++) await deliver(deps, to, { text: i % 2 === 0 ? 'PAUSE' : 'RESUME' });
    expect(deps.mailer.sent).toHaveLength(INBOUND_LIMITS.commandAnswersPerDay);
    expect((await deps.store.get(sub.id))?.status).toBe('active');
  });
});

describe('nothing lost, nothing twice', () => {
  it('a handling that died between the marker and the outcome is taken over after its lease, and the reply is logged once', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    const [mail] = inboundMailFrom(receiptEvent([to], { messageId: 'dies-midway' }));
    deps.rawMail.messages.set('dies-midway', await mime({ to, text: 'Called my sister Anna to thank her.' }));

    // The first handling logs the reply, then hangs before its receipt and outcome, as when the
    // function times out or runs out of memory: nothing gives the message back.
    const dying = receiveMail(
      { ...deps, outbox: { post: () => new Promise<never>(() => undefined) } },
      mail!,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(1);
    expect(deps.inboundLog.records.get('dies-midway')?.state).toBe('handling');

    // SES retries while the lease holds: not a duplicate, a retry later.
    await expect(receiveMail(deps, mail!)).rejects.toBeInstanceOf(RetryableError);
    // After the lease the retry handles it: still one reply, now with its receipt.
    deps.clock.advance((INBOUND_LIMITS.leaseSeconds + 1) * 1000);
    expect(await receiveMail(deps, mail!)).toBe('logged');
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(1);
    expect(deps.mailer.sent).toHaveLength(1);
    expect(await receiveMail(deps, mail!)).toBe('duplicate');
    void dying;
  });

  it('the same Message-ID from the same sender, delivered as three messages, is logged once', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        (
          await deliver(deps, to, {
            text: 'Thanked my mom for the cake.',
            headerMessageId: '<abc@mail.example.com>',
          })
        ).outcome,
      );
    }
    expect(outcomes).toEqual(['logged', 'duplicate-message', 'duplicate-message']);
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(1);
  });

  it('a late reply to a week-1 prompt after RESTART lands in week 1', async () => {
    const deps = testDeps();
    const sub = await active(deps, { nextDay: 4 });
    const weekOneDay2 = links(sub).replyTo(2, sub.week);
    const restarted = restart((await deps.store.get(sub.id))!, deps.clock.now());
    await deps.store.save(restarted);
    expect((await deliver(deps, weekOneDay2, { text: 'Finally thanked my neighbour Tomás.' })).outcome).toBe(
      'logged',
    );
    expect((await deps.store.weekActivity(sub.id, 1)).replies.map((r) => r.day)).toEqual([2]);
    expect((await deps.store.weekActivity(sub.id, 2)).replies).toEqual([]);
    // The receipt answers for week 1 too (its own receipt address: a reply to it may correct).
    expect(deps.mailer.sent[0]?.replyTo).toBe(links(sub).receiptReplyTo(2, sub.week));
  });

  it('a reply to an address signed before tokens carried the week counts for the current week', async () => {
    const deps = testDeps();
    const sub = await active(deps, { week: 2 });
    const old = `reply+${signToken(TEST_KEYS, { purpose: 'reply', subscriberId: sub.id, day: 3 })}@in.gratitude.test`;
    expect((await deliver(deps, old, { text: 'Thanked my mentor Ada.' })).outcome).toBe('logged');
    expect((await deps.store.weekActivity(sub.id, 2)).replies.map((r) => r.day)).toEqual([3]);
  });

  it(`an oversized reply keeps its first ${INBOUND_LIMITS.maxNoteChars} characters in the log and says so`, async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    const words = `Thanked my sister Anna. ${'感謝'.repeat(100_000)}`;
    const { outcome, mail } = await deliver(deps, to, { text: words });
    expect(outcome).toBe('logged');
    const [logged] = (await deps.store.weekActivity(sub.id, 1)).replies;
    expect(logged?.text.length).toBe(INBOUND_LIMITS.maxNoteChars);
    expect(Buffer.byteLength(JSON.stringify(logged))).toBeLessThan(100 * 1024);
    expect(deps.rawMail.messages.has(mail.messageId)).toBe(true);
    expect(deps.mailer.sent[0]?.text).toContain('your log keeps its first 10,000 characters');
  });

  it('mail to the old addresses of someone who deleted their data is dropped, raw mail included', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    await deps.store.deleteAll(sub.id);
    const { outcome, mail } = await deliver(deps, to, { text: 'Thanked my dad.' });
    expect(outcome).toBe('unknown-subscriber');
    expect(deps.rawMail.messages.has(mail.messageId)).toBe(false);
  });
});

describe('delete everything', () => {
  it('leaves no raw mail, inbound record or counter that names the person, commands and held mail included', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = links(sub).replyTo(2, sub.week);
    await deliver(deps, to, { text: 'Thanked my mom for the soup.' });
    await deliver(deps, to, { text: 'PAUSE' });
    await deliver(deps, to, { text: 'RESUME' });
    await deliver(deps, to, { from: 'Mallory <mallory@evil.example>', text: 'I thanked my friend Mallory.' });
    await deliver(deps, 'start@in.gratitude.test', { text: 'start' });
    await deliver(
      deps,
      `unsubscribe+${signToken(TEST_KEYS, { purpose: 'unsubscribe', subscriberId: sub.id })}@in.gratitude.test`,
      {
        text: 'unsubscribe',
      },
    );
    const messages = [...deps.inboundLog.records.keys()];
    expect(messages).toHaveLength(6);

    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: sub.id }));

    expect([...deps.rawMail.messages.keys()]).toEqual([]);
    expect([...deps.inboundLog.records.values()].filter((r) => r.subscriberId === sub.id)).toEqual([]);
    expect(await deps.inboundLog.messagesOf(sub.id)).toEqual([]);
    expect(deps.inboundLog.firstCarriers.size).toBe(0);
    expect(
      deps.rateLimiter.keys().filter((k) => k.includes(sub.id) || k.includes('dana@example.com')),
    ).toEqual([]);
    expect(await deps.store.get(sub.id)).toBeNull();
    expect(await deps.store.heldReplies(sub.id)).toEqual([]);
  });
});

describe('mail to start@', () => {
  it('sign-ups by mail are limited per sender, not shared by every sender', async () => {
    const deps = testDeps();
    const to = 'start@in.gratitude.test';
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      outcomes.push(
        (await deliver(deps, to, { from: `Person ${i} <person${i}@example.org>`, text: 'start' })).outcome,
      );
    }
    expect(outcomes.every((o) => o === 'subscribed')).toBe(true);
    expect(deps.mailer.sent).toHaveLength(30);
  });

  it('mail from one of the service’s own addresses never subscribes it (no mail loop)', async () => {
    const deps = testDeps();
    const to = 'start@in.gratitude.test';
    const { outcome } = await deliver(deps, to, { from: 'start@in.gratitude.test', text: 'Please confirm' });
    expect(outcome).toBe('refused-sender');
    expect(deps.mailer.sent).toHaveLength(0);
    expect(await deps.store.findByEmail('start@in.gratitude.test')).toBeNull();
  });
});
