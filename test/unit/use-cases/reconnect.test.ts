/** The reconnect email a month after the week: when it goes, to whom, never twice, and its replies. */
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { signToken } from '../../../functions/core/tokens';
import { turnOffReconnect, unsubscribeByToken } from '../../../functions/core/use-cases/manage';
import { sendDue } from '../../../functions/core/use-cases/send-due';
import { weekLog } from '../../../functions/core/use-cases/week-log';
import { schedulerPass } from '../../../functions/local/scheduler-pass';
import { aSubscriber, TEST_KEYS, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { deliver } from '../../builders/inbound';
import { mime } from '../../builders/mail';

const DAY_MS = 86_400_000;
/** 08:05 New York (winter time) on the given day of the run, counted from 26 November 2026. */
const morning = (n: number) => new Date(Date.UTC(2026, 10, 26 + n, 13, 5));

/** A New York 08:00 subscriber who confirmed the day before 26 November, with `thanks` logged on day 1. */
async function weekDone(deps: TestDeps, thanks: { text: string; name?: string } | null): Promise<Subscriber> {
  const email = `p${deps.store.subscribers.size}@example.com`;
  const sub = confirm(aSubscriber({ email, emailKey: email }), new Date('2026-11-25T15:00:00Z'));
  await deps.store.create(sub);
  for (let n = 0; n < 8; n++) {
    await schedulerPass(deps, morning(n));
    if (n === 0 && thanks) {
      await deps.store.logReply(sub.id, sub.week, {
        day: 1,
        receivedAt: new Date(morning(0).getTime() + 3_600_000).toISOString(),
        messageId: `m-${sub.id}`,
        text: thanks.text,
        thanked: thanks.name ? [{ name: thanks.name, relationship: 'sister', channel: 'call' }] : [],
      });
    }
  }
  return (await deps.store.get(sub.id)) as Subscriber;
}

/** Scheduler passes every morning from the recap's day on, for `days` days; the emails sent meanwhile. */
async function mornings(deps: TestDeps, from: number, days: number) {
  const before = deps.mailer.sent.length;
  for (let n = from; n < from + days; n++) await schedulerPass(deps, morning(n));
  return deps.mailer.sent.slice(before);
}

describe('the reconnect email', () => {
  it('goes once, thirty local days after the recap at the send hour, naming whom they thanked', async () => {
    const deps = testDeps();
    const sub = await weekDone(deps, {
      text: 'Rang my sister Leah to thank her for the move.',
      name: 'Leah',
    });
    expect(sub).toMatchObject({ status: 'completed', nextDay: 9, nextSendAt: '2027-01-02T13:00:00.000Z' });
    // Nothing at all for 29 mornings; then exactly one email, and none in the ten days after.
    expect(await mornings(deps, 8, 29)).toEqual([]);
    const sent = await mornings(deps, 37, 11);
    expect(sent).toHaveLength(1);
    const [email] = sent;
    expect(email?.subject).toBe('A month on: the people you thanked');
    expect(email?.subject.startsWith('Day')).toBe(false);
    expect(email?.text).toContain('Your sister Leah, by phone');
    expect(email?.text).toContain('> Rang my sister Leah to thank her for the move.');
    // Day 1 was family: the idea of what to offer follows that day.
    expect(email?.text).toContain('Ask about something in their life');
    expect(email?.replyTo).toBe(testLinks(sub).replyTo(9, sub.week));
    expect(email?.text).toContain(testLinks(sub).reconnectOffUrl);
    expect(email?.headers.map((h) => h.name)).toEqual([
      'List-Unsubscribe',
      'List-Unsubscribe-Post',
      'Auto-Submitted',
    ]);
    expect(await deps.store.get(sub.id)).toMatchObject({
      status: 'completed',
      nextDay: 10,
      nextSendAt: null,
    });
  });

  it('gives way to a new week: RESTART while it waits starts day 1, and the old week sends nothing more', async () => {
    const deps = testDeps();
    const sub = await weekDone(deps, { text: 'Thanked my sister Leah.', name: 'Leah' });
    const to = testLinks(sub).replyTo(7, sub.week);
    deps.clock.set(morning(10));
    expect(await deliver(deps, to, await mime({ from: sub.email, to, text: 'RESTART' }))).toBe('command');
    expect(await deps.store.get(sub.id)).toMatchObject({ status: 'active', week: 2, nextDay: 1 });
    const sent = await mornings(deps, 11, 40);
    expect(sent.filter((e) => e.subject.startsWith('Day'))).toHaveLength(7);
    // The new week logged nobody, so its own reconnect has nobody to recall; the old one never comes.
    expect(sent.filter((e) => e.subject === 'A month on: the people you thanked')).toEqual([]);
  });

  it('is never sent twice, even when its job is queued twice or a pass repeats', async () => {
    const deps = testDeps();
    const sub = await weekDone(deps, { text: 'Thanked my sister Leah.', name: 'Leah' });
    deps.clock.set(new Date(Date.parse(sub.nextSendAt ?? '') + 60_000));
    const job = { subscriberId: sub.id, week: sub.week, day: 9 };
    const outcomes = await Promise.all([sendDue(deps, job), sendDue(deps, job)]);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(await sendDue(deps, job)).toBe('skipped');
    expect(await mornings(deps, 37, 3)).toEqual([]);
  });

  it('is not sent to anyone unsubscribed, to anyone who turned it off, nor when the week logged nobody', async () => {
    const deps = testDeps();
    const left = await weekDone(deps, { text: 'Thanked my sister Leah.', name: 'Leah' });
    await unsubscribeByToken(deps, signToken(TEST_KEYS, { purpose: 'unsubscribe', subscriberId: left.id }));
    const declined = await weekDone(deps, { text: 'Thanked my sister Leah.', name: 'Leah' });
    await turnOffReconnect(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: declined.id }));
    expect(await deps.store.get(declined.id)).toMatchObject({ reconnect: false, nextSendAt: null });
    const quiet = await weekDone(deps, { text: 'Went for a long walk and thought about it.' });
    expect(await mornings(deps, 8, 45)).toEqual([]);
    // The week that logged nobody moved past its reconnect: nothing stays due for it.
    expect(await deps.store.get(quiet.id)).toMatchObject({ nextDay: 10, nextSendAt: null });
  });

  it('logs replies under "after the week", whether or not they name anyone, and answers each', async () => {
    const deps = testDeps();
    const sub = await weekDone(deps, { text: 'Thanked my sister Leah.', name: 'Leah' });
    await mornings(deps, 37, 1);
    const to = testLinks(sub).replyTo(9, sub.week);
    const reply = (text: string) =>
      mime({ from: sub.email, to, subject: 'Re: A month on: the people you thanked', text });
    deps.clock.set(new Date(morning(37).getTime() + DAY_MS / 4));
    expect(await deliver(deps, to, await reply('Met up for coffee and heard all about the new job.'))).toBe(
      'logged',
    );
    expect(deps.mailer.sent.at(-1)?.text).toContain('Your words are in your log under “After the week”.');
    expect(await deliver(deps, to, await reply('Phoned Leah to thank her again for the move.'))).toBe(
      'logged',
    );
    const receipt = deps.mailer.sent.at(-1);
    expect(receipt?.subject).toBe('Logged: your check-in after the week');
    expect(receipt?.text).toContain('Logged under “After the week”: Leah, by phone.');

    const log = await weekLog(deps, (await deps.store.get(sub.id)) as Subscriber);
    expect(log.after.map(({ text, thanked }) => ({ text, thanked }))).toEqual([
      { text: 'Met up for coffee and heard all about the new job.', thanked: [] },
      {
        text: 'Phoned Leah to thank her again for the move.',
        thanked: [{ name: 'Leah', relationship: null, channel: 'call' }],
      },
    ]);
    // The week itself is unchanged: notes after it are not thanks of a day.
    expect(log.thanked.map((t) => t.day)).toEqual([1]);
  });
});
