/** Members who leave their group's week: counted out once, and the organizer's summary still goes once. */
import { signToken } from '../../../functions/core/tokens';
import { dashboardForToken } from '../../../functions/core/use-cases/groups';
import { handleMailEvent } from '../../../functions/core/use-cases/mail-events';
import { deleteMyData, unsubscribeByToken } from '../../../functions/core/use-cases/manage';
import { schedulerPass } from '../../../functions/local/scheduler-pass';
import { TEST_KEYS, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { member, openGroup } from '../../builders/groups';
import { deliver, replyTo } from '../../builders/inbound';
import { mime } from '../../builders/mail';

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

const summariesTo = (deps: TestDeps, organizer: string) =>
  deps.mailer.sent.filter(
    (e) => e.to === organizer && e.subject === 'Your group’s Gratitude Week in numbers',
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
    await tokyoGroup(deps);
    await tokyoMornings(deps, [0, 1, 2, 3]);
    // Chie pauses and never gets to her recap; the others have theirs.
    expect(await reply(deps, 'chie@example.com', 3, 'PAUSE')).toBe('command');
    await tokyoMornings(deps, [4, 5, 6, 7]);
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
    await tokyoGroup(deps);
    await tokyoMornings(deps, [0, 1, 2, 3]);
    expect(await reply(deps, 'chie@example.com', 3, 'PAUSE')).toBe('command');
    await tokyoMornings(deps, [4, 5, 6, 7]);
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
    await tokyoGroup(deps);
    await tokyoMornings(deps, [0, 1, 2, 3]);
    expect(await reply(deps, 'chie@example.com', 3, 'PAUSE')).toBe('command');
    await tokyoMornings(deps, [4, 5, 6, 7]);
    const chie = await subscriberOf(deps, 'chie@example.com');
    await deleteMyData(deps, signToken(TEST_KEYS, { purpose: 'log', subscriberId: chie.id }));
    expect(summariesTo(deps, 'host@example.com')).toHaveLength(1);
  });
});
