/**
 * A group's week on `npm start`, as an organizer, four members (one of whom stops) and the outside
 * checks drive it: HTTP, the SES emulator's inbox, real SMTP and the `gratitude` CLI.
 */
import { inboxOf, joinAndConfirm, linkIn, mailTo, smtpTo } from '../support/first-day';
import { type RunningStack, startStack } from '../support/main-process';

jest.setTimeout(150_000);

let stack: RunningStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const DAY_MS = 86_400_000;

it('an organizer creates and confirms a group; four members join and start together; one stops, one corrects; the dashboard shows counts only', async () => {
  const organizer = 'lead.e2e@example.com';
  const start = new Date(Date.now() + 2 * DAY_MS).toISOString().slice(0, 10);
  const created = await fetch(`${stack.url}/groups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizerEmail: organizer,
      name: 'Spring career workshop',
      startDate: start,
      timezone: 'UTC',
    }),
  });
  expect(created.status).toBe(202);
  expect(await created.json()).toEqual({ status: 'pending' });

  // Confirm by the emailed link: the page only shows a button, the button confirms.
  const [confirmEmail] = await inboxOf(stack, organizer);
  const confirmUrl = linkIn(confirmEmail?.body.text, '/groups/confirm?token=');
  expect((await fetch(confirmUrl)).status).toBe(200);
  const confirmed = await fetch(confirmUrl, { method: 'POST' });
  expect(confirmed.status).toBe(200);
  const ready = await mailTo(stack, organizer, (e) => e.subject === 'Your Gratitude Week group is ready');
  const joinUrl = linkIn(ready?.body.text, '/join/');
  const dashboardUrl = linkIn(ready?.body.text, '/groups/dashboard?token=');
  const code = joinUrl.split('/join/')[1] ?? '';
  expect(code).toMatch(/^[0-9a-z]{7}$/);
  expect(await (await fetch(joinUrl)).text()).toContain('Spring career workshop');

  // Four members join by its code and confirm by replying to the welcome.
  const members = ['ama.e2e@example.com', 'bo.e2e@example.com', 'cyd.e2e@example.com'];
  const leaver = 'dov.e2e@example.com';
  const smtp = smtpTo(stack);
  for (const email of [...members, leaver]) await joinAndConfirm(stack, email, code);
  const unknown = await fetch(`${stack.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'dee.e2e@example.com', group: 'zzzzzzz' }),
  });
  expect(unknown.status).toBe(400);
  expect(((await unknown.json()) as { error: unknown }).error).toMatchObject({
    code: 'unknown_group',
    field: 'group',
  });

  // Nobody gets a prompt before the start date; on it, everyone gets day 1 at their hour.
  const day1 = Date.parse(`${start}T09:00:00Z`);
  const tick = async (at: number) =>
    JSON.parse((await stack.cli(['tick', '--at', new Date(at).toISOString()])).stdout);
  expect(await tick(day1 - DAY_MS + 60_000)).toEqual({ due: 0, sent: 0 });
  expect(await tick(day1 - 60_000)).toEqual({ due: 0, sent: 0 });
  expect(await tick(day1 + 60_000)).toEqual({ due: 4, sent: 4 });

  // Three members reply; then the fourth stops, and one takes a person back off their day.
  const replies: Record<string, string> = {
    'ama.e2e@example.com': 'Called my grandmother Efua to thank her for the school fees.',
    'bo.e2e@example.com': 'Texted my brother Kwesi and my friend Yaw to say thanks.',
    [leaver]: 'Thanked my neighbour Kojo for the lift.',
  };
  const replyToDay1 = async (email: string, text: string) => {
    const prompt = await mailTo(stack, email, (e) => e.subject.startsWith('Day 1'));
    await smtp.sendMail({ from: email, to: prompt?.replyTo[0], subject: `Re: ${prompt?.subject}`, text });
  };
  for (const [email, text] of Object.entries(replies)) await replyToDay1(email, text);
  await replyToDay1(leaver, 'STOP');
  const receipt = (await inboxOf(stack, 'bo.e2e@example.com')).find(
    (e) => e.subject === 'Logged: day 1 of Gratitude Week',
  );
  await smtp.sendMail({
    from: 'bo.e2e@example.com',
    to: receipt?.replyTo[0],
    subject: `Re: ${receipt?.subject}`,
    text: 'Remove Yaw.',
  });

  const json = await fetch(dashboardUrl.replace('/groups/dashboard?', '/groups/dashboard.json?'));
  expect(json.status).toBe(200);
  const dashboard = (await json.json()) as { days: unknown[] };
  expect(dashboard).toMatchObject({
    name: 'Spring career workshop',
    code,
    startDate: start,
    members: 3,
    thanksTotal: 3,
  });
  // The one who stopped is no longer a member; their reply and the person they thanked stay.
  expect(dashboard.days[0]).toEqual({ day: 1, replied: 3, thanks: 3 });
  const page = await (await fetch(dashboardUrl)).text();
  for (const secret of [...members, leaver, 'Efua', 'Kwesi', 'Yaw', 'Kojo', 'school fees']) {
    expect(JSON.stringify(dashboard)).not.toContain(secret);
    expect(page).not.toContain(secret);
  }
  const cli = await stack.cli(['group', '--code', code]);
  expect(JSON.parse(cli.stdout)).toEqual(dashboard);

  // A forged dashboard token is refused.
  const forged = dashboardUrl
    .replace(/.{4}$/, 'aaaa')
    .replace('/groups/dashboard?', '/groups/dashboard.json?');
  expect((await fetch(forged)).status).toBeGreaterThanOrEqual(400);

  // After the week: each member's recap names the group; the organizer gets the summary.
  for (let n = 1; n <= 7; n++) await tick(day1 + n * DAY_MS + 60_000);
  for (const email of members) {
    const recap = await mailTo(stack, email, (e) => e.subject.startsWith('Your Gratitude Week'));
    expect(recap?.body.text).toContain('Together, Spring career workshop thanked 3 people this week.');
  }
  const isSummary = (e: { subject: string }) => e.subject === 'Your group’s Gratitude Week in numbers';
  const summary = (await inboxOf(stack, organizer, (emails) => emails.some(isSummary))).filter(isSummary);
  expect(summary).toHaveLength(1);
  expect(summary[0]?.body.text).toContain(
    '3 people did the week in Spring career workshop and thanked 3 people between them.',
  );
});
