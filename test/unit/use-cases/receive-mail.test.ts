import { inboundMailFrom } from '../../../functions/core/ses-receipt';
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { signToken } from '../../../functions/core/tokens';
import { deleteMyData } from '../../../functions/core/use-cases/manage';
import { receiveMail } from '../../../functions/core/use-cases/receive-mail';
import { weekLog } from '../../../functions/core/use-cases/week-log';
import { aSubscriber, TEST_KEYS, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { mime, receiptEvent } from '../../builders/mail';

async function active(deps: TestDeps, overrides: Partial<Subscriber> = {}): Promise<Subscriber> {
  const sub = { ...confirm(aSubscriber(overrides), new Date('2026-11-24T15:00:00Z')), ...overrides };
  await deps.store.create(sub);
  return sub;
}

/** Delivers `raw` to `recipient` as SES would: raw MIME in the store, then the receipt event. */
async function deliver(deps: TestDeps, recipient: string, raw: Uint8Array, messageId?: string) {
  const [mail] = inboundMailFrom(receiptEvent([recipient], messageId ? { messageId } : {}));
  if (!mail) throw new Error('no mail');
  deps.rawMail.messages.set(mail.messageId, raw);
  return receiveMail(deps, mail);
}

const linksOf = testLinks;
const replyTo = (sub: Subscriber, day: number) => linksOf(sub).replyTo(day, sub.week);

describe('inbound replies', () => {
  it('logs whom they thanked for the day of the prompt and sends a receipt that replies to that day', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 2);
    const outcome = await deliver(
      deps,
      to,
      await mime({ to, text: 'Called my sister Anna to thank her for driving me to the airport.' }),
    );
    expect(outcome).toBe('logged');
    const log = await weekLog(deps, (await deps.store.get(sub.id))!);
    expect(log.thanked).toEqual([
      {
        day: 2,
        name: 'Anna',
        relationship: 'sister',
        channel: 'call',
        note: expect.stringContaining('driving me to the airport'),
      },
    ]);
    const [receipt] = deps.mailer.sent;
    expect(receipt?.subject.startsWith('Day')).toBe(false);
    expect(receipt?.text).toContain('Anna');
    expect(receipt?.replyTo).toBe(linksOf(sub).receiptReplyTo(2, sub.week));
  });

  it('a late reply to day 2 counts for day 2, and a second reply appends', async () => {
    const deps = testDeps();
    const sub = await active(deps, { nextDay: 4 });
    const to = replyTo(sub, 2);
    await deliver(deps, to, await mime({ to, text: 'I thanked my neighbour Tomás for the soup.' }));
    await deliver(deps, to, await mime({ to, text: 'Also texted my friend Priya to thank her.' }));
    const log = await weekLog(deps, (await deps.store.get(sub.id))!);
    expect(log.thanked.map((t) => [t.day, t.name])).toEqual([
      [2, 'Tomás'],
      [2, 'Priya'],
    ]);
  });

  it('a second delivery of the same message changes nothing', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 1);
    const raw = await mime({ to, text: 'Thanked my mom for everything.' });
    expect(await deliver(deps, to, raw, 'same-id')).toBe('logged');
    expect(await deliver(deps, to, raw, 'same-id')).toBe('duplicate');
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(1);
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('a forged token is recorded and ignored: nothing written, nothing sent', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const forged = replyTo(sub, 3).replace(
      /\.([a-z2-7])([a-z2-7]{23})@/,
      (_, c: string, rest: string) => `.${c === 'a' ? 'b' : 'a'}${rest}@`,
    );
    expect(await deliver(deps, forged, await mime({ to: forged, text: 'Thanked my dad.' }))).toBe(
      'invalid-token',
    );
    expect(deps.store.replies.size).toBe(0);
    expect(deps.mailer.sent).toHaveLength(0);
  });

  it('an auto-reply is recorded and never answered', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 2);
    const raw = await mime({
      to,
      subject: 'Automatic reply: Day 2',
      text: 'I am out of the office until Monday. For urgent matters contact Jo.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    expect(await deliver(deps, to, raw)).toBe('auto-reply');
    expect(deps.store.replies.size).toBe(0);
    expect(deps.mailer.sent).toHaveLength(0);
  });

  it('STOP unsubscribes and answers with a goodbye', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 3);
    expect(await deliver(deps, to, await mime({ to, text: 'STOP' }))).toBe('unsubscribed');
    expect((await deps.store.get(sub.id))?.status).toBe('unsubscribed');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]?.headers).toEqual([{ name: 'Auto-Submitted', value: 'auto-replied' }]);
  });

  it('PAUSE holds the week and RESUME continues it', async () => {
    const deps = testDeps();
    const sub = await active(deps, { nextDay: 3 });
    const to = replyTo(sub, 2);
    await deliver(deps, to, await mime({ to, text: 'PAUSE please, traveling this week' }));
    expect((await deps.store.get(sub.id))?.status).toBe('paused');
    await deliver(deps, to, await mime({ to, text: 'RESUME' }));
    expect(await deps.store.get(sub.id)).toMatchObject({ status: 'active', nextDay: 3 });
  });

  it('a reply with thanks and a command logs the thanks and applies the command', async () => {
    const deps = testDeps();
    const sub = await active(deps, { nextDay: 3 });
    const to = replyTo(sub, 2);
    const raw = await mime({
      to,
      text: 'Called my grandpa Walter to thank him for the fishing trips.\n\nPAUSE please, I am travelling next week.',
    });
    expect(await deliver(deps, to, raw)).toBe('command');
    expect((await deps.store.get(sub.id))?.status).toBe('paused');
    const log = await weekLog(deps, (await deps.store.get(sub.id))!);
    expect(log.thanked.map((t) => [t.day, t.name])).toEqual([[2, 'Walter']]);
    expect(deps.mailer.sent.map((e) => e.subject)).toEqual(['Gratitude Week is paused']);
  });

  it('replying to the welcome email confirms the subscription', async () => {
    const deps = testDeps();
    const sub = aSubscriber();
    await deps.store.create(sub);
    const to = replyTo(sub, 0);
    expect(
      await deliver(deps, to, await mime({ to, subject: 'Re: Please confirm', text: 'Yes please!' })),
    ).toBe('confirmed');
    expect((await deps.store.get(sub.id))?.status).toBe('active');
  });

  it('mail that failed the spam, virus or DMARC checks is not logged', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 1);
    const event = receiptEvent([to]);
    const record = event.Records[0]!;
    record.ses.receipt.dmarcVerdict = { status: 'FAIL' };
    const [mail] = inboundMailFrom(event);
    deps.rawMail.messages.set(mail!.messageId, await mime({ to, text: 'Thanked my mom.' }));
    expect(await receiveMail(deps, mail!)).toBe('rejected-verdict');
    expect(deps.store.replies.size).toBe(0);
  });

  it('an email to start@ subscribes the sender, guessing the time zone from the Date offset', async () => {
    const deps = testDeps();
    const to = 'start@in.gratitude.test';
    const raw = await mime({
      from: 'Rahul Mehta <rahul@example.in>',
      to,
      subject: 'start',
      text: 'Sign me up',
      date: 'Wed, 25 Nov 2026 09:00:00 +0530',
    });
    expect(await deliver(deps, to, raw)).toBe('subscribed');
    const sub = await deps.store.findByEmail('rahul@example.in');
    expect(sub).toMatchObject({
      status: 'pending',
      name: 'Rahul Mehta',
      timezone: 'Asia/Kolkata',
      sendHour: 8,
    });
    expect(deps.mailer.to('rahul@example.in')).toHaveLength(1);
  });

  it('mail to the List-Unsubscribe mailto address unsubscribes', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = `unsubscribe+${signToken(TEST_KEYS, { purpose: 'unsubscribe', subscriberId: sub.id })}@in.gratitude.test`;
    expect(await deliver(deps, to, await mime({ to, subject: 'unsubscribe', text: '' }))).toBe(
      'unsubscribed',
    );
    expect((await deps.store.get(sub.id))?.status).toBe('unsubscribed');
  });

  it('a missing raw message fails loudly and can be retried', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 1);
    const [mail] = inboundMailFrom(receiptEvent([to]));
    await expect(receiveMail(deps, mail!)).rejects.toThrow(/missing/);
    deps.rawMail.messages.set(mail!.messageId, await mime({ to, text: 'Thanked my mom.' }));
    expect(await receiveMail(deps, mail!)).toBe('logged');
  });

  it('deleting my data removes the raw mail too', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const to = replyTo(sub, 1);
    await deliver(deps, to, await mime({ to, text: 'Thanked my mom.' }), 'raw-1');
    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: sub.id }));
    expect(deps.rawMail.messages.has('raw-1')).toBe(false);
    expect(await deps.store.get(sub.id)).toBeNull();
  });
});
