/** Groups: create and confirm, join by code, start together, counts only, the recap line and the summary. */
import { MAX_GROUP_MEMBERS } from '../../../functions/core/group';
import { signGroupToken } from '../../../functions/core/tokens';
import {
  closeGroup,
  confirmGroup,
  dashboardForCode,
  dashboardForToken,
  deleteGroup,
} from '../../../functions/core/use-cases/groups';
import { subscribe } from '../../../functions/core/use-cases/subscribe';
import { schedulerPass } from '../../../functions/local/scheduler-pass';
import { dashboardPage } from '../../../functions/runtime/http/group-pages';
import { TEST_KEYS, testDeps, testLinks } from '../../builders/deps';
import { GROUP_CREATED_AT, member, openGroup } from '../../builders/groups';
import { deliver } from '../../builders/inbound';
import { mime } from '../../builders/mail';
import { withoutLinks } from '../../support/without-links';

const NOW = GROUP_CREATED_AT;

describe('groups', () => {
  it('gives back the seat of a sign-up that lost a race for the same address', async () => {
    const deps = testDeps();
    const { group } = await openGroup(deps);
    const signUp = () =>
      subscribe(deps, {
        email: 'twice@example.com',
        timezone: 'Europe/London',
        sendHour: 8,
        client: 'c1',
        group: group.code,
      });
    await Promise.all([signUp(), signUp()]);
    const sub = await deps.store.findByEmail('twice@example.com');
    expect(sub?.group?.groupId).toBe(group.id);
    expect(await deps.groups.counts(group.id)).toMatchObject({ joined: 1 });
  });

  it('is created pending, confirmed by its link, and sends the join and dashboard links once', async () => {
    const deps = testDeps();
    const { group, links } = await openGroup(deps);
    expect(group.status).toBe('open');
    const [confirm, ready] = deps.mailer.sent;
    expect(confirm?.to).toBe('Organizer@example.com');
    expect(confirm?.subject).toBe('Please confirm your Gratitude Week group');
    expect(confirm?.text).toContain('/groups/confirm?token=h.');
    expect(ready?.subject).toBe('Your Gratitude Week group is ready');
    expect(ready?.text).toContain(links.joinUrl);
    expect(ready?.text).toContain('/groups/dashboard?token=g.');
    expect(links.joinUrl).toMatch(/^https:\/\/gratitude\.test\/join\/[0-9a-z]{7}$/);
    // A second confirmation changes nothing and sends nothing.
    await confirmGroup(deps, new URL(links.confirmUrl).searchParams.get('token'));
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('starts every member on the start date at their own hour, counts replies and thanks, and shows counts only', async () => {
    const deps = testDeps();
    const { group, dashboardToken } = await openGroup(deps);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      await member(deps, email, group.code.toUpperCase());
    // Confirmed on 1 December, but day 1 waits for 7 December at 08:00 New York.
    for (const sub of deps.store.subscribers.values())
      expect(sub.nextSendAt).toBe('2026-12-07T13:00:00.000Z');
    expect((await schedulerPass(deps, new Date('2026-12-06T13:05:00Z'))).sent).toBe(0);
    expect((await schedulerPass(deps, new Date('2026-12-07T13:05:00Z'))).sent).toBe(3);

    const ana = await deps.store.findByEmail('ana@example.com');
    const ben = await deps.store.findByEmail('ben@example.com');
    const reply = async (email: string, to: string, text: string) =>
      deliver(deps, to, await mime({ from: email, to, text }));
    await reply(
      'ana@example.com',
      testLinks(ana!).replyTo(1, 1),
      'Called my mum and my brother Tom to thank them.',
    );
    await reply('ana@example.com', testLinks(ana!).replyTo(1, 1), 'And my aunt Rosa.');
    await reply(
      'ben@example.com',
      testLinks(ben!).replyTo(1, 1),
      'Thanked my neighbour Sam for the snow shovelling.',
    );

    const { dashboard } = await dashboardForToken(deps, dashboardToken);
    expect(dashboard).toMatchObject({
      name: 'Tuesday career workshop',
      code: group.code,
      startDate: '2026-12-07',
      members: 3,
    });
    expect(dashboard.days[0]).toEqual({ day: 1, replied: 2, thanks: 4 });
    expect(dashboard.thanksTotal).toBe(4);
    const shown = JSON.stringify(dashboard);
    for (const secret of ['ana@', 'ben@', 'Tom', 'Rosa', 'Sam', 'snow']) expect(shown).not.toContain(secret);
    expect(await dashboardForCode(deps, group.code)).toEqual(dashboard);
  });

  it('counts a reply handled twice (its receipt failed the first time) once, and a reply with a command too', async () => {
    const deps = testDeps();
    const { group, dashboardToken } = await openGroup(deps);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      await member(deps, email, group.code);
    await schedulerPass(deps, new Date('2026-12-07T13:05:00Z'));
    const ana = await deps.store.findByEmail('ana@example.com');
    const to = testLinks(ana!).replyTo(1, 1);
    const raw = await mime({
      from: 'ana@example.com',
      to,
      text: 'Called my mum and my brother Tom to thank them.',
    });
    // The receipt is throttled: the handling fails after the reply was logged and counted, and
    // SES delivers the same message again.
    deps.mailer.throttleNext = 1;
    await expect(deliver(deps, to, raw, 'ses-message-1')).rejects.toMatchObject({ code: 'ses_throttled' });
    expect(await deliver(deps, to, raw, 'ses-message-1')).toBe('logged');
    const ben = await deps.store.findByEmail('ben@example.com');
    const benTo = testLinks(ben!).replyTo(1, 1);
    await deliver(
      deps,
      benTo,
      await mime({ from: 'ben@example.com', to: benTo, text: 'Thanked my neighbour Sam. PAUSE' }),
    );
    const { dashboard } = await dashboardForToken(deps, dashboardToken);
    expect(dashboard.days[0]).toEqual({ day: 1, replied: 2, thanks: 3 });
    // Two calls ("Called my mum and my brother"); Sam's reply did not say how.
    expect(dashboard.channels).toEqual({
      call: 2,
      message: 0,
      email: 0,
      letter: 0,
      'in-person': 0,
      video: 0,
    });
    const page = dashboardPage(group, dashboard, { joinUrl: '', closeAction: '', deleteAction: '' });
    expect(page).toContain('<tr><th scope="row">Calls</th><td>2</td></tr>');
    expect(page).toContain('<tr><th scope="row">Not said</th><td>1</td></tr>');
  });

  it('withholds the numbers below three members, and refuses a forged dashboard token', async () => {
    const deps = testDeps();
    const { group, dashboardToken } = await openGroup(deps);
    await member(deps, 'ana@example.com', group.code);
    await member(deps, 'ben@example.com', group.code);
    const { dashboard } = await dashboardForToken(deps, dashboardToken);
    expect(dashboard).toMatchObject({ members: 2, days: [], thanksTotal: null, withheld: true });
    await expect(dashboardForToken(deps, `${dashboardToken.slice(0, -4)}aaaa`)).rejects.toMatchObject({
      code: 'invalid_token',
    });
    // A confirm token is not a dashboard token.
    await expect(
      dashboardForToken(deps, signGroupToken(TEST_KEYS, 'group-confirm', group.id, NOW)),
    ).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('refuses an unknown code, a closed group and a full one, and a deleted group leaves members their weeks', async () => {
    const deps = testDeps();
    const { group, dashboardToken } = await openGroup(deps);
    await expect(
      subscribe(deps, { email: 'x@example.com', client: 'x', group: 'zzzzzzz' }),
    ).rejects.toMatchObject({ code: 'unknown_group', status: 400, field: 'group' });
    const stored = deps.groups.counters.get(group.id);
    if (stored) stored.joined = MAX_GROUP_MEMBERS;
    await expect(
      subscribe(deps, { email: 'y@example.com', client: 'y', group: group.code }),
    ).rejects.toMatchObject({
      code: 'group_full',
      status: 409,
    });
    if (stored) stored.joined = 0;
    await member(deps, 'ana@example.com', group.code);
    await closeGroup(deps, dashboardToken);
    await expect(
      subscribe(deps, { email: 'z@example.com', client: 'z', group: group.code }),
    ).rejects.toMatchObject({
      code: 'group_closed',
    });
    await deleteGroup(deps, dashboardToken);
    expect(await dashboardForCode(deps, group.code)).toBeNull();
    expect((await deps.store.findByEmail('ana@example.com'))?.status).toBe('active');
  });

  it('adds the group total to each recap, and sends the organizer one summary after the week', async () => {
    const deps = testDeps();
    const { group } = await openGroup(deps);
    for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
      await member(deps, email, group.code);
    await schedulerPass(deps, new Date('2026-12-07T13:05:00Z'));
    const ana = await deps.store.findByEmail('ana@example.com');
    await deliver(
      deps,
      testLinks(ana!).replyTo(1, 1),
      await mime({
        from: 'ana@example.com',
        to: testLinks(ana!).replyTo(1, 1),
        text: 'Rang my sister Leah to thank her.',
      }),
    );
    for (let n = 1; n <= 7; n++) await schedulerPass(deps, new Date(Date.UTC(2026, 11, 7 + n, 13, 5)));
    const recaps = deps.mailer.sent.filter((e) =>
      ['Your Gratitude Week: everyone you thanked', 'Your Gratitude Week recap'].includes(e.subject),
    );
    expect(recaps).toHaveLength(3);
    for (const recap of recaps)
      expect(recap.text).toContain('Together, Tuesday career workshop thanked one person this week.');
    const summaries = deps.mailer.sent.filter((e) => e.subject === 'Your group’s Gratitude Week in numbers');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.to).toBe('Organizer@example.com');
    expect(summaries[0]?.text).toContain(
      '3 people did the week in Tuesday career workshop and thanked one person between them.',
    );
    // The dashboard's numbers, day by day, and nobody's name or words.
    expect(summaries[0]?.text).toContain('Day 1: one reply, one person thanked.');
    expect(summaries[0]?.text).toContain('Day 7: 0 replies, 0 people thanked.');
    for (const secret of ['Leah', 'sister', 'ana@'])
      expect(withoutLinks(summaries[0]?.text)).not.toContain(secret);
  });

  it('tells the organizer of a group below three members that its numbers stay private', async () => {
    const deps = testDeps();
    const { group } = await openGroup(deps);
    for (const email of ['ana@example.com', 'ben@example.com']) await member(deps, email, group.code);
    for (let n = 0; n <= 7; n++) await schedulerPass(deps, new Date(Date.UTC(2026, 11, 7 + n, 13, 5)));
    const recaps = deps.mailer.sent.filter(
      (e) => e.to === 'ana@example.com' && e.text.includes('Tuesday career'),
    );
    expect(recaps).toHaveLength(0);
    const summaries = deps.mailer.sent.filter((e) => e.subject === 'Your group’s Gratitude Week in numbers');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.text).toContain('2 people did the week in Tuesday career workshop.');
    expect(summaries[0]?.text).toContain('the numbers stay private');
    expect(summaries[0]?.text).not.toContain('Day 1:');
  });
  it('sends the summary when every member has had their recap, even in zones ahead of the organizer', async () => {
    const deps = testDeps();
    const { group } = await openGroup(deps, {
      name: 'Online workshop',
      organizerEmail: 'host@example.com',
      timezone: 'America/Los_Angeles',
    });
    for (const email of ['aiko@example.jp', 'ben@example.jp', 'chie@example.jp'])
      await member(deps, email, group.code, 'Asia/Tokyo');
    // 08:00 in Tokyo is 23:00 UTC the evening before, 15:00 in Los Angeles: the recaps on the
    // 14th in Tokyo all go out while it is still the 13th for the organizer.
    for (let n = 0; n <= 7; n++) await schedulerPass(deps, new Date(Date.UTC(2026, 11, 6 + n, 23, 5)));
    const summaries = deps.mailer.sent.filter(
      (e) => e.to === 'host@example.com' && e.text.includes('did the week'),
    );
    expect(summaries).toHaveLength(1);
  });
});
