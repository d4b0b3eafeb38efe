/**
 * A month after the week, on `npm start`: the whole week by `tick`, a reply over SMTP, then the
 * one reconnect email thirty days after the recap, its reply in `export`, and nothing after.
 */
import { inboxOf, mailTo, smtpTo, toFirstPrompt } from '../support/first-day';
import { type RunningStack, startStack } from '../support/main-process';

jest.setTimeout(120_000);

let stack: RunningStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

it('sends one reconnect email thirty days after the recap, logs its reply under "after", and nothing more', async () => {
  const email = 'leah.reconnect@example.com';
  // UTC keeps the arithmetic of this test plain; the unit tests cover zones and clock changes.
  const person = { email, name: 'Sam', timezone: 'UTC', sendHour: 9 };
  const day1 = await toFirstPrompt(stack, person);
  const smtp = smtpTo(stack);
  await smtp.sendMail({
    from: email,
    to: day1?.replyTo[0],
    subject: `Re: ${day1?.subject}`,
    text: 'Rang my sister Leah to thank her for helping with the move.',
  });
  const tick = async (at: number) =>
    JSON.parse((await stack.cli(['tick', '--at', new Date(at).toISOString()])).stdout) as {
      due: number;
      sent: number;
    };

  // Days 2 to 7 and the recap, each on the next morning.
  const first = JSON.parse((await stack.cli(['export', '--email', email])).stdout).prompts[0]
    .sentAt as string;
  const morning = (n: number) => Date.parse(first) + n * DAY_MS;
  for (let n = 1; n <= 7; n++) expect(await tick(morning(n))).toEqual({ due: 1, sent: 1 });
  const recap = (await inboxOf(stack, email)).filter((e) => e.subject.includes('everyone you thanked'));
  expect(recap).toHaveLength(1);
  expect(JSON.parse((await stack.cli(['export', '--email', email])).stdout).status).toBe('completed');

  // Thirty days after the recap at the send hour: not a minute before, exactly once.
  const reconnectAt = morning(7) + 30 * DAY_MS;
  expect(await tick(reconnectAt - 10 * MINUTE_MS)).toEqual({ due: 0, sent: 0 });
  expect(await tick(reconnectAt + MINUTE_MS)).toEqual({ due: 1, sent: 1 });
  expect(await tick(reconnectAt + 40 * MINUTE_MS)).toEqual({ due: 0, sent: 0 });
  const reconnects = (await inboxOf(stack, email)).filter((e) => e.subject.startsWith('A month on'));
  expect(reconnects).toHaveLength(1);
  const [reconnect] = reconnects;
  expect(reconnect?.subject.startsWith('Day')).toBe(false);
  expect(reconnect?.body.text).toContain('Your sister Leah, by phone');
  expect(reconnect?.body.text).toMatch(/\/reconnect\?token=l\./);
  const headers = Object.fromEntries((reconnect?.headers ?? []).map((h) => [h.name, h.value]));
  expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

  // The reply to it is logged after the week and answered.
  await smtp.sendMail({
    from: email,
    to: reconnect?.replyTo[0],
    subject: `Re: ${reconnect?.subject}`,
    text: 'Phoned Leah to thank her again, and we are having dinner on Friday.',
  });
  const exported = JSON.parse((await stack.cli(['export', '--email', email])).stdout);
  expect(exported.after).toEqual([
    {
      receivedAt: expect.any(String),
      text: 'Phoned Leah to thank her again, and we are having dinner on Friday.',
      thanked: [{ name: 'Leah', relationship: null, channel: 'call' }],
    },
  ]);
  expect(exported.thanked.map((t: { day: number }) => t.day)).toEqual([1]);
  const receipt = await mailTo(stack, email, (e) => e.subject === 'Logged: your check-in after the week');
  expect(receipt?.body.text).toContain('Leah, by phone');

  // Never twice: a month and a year later, nothing is due.
  expect(await tick(reconnectAt + 30 * DAY_MS)).toEqual({ due: 0, sent: 0 });
  expect(await tick(reconnectAt + 365 * DAY_MS)).toEqual({ due: 0, sent: 0 });
});
