/**
 * The first week of a New York subscriber on `npm start`, driven as a person and the outside
 * checks would: HTTP form, the SES emulator's inbox, and the `gratitude` CLI.
 */
import { smtpTo, toFirstPrompt } from '../support/first-day';
import { inboxOf, mailTo, type RunningStack, startStack } from '../support/main-process';

jest.setTimeout(120_000);

let stack: RunningStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

it('subscribe by form, confirm by POST, Day 1 at 08:00 New York only, then one-click unsubscribe', async () => {
  const email = 'maria.e2e@example.com';
  const form = new URLSearchParams({ email, name: 'María', timezone: 'America/New_York', sendHour: '8' });
  const subscribed = await fetch(`${stack.url}/subscribe`, { method: 'POST', body: form });
  expect(subscribed.status).toBe(202);
  expect(await subscribed.text()).toContain('Check your inbox');

  const [welcome] = await inboxOf(stack, email);
  const confirmUrl = welcome?.body.text?.match(/http\S+\/confirm\?token=[a-z0-9.]+/)?.[0] ?? '';
  expect((await fetch(confirmUrl)).status).toBe(200);
  expect(JSON.parse((await stack.cli(['export', '--email', email])).stdout).status).toBe('pending');
  expect((await fetch(confirmUrl, { method: 'POST' })).status).toBe(200);

  const exported = JSON.parse((await stack.cli(['export', '--email', email])).stdout);
  expect(exported).toMatchObject({
    email,
    status: 'active',
    timezone: 'America/New_York',
    sendHour: 8,
    prompts: [],
    thanked: [],
  });

  // Confirmed "now": the first 08:00 in New York after now. Tick around it.
  const schedule = JSON.parse(
    (
      await stack.cli([
        'schedule',
        '--timezone',
        'America/New_York',
        '--send-hour',
        '8',
        '--confirmed-at',
        new Date().toISOString(),
      ])
    ).stdout,
  ) as { sends: string[] };
  const day1 = new Date(schedule.sends[0] ?? '').getTime();
  const tick = async (offsetMinutes: number) =>
    JSON.parse(
      (await stack.cli(['tick', '--at', new Date(day1 + offsetMinutes * 60_000).toISOString()])).stdout,
    );
  expect(await tick(-10)).toEqual({ due: 0, sent: 0 });
  expect(await tick(5)).toEqual({ due: 1, sent: 1 });
  expect(await tick(35)).toEqual({ due: 0, sent: 0 });

  const prompts = (await inboxOf(stack, email)).filter((e) => e.subject.startsWith('Day'));
  expect(prompts.map((p) => p.subject.slice(0, 5))).toEqual(['Day 1']);
  const headers = Object.fromEntries((prompts[0]?.headers ?? []).map((h) => [h.name, h.value]));
  expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  expect(prompts[0]?.replyTo[0]).toMatch(/^reply\+.+@in\.gratitude\.localhost$/);

  const after = JSON.parse((await stack.cli(['export', '--email', email])).stdout);
  expect(after.prompts).toEqual([{ day: 1, sentAt: new Date(day1 + 5 * 60_000).toISOString() }]);

  // A reply over real SMTP to the prompt's Reply-To is logged for day 1 and answered with a receipt.
  const smtp = smtpTo(stack);
  await smtp.sendMail({
    from: `María <${email}>`,
    to: prompts[0]?.replyTo[0],
    subject: `Re: ${prompts[0]?.subject}`,
    text:
      'Called my brother Luis to thank him for teaching me to ride a bike.' +
      '\n\nOn Thu, Nov 26, 2026 at 8:00 AM Gratitude Week <hello@gratitude.localhost> wrote:\n> Day 1 of 7\n> Reply STOP to unsubscribe or PAUSE to take a break.',
  });
  const logged = JSON.parse((await stack.cli(['export', '--email', email])).stdout);
  expect(logged.thanked).toEqual([
    {
      day: 1,
      name: 'Luis',
      relationship: 'brother',
      channel: 'call',
      note: 'Called my brother Luis to thank him for teaching me to ride a bike.',
    },
  ]);
  const receipt = await mailTo(stack, email, (e) => e.subject.startsWith('Logged'));
  expect(receipt?.body.text).toContain('Luis');

  // A forged reply address changes nothing.
  const forged = (prompts[0]?.replyTo[0] ?? '').replace(/\.[a-z2-7]{24}@/, '.aaaaaaaaaaaaaaaaaaaaaaaa@');
  await smtp.sendMail({ from: email, to: forged, subject: 'Re: Day 1', text: 'Thanked my aunt Rosa.' });
  expect(JSON.parse((await stack.cli(['export', '--email', email])).stdout).thanked).toHaveLength(1);

  const oneClick = headers['List-Unsubscribe']?.match(/<(http[^>]+)>/)?.[1] ?? '';
  const unsubscribed = await fetch(oneClick, {
    method: 'POST',
    body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
    redirect: 'manual',
  });
  expect(unsubscribed.status).toBe(200);
  expect(JSON.parse((await stack.cli(['export', '--email', email])).stdout).status).toBe('unsubscribed');
});

it('invalid input gets a 400 naming the field and no stack trace; an unknown export exits 1', async () => {
  const res = await fetch(`${stack.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ok@example.com', timezone: 'Nowhere/Land' }),
  });
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({
    error: { code: 'invalid_timezone', message: expect.any(String), field: 'timezone' },
  });
  const unknown = await stack.cli(['export', '--email', 'nobody@example.com']);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('no subscriber');
});

it('replying to the welcome confirms; the log page and CSV show the week; STOP by reply unsubscribes', async () => {
  const email = 'kenji.e2e@example.com';
  const smtp = smtpTo(stack);
  // Replying to the welcome confirms; Day 1 then brings the link to the personal log.
  const prompt = await toFirstPrompt(stack, { email, name: 'Kenji', timezone: 'Asia/Tokyo', sendHour: 7 });
  expect(JSON.parse((await stack.cli(['export', '--email', email])).stdout).status).toBe('active');
  const log = prompt?.body.text?.match(/http\S+\/log\?token=[a-z0-9.]+/)?.[0] ?? '';
  await smtp.sendMail({
    from: email,
    to: prompt?.replyTo[0],
    subject: 'Re: Day 1',
    text: 'I thanked my mom for the bento she still packs me.',
  });

  const page = await fetch(log);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(await page.text()).toContain('the bento she still packs me');
  const csv = await (await fetch(log.replace('/log?', '/log.csv?'))).text();
  expect(csv.split('\r\n')[0]).toBe('day,name,relationship,note,channel');
  expect(csv).toContain('1,Mom,mother,I thanked my mom for the bento she still packs me.');

  await smtp.sendMail({ from: email, to: prompt?.replyTo[0], subject: 'Re: Day 1', text: 'STOP' });
  expect(JSON.parse((await stack.cli(['export', '--email', email])).stdout).status).toBe('unsubscribed');
});
