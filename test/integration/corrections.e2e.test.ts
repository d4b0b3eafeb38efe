/**
 * Corrections on `npm start`, over real SMTP: a reply logs "Greg", the receipt arrives with its
 * own reply address, an answer to it ("his name is Craig, not Greg") leaves the day with Craig
 * only and the new receipt shows the corrected day; then the log page renames and removes, and a
 * forged log token changes nothing.
 */
import { mailTo, smtpTo, toFirstPrompt } from '../support/first-day';
import { type RunningStack, startStack } from '../support/main-process';

jest.setTimeout(120_000);

let stack: RunningStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function thanked(email: string): Promise<[number, string, string | null][]> {
  const { stdout } = await stack.cli(['export', '--email', email]);
  const entries = (
    JSON.parse(stdout) as { thanked: { day: number; name: string; relationship: string | null }[] }
  ).thanked;
  return entries.map((t) => [t.day, t.name, t.relationship]);
}

it('a reply to a receipt corrects the day; the log page renames and removes; a forged token changes nothing', async () => {
  const email = 'tane.corrections@example.com';
  const smtp = smtpTo(stack);
  const prompt = await toFirstPrompt(stack, {
    email,
    name: 'Tane',
    timezone: 'Pacific/Auckland',
    sendHour: 8,
  });
  const logUrl = prompt?.body.text?.match(/http\S+\/log\?token=[a-z0-9.]+/)?.[0] ?? '';
  expect(logUrl).not.toBe('');

  // 1. A reply logs Greg; the receipt says so and has an address of its own.
  await smtp.sendMail({
    from: email,
    to: prompt?.replyTo[0],
    subject: 'Re: Day 1',
    text: 'Called Greg to thank him for the lift.',
  });
  expect(await thanked(email)).toEqual([[1, 'Greg', null]]);
  const receipt = await mailTo(stack, email, (e) => e.subject === 'Logged: day 1 of Gratitude Week');
  expect(receipt?.body.text).toContain('Logged for Day 1: Greg, by phone.');
  expect(receipt?.replyTo[0]).toMatch(
    /^reply\+k\.[a-z2-7]{16}\.1\.1\.[a-z2-7]{24}@in\.gratitude\.localhost$/,
  );
  expect(receipt?.replyTo[0]?.split('@')[0]?.length).toBeLessThanOrEqual(64);

  // 2. The answer to the receipt, written above the quoted receipt as a mail client does.
  const quoted = (receipt?.body.text ?? '')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  await smtp.sendMail({
    from: email,
    to: receipt?.replyTo[0],
    subject: `Re: ${receipt?.subject}`,
    text: `his name is Craig, not Greg\n\nOn Thu, 3 Dec 2026 at 08:05, Gratitude Week wrote:\n${quoted}\n`,
  });
  expect(await thanked(email)).toEqual([[1, 'Craig', null]]);
  const corrected = await mailTo(stack, email, (e) => e.subject === 'Corrected: day 1 of Gratitude Week');
  expect(corrected?.body.text).toContain('Day 1 now reads: Craig, by phone.');

  // 3. The log page: rename, then remove; the export and /log.json follow at once.
  const token = new URL(logUrl).searchParams.get('token') ?? '';
  const edit = (form: Record<string, string>, withToken = token) =>
    fetch(`${stack.url}/log/thanked?token=${encodeURIComponent(withToken)}`, {
      method: 'POST',
      body: new URLSearchParams(form),
      redirect: 'manual',
    });
  const renamed = await edit({ day: '1', name: 'Craig', action: 'rename', newName: 'Craig Tipene' });
  expect(renamed.status).toBe(303);
  expect(renamed.headers.get('location')).toBe(`/log?token=${token}`);
  expect(await thanked(email)).toEqual([[1, 'Craig Tipene', null]]);
  const json = (await (await fetch(logUrl.replace('/log?', '/log.json?'))).json()) as {
    thanked: { name: string }[];
  };
  expect(json.thanked.map((t) => t.name)).toEqual(['Craig Tipene']);

  // A forged token: refused, nothing changes.
  const forged = await edit(
    { day: '1', name: 'Craig Tipene', action: 'remove' },
    `${token.slice(0, -4)}aaaa`,
  );
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(forged.status).toBeLessThan(500);
  expect(await thanked(email)).toEqual([[1, 'Craig Tipene', null]]);

  expect((await edit({ day: '1', name: 'Craig Tipene', action: 'remove' })).status).toBe(303);
  expect(await thanked(email)).toEqual([]);
  // The words they wrote stay on the page.
  expect(await (await fetch(logUrl)).text()).toContain('Called Greg to thank him for the lift.');
});
