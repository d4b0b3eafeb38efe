/** Real MIME replies built with nodemailer's composer, and SES receipt events for them. */
import MailComposer from 'nodemailer/lib/mail-composer';
import { sesReceiptEventFor } from '../../functions/core/ses-receipt';

export async function mime(input: {
  from?: string;
  to: string;
  subject?: string;
  text: string;
  html?: string;
  date?: string;
  headers?: Record<string, string>;
}): Promise<Uint8Array> {
  const composer = new MailComposer({
    from: input.from ?? 'Dana Example <dana@example.com>',
    to: input.to,
    subject: input.subject ?? 'Re: Day 2: A friend or neighbour',
    text: input.text,
    ...(input.html ? { html: input.html } : {}),
    date: input.date ?? 'Thu, 26 Nov 2026 09:14:00 -0500',
    headers: input.headers ?? {},
  });
  const built = await new Promise<Buffer>((resolve, reject) =>
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
  return new Uint8Array(built);
}

let counter = 0;
export function receiptEvent(
  recipients: string[],
  overrides: {
    messageId?: string;
    receivedAt?: Date;
    mailFrom?: string;
    verdicts?: Parameters<typeof sesReceiptEventFor>[0]['verdicts'];
  } = {},
) {
  counter++;
  return sesReceiptEventFor({
    messageId: overrides.messageId ?? `test-message-${counter}-${Math.random().toString(36).slice(2, 10)}`,
    mailFrom: overrides.mailFrom ?? 'dana@example.com',
    recipients,
    receivedAt: overrides.receivedAt ?? new Date('2026-11-26T14:14:00Z'),
    ...(overrides.verdicts ? { verdicts: overrides.verdicts } : {}),
  });
}
