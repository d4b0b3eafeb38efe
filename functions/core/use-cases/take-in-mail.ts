/**
 * The intake of inbound mail: what SES received, read where the raw mail is and handed on to be
 * understood (`receive-mail.ts` in this folder does that, where the subscribers are).
 *
 * Primary course:
 * 1. Read the raw MIME the receipt rule stored. It is stored before the intake runs, so a missing
 *    message is an error: the invocation fails and is retried, then kept in a DLQ.
 * 2. Read what the sender wrote (the parser's first stage: decoding, auto-reply, their own words
 *    cut from what they quoted). It never throws: unreadable mail is handed on as read.
 * 3. Hand it on through the inbound queue, with the message's SES facts, cut to the queue's size
 *    (the raw mail keeps every byte). A queue that refuses fails the invocation: retried, not lost.
 */
import type { HandedOnMail } from '../inbound-message';
import type { WrittenReply } from '../reply/types';
import { readWritten } from '../reply/written';
import type { InboundMail } from '../ses-receipt';
import type { Deps } from './deps';

/**
 * The most a message body may hold, in UTF-8 bytes: below SQS's 256 KiB with room for its
 * attributes. Someone's own words are never this long; a longer text is cut (and noted) here,
 * still far beyond the 10,000 characters a log entry keeps.
 */
export const MAX_HANDED_ON_BYTES = 200 * 1024;

const bytesOf = (body: string) => new TextEncoder().encode(body).length;

/** The message body for `mail` and what was written in it, cut to `MAX_HANDED_ON_BYTES`. */
export function handOn(mail: InboundMail, written: WrittenReply, maxBytes = MAX_HANDED_ON_BYTES): string {
  const message: HandedOnMail = { mail: { ...mail, receivedAt: mail.receivedAt.toISOString() }, written };
  let body = JSON.stringify(message);
  let text = written.text;
  while (bytesOf(body) > maxBytes && text.length > 0) {
    // Shrink in proportion, a little more each round, until it fits.
    text = text.slice(0, Math.floor((text.length * maxBytes) / bytesOf(body) / 1.1));
    // Never leave half of a surrogate pair at the end.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    const notes = [...written.notes, `cut: handed on at ${text.length} characters`];
    body = JSON.stringify({ ...message, written: { ...written, text, notes } });
  }
  return body;
}

export async function takeInMail(deps: Pick<Deps, 'rawMail' | 'inboundQueue'>, mail: InboundMail) {
  const raw = await deps.rawMail.get(mail.messageId);
  if (!raw) throw new Error(`Raw message ${mail.messageId} is missing from the raw-mail store`);
  const written = await readWritten(raw);
  await deps.inboundQueue.post(handOn(mail, written));
  return { bytes: raw.length, autoReply: written.autoReply };
}
