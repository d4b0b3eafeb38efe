/**
 * A person's way to their first prompt on `npm start`, as the end-to-end tests drive it: subscribe
 * by JSON, confirm by replying to the welcome over SMTP, then one scheduler pass just after Day 1.
 */
import nodemailer from 'nodemailer';
import { inboxOf, mailTo, type RunningStack, type StoredEmail } from './main-process';

export { inboxOf, mailTo, type StoredEmail } from './main-process';

export function smtpTo(stack: RunningStack) {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: stack.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
}

/** The first link in an email's text whose path starts with `path` ("/join/", "/groups/confirm?"). */
export const linkIn = (text: string | undefined, path: string): string =>
  text?.match(new RegExp(`http\\S+${path.replace('?', '\\?')}[^\\s]*`))?.[0] ?? '';

/**
 * `email` joins the group with join code `code` and confirms by replying to the welcome over SMTP;
 * returns the welcome. Fails the test if the sign-up is not accepted.
 */
export async function joinAndConfirm(
  stack: RunningStack,
  email: string,
  code: string,
): Promise<StoredEmail | undefined> {
  const joined = await fetch(`${stack.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, timezone: 'UTC', sendHour: 9, group: code }),
  });
  if (joined.status !== 202) throw new Error(`joining ${email} answered ${joined.status}`);
  const [welcome] = await inboxOf(stack, email);
  await smtpTo(stack).sendMail({
    from: email,
    to: welcome?.replyTo[0],
    subject: `Re: ${welcome?.subject}`,
    text: 'Yes please.',
  });
  return welcome;
}

/** Subscribes `email`, confirms by reply and runs the pass that sends Day 1; returns that prompt. */
export async function toFirstPrompt(
  stack: RunningStack,
  person: { email: string; name: string; timezone: string; sendHour: number },
): Promise<StoredEmail | undefined> {
  const smtp = smtpTo(stack);
  await fetch(`${stack.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  const [welcome] = await inboxOf(stack, person.email);
  await smtp.sendMail({
    from: person.email,
    to: welcome?.replyTo[0],
    subject: `Re: ${welcome?.subject}`,
    text: 'Yes, count me in!',
  });
  const schedule = JSON.parse(
    (
      await stack.cli([
        'schedule',
        '--timezone',
        person.timezone,
        '--send-hour',
        String(person.sendHour),
        '--confirmed-at',
        new Date().toISOString(),
      ])
    ).stdout,
  ) as { sends: string[] };
  await stack.cli([
    'tick',
    '--at',
    new Date(new Date(schedule.sends[0] ?? '').getTime() + 60_000).toISOString(),
  ]);
  return mailTo(stack, person.email, (e) => e.subject.startsWith('Day 1'));
}
