/**
 * Members who leave or pause their group's week: counted out once, and the organizer's summary
 * still goes once: after the last active member's recap, or at the group's deadline by the
 * scheduler pass (a group everyone left or paused included).
 */

import { messages } from '../../../functions/core/messages';
import { signToken } from '../../../functions/core/tokens';
import { createGroup, dashboardForToken } from '../../../functions/core/use-cases/groups';
import { handleMailEvent } from '../../../functions/core/use-cases/mail-events';
import { deleteMyData, unsubscribeByToken } from '../../../functions/core/use-cases/manage';
import { schedulerPass } from '../../../functions/local/scheduler-pass';
import { TEST_KEYS, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { member, openGroup } from '../../builders/groups';
import { deliver, replyTo } from '../../builders/inbound';
import { mime } from '../../builders/mail';
import { withoutLinks } from '../../support/without-links';

/** `email` answers their email of `day` with `text`. */
async function reply(deps: TestDeps, email: string, day: number, text: string) {
  const sub = await deps.store.findByEmail(email);
  if (!sub) throw new Error(`no subscriber ${email}`);
  const to = replyTo(sub, day);
  return deliver(deps, to, await mime({ from: email, to, text }));
}

async function subscriberOf(deps: TestDeps, email: string) {
  const sub = await deps.store.findByEmail(email);
  if (!sub) throw new Error(`no subscriber ${email}`);
  return sub;
}

/** The organizer's summaries: with numbers, or saying why there are none. */
const summariesTo = (deps: TestDeps, organizer: string) =>
  deps.mailer.sent.filter(
    (e) =>
      e.to === organizer &&
      ['Your group’s Gratitude Week in numbers', 'Your group’s Gratitude Week is over'].includes(e.subject),
  );

/** A group in Los Angeles whose three members live in Tokyo: their recaps all go out before the organizer's week is over. */
async function tokyoGroup(deps: TestDeps) {
  const { group } = await openGroup(deps, {
    name: 'Online workshop',
    organizerEmail: 'host@example.com',
    timezone: 'America/Los_Angeles',
  });
  for (const email of ['aiko@example.com', 'ben@example.com', 'chie@example.com'])
    await member(deps, email, group.code, 'Asia/Tokyo');
  return group;
}

/** The Tokyo group, but Chie joins on the 9th: her week runs three days behind the others'. */
async function tokyoGroupWithLateJoiner(deps: TestDeps) {
  const { group } = await openGroup(deps, {
    name: 'Online workshop',
    organizerEmail: 'host@example.com',
    timezone: 'America/Los_Angeles',
  });
  for (const email of ['aiko@example.com', 'ben@example.com'])
    await member(deps, email, group.code, 'Asia/Tokyo');
  deps.clock.set(new Date('2026-12-09T12:00:00Z'));
  await member(deps, 'chie@example.com', group.code, 'Asia/Tokyo');
  return group;
}

/** The scheduler at 23:05 UTC (08:05 in Tokyo) on 6 + n December, for each n of `days`. */
async function tokyoMornings(deps: TestDeps, days: number[]) {
  for (const n of days) await schedulerPass(deps, new Date(Date.UTC(2026, 11, 6 + n, 23, 5)));
}

describe('members leaving their group', () => {
  it('counts out each member who stops, restarts, unsubscribes, bounces or deletes their data, once; what they did stays counted', async () => {
    const deps = testDeps();
    const { group, dashboardToken } = await openGroup(deps);
    const people = ['ana', 'ben', 'chloe', 'dan', 'eve', 'finn', 'gia'].map((n) => `${n}@example.com`);
    for (const email of people) await member(deps, email, group.code);
    await schedulerPass(deps, new Date('2026-12-07T13:05:00Z'));
    expect(await reply(deps, 'ana@example.com', 1, 'Called my mum and my brother Tom to thank them.')).toBe(
      'logged',
    );
    const members = async () => (await deps.groups.counts(group.id)).members;
    expect(await members()).toBe(7);

    expect(await reply(deps, 'ana@example.com', 1, 'STOP')).toBe('unsubscribed');
    expect(await members()).toBe(6);
    // A second STOP (or the same one handled again) changes nothing more.
    expect(await reply(deps, 'ana@example.com', 1, 'STOP')).toBe('unsubscribed');
    expect(await members()).toBe(6);

    expect(await reply(deps, 'ben@example.com', 1, 'RESTART')).toBe('command');
    expect((await subscriberOf(deps, 'ben@example.com')).week).toBe(2);
    expect(await members()).toBe(5);

    const chloe = await subscriberOf(deps, 'chloe@example.com');
    await unsubscribeByToken(deps, new URL(testLinks(chloe).unsubscribeUrl).searchParams.get('token'));
    await unsubscribeByToken(deps, new URL(testLinks(chloe).unsubscribeUrl).searchParams.get('token'));
    expect(await members()).toBe(4);

    const dan = await subscriberOf(deps, 'dan@example.com');
    const unsubscribeBox = new URL(testLinks(dan).unsubscribeMailto).pathname;
    expect(
      await deliver(
        deps,
        unsubscribeBox,
        await mime({ from: 'dan@example.com', to: unsubscribeBox, text: 'unsubscribe' }),
      ),
    ).toBe('unsubscribed');
    expect(await members()).toBe(3);

    await handleMailEvent(deps, { kind: 'hard-bounce', recipients: ['eve@example.com'] });
    await handleMailEvent(deps, { kind: 'complaint', recipients: ['eve@example.com'] });
    expect(await members()).toBe(2);

    const finn = await subscriberOf(deps, 'finn@example.com');
    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: finn.id }));
    expect(await members()).toBe(1);

    // Seats are given back; ana's day 1 (her reply, the two people she called) stays.
    expect(await deps.groups.counts(group.id)).toMatchObject({
      joined: 1,
      members: 1,
      replied: [1, 0, 0, 0, 0, 0, 0],
      thanks: [2, 0, 0, 0, 0, 0, 0],
    });
    const { dashboard } = await dashboardForToken(deps, dashboardToken);
    expect(dashboard).toMatchObject({ members: 1, withheld: true });
    // Leaving is not a reason to mail the organizer while the others are still in their week.
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(0);
  });

  it('does not count a reply that a member who left sends later', async () => {
    const deps = testDeps();
    const { group } = await openGroup(deps);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      await member(deps, email, group.code);
    await schedulerPass(deps, new Date('2026-12-07T13:05:00Z'));
    await handleMailEvent(deps, { kind: 'complaint', recipients: ['ana@example.com'] });
    await reply(deps, 'ana@example.com', 1, 'Thanked my neighbour Sam for the snow shovelling.');
    expect(await deps.groups.counts(group.id)).toMatchObject({ members: 2, replied: [0, 0, 0, 0, 0, 0, 0] });
  });

  it('keeps counting a member who leaves after their recap: they did the week', async () => {
    const deps = testDeps();
    const { group } = await openGroup(deps);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      await member(deps, email, group.code);
    for (let n = 0; n <= 7; n++) await schedulerPass(deps, new Date(Date.UTC(2026, 11, 7 + n, 13, 5)));
    expect(await deps.groups.counts(group.id)).toMatchObject({ members: 3, recapped: 3 });
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(1);

    expect(await reply(deps, 'ana@example.com', 7, 'RESTART')).toBe('command');
    expect(await reply(deps, 'ben@example.com', 7, 'STOP')).toBe('unsubscribed');
    const chloe = await subscriberOf(deps, 'chloe@example.com');
    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: chloe.id }));
    expect(await deps.groups.counts(group.id)).toMatchObject({ joined: 3, members: 3, recapped: 3 });
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(1);
  });

  it('sends the summary once after the last remaining recap when a member left before theirs', async () => {
    const deps = testDeps();
    await tokyoGroup(deps);
    await tokyoMornings(deps, [0, 1, 2, 3]);
    expect(await reply(deps, 'chie@example.com', 3, 'STOP')).toBe('unsubscribed');
    // The two remaining recaps go out on the 14th in Tokyo, still the 13th for the organizer.
    await tokyoMornings(deps, [4, 5, 6, 7]);
    const summaries = summariesTo(deps, 'host@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.text).toContain('2 people did the week in Online workshop.');
    // The organizer's week ends; nothing sends it again.
    await tokyoMornings(deps, [8, 9]);
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });

  it('sends the summary once when the last member leaves after the others finished', async () => {
    const deps = testDeps();
    await tokyoGroupWithLateJoiner(deps);
    // The others have their recaps; Chie, who joined late, is on her day 5.
    await tokyoMornings(deps, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await deps.groups.counts([...deps.groups.groups.keys()][0] ?? '')).toMatchObject({
      members: 3,
      recapped: 2,
    });
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(0);

    // She stops: the summary was waiting only for her.
    expect(await reply(deps, 'chie@example.com', 3, 'STOP')).toBe('unsubscribed');
    const summaries = summariesTo(deps, 'host@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.text).toContain('2 people did the week in Online workshop.');
    // Deleting her data afterwards (another leaving, retried or not) sends nothing more.
    const chie = await subscriberOf(deps, 'chie@example.com');
    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: chie.id }));
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });

  it('sends the summary when the member it waited for bounces', async () => {
    const deps = testDeps();
    await tokyoGroupWithLateJoiner(deps);
    await tokyoMornings(deps, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(0);
    // Her mailbox is gone: the hard bounce suppresses her and takes her out of the group's week.
    await handleMailEvent(deps, { kind: 'hard-bounce', recipients: ['chie@example.com'] });
    const summaries = summariesTo(deps, 'host@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.text).toContain('2 people did the week in Online workshop.');
    await handleMailEvent(deps, { kind: 'complaint', recipients: ['chie@example.com'] });
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });

  it('sends the summary when the last member to finish deletes their data instead', async () => {
    const deps = testDeps();
    await tokyoGroupWithLateJoiner(deps);
    await tokyoMornings(deps, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(0);
    const chie = await subscriberOf(deps, 'chie@example.com');
    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: chie.id }));
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });
});

