/**
 * The organizer's summary on `npm start`, in the two cases where nobody's last recap sends it: a
 * member who pauses and never resumes (the other members' last recap sends it), and a group
 * everyone left before any recap (the scheduler pass sends it at the group's deadline). Driven as
 * the outside checks drive the stack: HTTP, real SMTP, `gratitude tick`, the SES emulator's inbox.
 */
import { inboxOf, joinAndConfirm, linkIn, mailTo, smtpTo } from '../support/first-day';
import { type RunningStack, type StoredEmail, startStack } from '../support/main-process';
import { withoutLinks } from '../support/without-links';

jest.setTimeout(180_000);

let stack: RunningStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const DAY_MS = 86_400_000;
const isSummary = (e: StoredEmail) =>
  ['Your group’s Gratitude Week in numbers', 'Your group’s Gratitude Week is over'].includes(e.subject);

/** What the emulator holds for `to` now (a tick has settled its mail before it answers). */
const mailNow = (to: string) => inboxOf(stack, to, () => true);
const summariesTo = async (organizer: string) => (await mailNow(organizer)).filter(isSummary);

async function tick(at: number): Promise<{ due: number; sent: number }> {
  return JSON.parse((await stack.cli(['tick', '--at', new Date(at).toISOString()])).stdout);
}

/** An organizer creates and confirms a group in UTC starting on `start`; three members join and confirm. */
async function groupOfThree(organizer: string, name: string, start: string, members: string[]) {
  const created = await fetch(`${stack.url}/groups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organizerEmail: organizer, name, startDate: start, timezone: 'UTC' }),
  });
  expect(created.status).toBe(202);
  const [confirmEmail] = await inboxOf(stack, organizer);
  expect(
    (await fetch(linkIn(confirmEmail?.body.text, '/groups/confirm?token='), { method: 'POST' })).status,
  ).toBe(200);
  const ready = await mailTo(stack, organizer, (e) => e.subject === 'Your Gratitude Week group is ready');
  const code = linkIn(ready?.body.text, '/join/').split('/join/')[1] ?? '';
  const dashboardJson = linkIn(ready?.body.text, '/groups/dashboard?token=').replace(
    '/groups/dashboard?',
    '/groups/dashboard.json?',
  );
  const smtp = smtpTo(stack);
  for (const email of members) {
    const welcome = await joinAndConfirm(stack, email, code);
    await mailTo(stack, email, (e) => e.subject !== welcome?.subject);
  }
  /** `email` replies `text` to their prompt of `day`, and waits for the answer it brings. */
  const reply = async (email: string, day: number, text: string, answer: (e: StoredEmail) => boolean) => {
    const prompt = await mailTo(stack, email, (e) => e.subject.startsWith(`Day ${day}`));
    await smtp.sendMail({ from: email, to: prompt?.replyTo[0], subject: `Re: ${prompt?.subject}`, text });
    expect(await mailTo(stack, email, answer)).toBeDefined();
  };
  const dashboard = async () => (await (await fetch(dashboardJson)).json()) as { members: number };
  return {
    reply,
    dashboard,
    day1: Date.parse(`${start}T09:00:00Z`),
    deadline: Date.parse(`${start}T00:00:00Z`) + 10 * DAY_MS,
  };
}

const startIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

it('a group everyone left before any recap: the organizer hears so from the scheduler pass at its deadline, once, with no numbers', async () => {
  const organizer = 'night.lead.e2e@example.com';
  const members = ['ines.e2e@example.com', 'jon.e2e@example.com', 'kai.e2e@example.com'];
  const group = await groupOfThree(organizer, 'Night shift circle', startIn(2), members);
  expect(await tick(group.day1 + 60_000)).toEqual({ due: 3, sent: 3 });
  const logged = (e: StoredEmail) => e.subject === 'Logged: day 1 of Gratitude Week';
  await group.reply('ines.e2e@example.com', 1, 'Thanked my colleague Priya for covering my shift.', logged);
  const stopped = (e: StoredEmail) => e.subject === 'You are unsubscribed from Gratitude Week';
  for (const email of members) await group.reply(email, 1, 'STOP', stopped);
  expect(await group.dashboard()).toMatchObject({ members: 0 });

  // The week and the days after it go by: nobody is left to have a recap, nothing is sent.
  await tick(group.day1 + 7 * DAY_MS + 60_000);
  await tick(group.deadline - 60_000);
  expect(await summariesTo(organizer)).toEqual([]);

  await tick(group.deadline + 60_000);
  const summaries = await summariesTo(organizer);
  expect(summaries).toHaveLength(1);
  expect(summaries[0]?.subject).toBe('Your group’s Gratitude Week is over');
  const text = summaries[0]?.body.text ?? '';
  expect(text).toContain(
    'Everyone who joined Night shift circle left before the end of their week, so there are no numbers to share.',
  );
  for (const secret of ['Priya', 'colleague', 'shift.', 'Day 1:', ...members])
    expect(withoutLinks(text)).not.toContain(secret);
  expect(summaries[0]?.body.html).not.toContain('Priya');

  // Later passes find nothing more to send.
  await tick(group.deadline + 10 * 60_000);
  await tick(group.deadline + DAY_MS);
  expect(await summariesTo(organizer)).toHaveLength(1);
});

it('a member who pauses and never resumes does not hold the summary: the last active recap sends it, once', async () => {
  const organizer = 'morning.lead.e2e@example.com';
  const members = ['lea.e2e@example.com', 'max.e2e@example.com', 'noa.e2e@example.com'];
  const group = await groupOfThree(organizer, 'Morning team', startIn(3), members);
  expect(await tick(group.day1 + 60_000)).toMatchObject({ sent: 3 });
  await group.reply(
    'lea.e2e@example.com',
    1,
    'Called my father to thank him.',
    (e) => e.subject === 'Logged: day 1 of Gratitude Week',
  );
  await group.reply('noa.e2e@example.com', 1, 'PAUSE', (e) => e.subject === 'Gratitude Week is paused');

  // Days 2 to 7 go to the two active members; no summary while they are in their week.
  for (let n = 1; n <= 6; n++)
    expect(await tick(group.day1 + n * DAY_MS + 60_000)).toMatchObject({ sent: 2 });
  expect(await summariesTo(organizer)).toEqual([]);

  // Their recaps go out the day after day 7: the summary goes with them, three days before the deadline.
  expect(await tick(group.day1 + 7 * DAY_MS + 60_000)).toMatchObject({ sent: 2 });
  const summaries = await summariesTo(organizer);
  expect(summaries).toHaveLength(1);
  expect(summaries[0]?.subject).toBe('Your group’s Gratitude Week in numbers');
  expect(summaries[0]?.body.text).toContain(
    '3 people did the week in Morning team and thanked one person between them.',
  );
  expect(summaries[0]?.body.text).not.toContain('father');

  // The deadline passes with her still paused: the summary is not sent again.
  await tick(group.deadline + 60_000);
  expect(await summariesTo(organizer)).toHaveLength(1);
  expect((await mailNow('noa.e2e@example.com')).filter((e) => e.subject.startsWith('Day 2'))).toEqual([]);
});