/** The scheduler at 13:05 UTC (08:05 in New York, the members' zone) on 7 + n December, for each n of `days`. */
async function newYorkMornings(deps: TestDeps, days: number[]) {
  for (const n of days) await schedulerPass(deps, new Date(Date.UTC(2026, 11, 7 + n, 13, 5)));
}

/** A London group starting 7 December, its three members in New York: its deadline is 17 December, 00:00 UTC. */
async function londonGroup(deps: TestDeps, options: Parameters<typeof openGroup>[1] = {}) {
  const { group, dashboardToken } = await openGroup(deps, options);
  for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
    await member(deps, email, group.code);
  return { group, dashboardToken };
}

const DEADLINE = new Date('2026-12-17T00:00:00Z');
const minutes = (n: number) => new Date(DEADLINE.getTime() + n * 60_000);

describe('the organizer summary, with paused members and at the deadline', () => {
  it('does not wait for a member who paused: the last active recap sends it, once', async () => {
    const deps = testDeps();
    await tokyoGroup(deps);
    await tokyoMornings(deps, [0, 1, 2, 3]);
    expect(await reply(deps, 'chie@example.com', 3, 'PAUSE')).toBe('command');
    await tokyoMornings(deps, [4, 5, 6]);
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(0);
    // The two active members' recaps go out on the 14th in Tokyo, still the 13th for the organizer.
    await tokyoMornings(deps, [7]);
    const summaries = summariesTo(deps, 'host@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.text).toContain('3 people did the week in Online workshop');
    // She resumes and finishes her week later; the deadline passes: nothing sends it again.
    expect(await reply(deps, 'chie@example.com', 3, 'RESUME')).toBe('command');
    await tokyoMornings(deps, [8, 9, 10, 11, 12]);
    await schedulerPass(deps, new Date('2026-12-17T08:05:00Z')); // 00:05 in Los Angeles
    expect(await deps.groups.counts([...deps.groups.groups.keys()][0] ?? '')).toMatchObject({
      recapped: 3,
      paused: 0,
    });
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });

  it('sends the summary when the member it waited for pauses after the others finished', async () => {
    const deps = testDeps();
    await tokyoGroupWithLateJoiner(deps);
    await tokyoMornings(deps, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(0);
    expect(await reply(deps, 'chie@example.com', 3, 'PAUSE')).toBe('command');
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
    // Pausing again, or resuming and pausing, sends nothing more.
    expect(await reply(deps, 'chie@example.com', 3, 'RESUME')).toBe('command');
    expect(await reply(deps, 'chie@example.com', 3, 'PAUSE')).toBe('command');
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });

  it('sends the summary of a group everyone paused from the scheduler pass at its deadline, once', async () => {
    const deps = testDeps();
    const { group } = await londonGroup(deps);
    await newYorkMornings(deps, [0]);
    await reply(deps, 'ana@example.com', 1, 'Thanked my neighbour Sam for the snow shovelling.');
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      expect(await reply(deps, email, 1, 'PAUSE')).toBe('command');
    await newYorkMornings(deps, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await schedulerPass(deps, minutes(-1));
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(0);
    await schedulerPass(deps, minutes(0));
    const summaries = summariesTo(deps, 'Organizer@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.text).toContain(
      '3 people did the week in Tuesday career workshop and thanked one person between them.',
    );
    for (const secret of ['Sam', 'neighbour', 'ana@'])
      expect(withoutLinks(summaries[0]?.text)).not.toContain(secret);
    await schedulerPass(deps, minutes(5));
    await schedulerPass(deps, minutes(60 * 24));
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(1);
    expect(await deps.groups.summariesDue(minutes(60 * 24 * 30), 10)).toEqual({ jobs: [] });
    expect(group.status).toBe('open');
  });

  it('tells the organizer of a group everyone left before any recap, at its deadline, once, with no numbers', async () => {
    const deps = testDeps();
    const { dashboardToken } = await londonGroup(deps);
    await newYorkMornings(deps, [0, 1]);
    await reply(deps, 'ana@example.com', 1, 'Called my mum and my brother Tom to thank them.');
    expect(await reply(deps, 'ana@example.com', 2, 'STOP')).toBe('unsubscribed');
    expect(await reply(deps, 'ben@example.com', 2, 'RESTART')).toBe('command');
    await handleMailEvent(deps, { kind: 'hard-bounce', recipients: ['chloe@example.com'] });
    const { dashboard } = await dashboardForToken(deps, dashboardToken);
    expect(dashboard).toMatchObject({ members: 0, withheld: true });
    // Nothing while the week and the days after it run.
    await newYorkMornings(deps, [2, 3, 4, 5, 6, 7, 8, 9]);
    await schedulerPass(deps, minutes(-1));
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(0);
    await schedulerPass(deps, minutes(0));
    const summaries = summariesTo(deps, 'Organizer@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.subject).toBe('Your group’s Gratitude Week is over');
    expect(summaries[0]?.text).toContain(
      'Everyone who joined Tuesday career workshop left before the end of their week, so there are no numbers to share.',
    );
    for (const secret of ['Day 1:', 'Tom', 'mum', 'ana@', 'ben@', 'chloe@', '3 people', 'thanked 2'])
      expect(withoutLinks(summaries[0]?.text)).not.toContain(secret);
    await schedulerPass(deps, minutes(5));
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(1);
  });

  it.each([
    ['es', 'Todas las personas que se unieron a Taller de los martes lo dejaron antes de terminar su semana'],
    ['de', 'Alle, die Taller de los martes beigetreten sind, haben vor dem Ende ihrer Woche aufgehört'],
    [
      'fr',
      'Toutes les personnes qui ont rejoint Taller de los martes ont arrêté avant la fin de leur semaine',
    ],
  ] as const)('says so in the organizer language (%s)', async (language, sentence) => {
    const deps = testDeps();
    await londonGroup(deps, { name: 'Taller de los martes', language });
    await newYorkMornings(deps, [0]);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      expect(await reply(deps, email, 1, 'STOP')).toBe('unsubscribed');
    await schedulerPass(deps, minutes(0));
    const summaries = deps.mailer.sent.filter(
      (e) => e.to === 'Organizer@example.com' && e.text.includes(sentence),
    );
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.subject).toBe(messages(language).groups.summaryEmptySubject);
    expect(summaries[0]?.html).toContain(messages(language).groups.summaryHeading);
  });

  it('sends a summary whose first send was throttled at the next pass, once', async () => {
    const deps = testDeps();
    await londonGroup(deps);
    await newYorkMornings(deps, [0]);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      expect(await reply(deps, email, 1, 'STOP')).toBe('unsubscribed');
    deps.mailer.throttleTo.set('organizer@example.com', 1);
    await schedulerPass(deps, minutes(0));
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(0);
    // The failed job is retried and the next pass finds the group due again: one of them sends it.
    await schedulerPass(deps, minutes(5));
    await schedulerPass(deps, minutes(10));
    expect(summariesTo(deps, 'Organizer@example.com')).toHaveLength(1);
  });

  it('sends a summary the last recap could not send (throttled) at the next pass, once', async () => {
    const deps = testDeps();
    await tokyoGroup(deps);
    await tokyoMornings(deps, [0, 1, 2, 3, 4, 5, 6]);
    deps.mailer.throttleTo.set('host@example.com', 1);
    await tokyoMornings(deps, [7]);
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(0);
    expect(
      deps.mailer.sent.filter(
        (e) => e.subject === 'Your Gratitude Week recap' || e.subject.startsWith('Your Gratitude Week:'),
      ),
    ).toHaveLength(3);
    await schedulerPass(deps, new Date('2026-12-13T23:10:00Z'));
    await schedulerPass(deps, new Date('2026-12-13T23:15:00Z'));
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });

  it('tells the organizer of a group nobody joined, at its deadline, once', async () => {
    const deps = testDeps();
    await openGroup(deps);
    await schedulerPass(deps, minutes(0));
    await schedulerPass(deps, minutes(5));
    const summaries = summariesTo(deps, 'Organizer@example.com');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.subject).toBe('Your group’s Gratitude Week is over');
    expect(summaries[0]?.text).toContain(
      'Nobody joined Tuesday career workshop, so there are no numbers to share.',
    );
  });

  it('sends nothing for a group its organizer never confirmed, and takes it off the due summaries', async () => {
    const deps = testDeps();
    deps.clock.set(new Date('2026-12-01T10:00:00Z'));
    await createGroup(deps, {
      organizerEmail: 'never@example.com',
      name: 'Unconfirmed club',
      startDate: '2026-12-07',
      client: 'never@example.com',
    });
    await schedulerPass(deps, minutes(0));
    expect(deps.mailer.to('never@example.com').map((e) => e.subject)).toEqual([
      'Please confirm your Gratitude Week group',
    ]);
    expect(await deps.groups.summariesDue(minutes(60), 10)).toEqual({ jobs: [] });
  });
});
