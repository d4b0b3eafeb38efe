/**
 * The reply parser: a raw inbound email in, what the participant told us out. Pure (no I/O, no
 * clock, no environment), never throws or rejects: malformed input gives an empty result with
 * `confidence: 'low'`. Async only because MIME decoding (postal-mime) is.
 *
 *   raw MIME -> decode (mime.ts) -> auto-reply? (auto-reply.ts)
 *            -> own words (quotes.ts)                                        `readWritten`
 *            -> whom they thanked (people.ts) + command (commands.ts)      `understandWritten`
 *
 * Two stages, so that the function holding the raw mail reads what the sender wrote and hands it
 * on as JSON (`WrittenReply`), and the function holding the subscribers understands it; each
 * carries only its half of the parser. `parseReply` runs both.
 */
import { detectAutoReply } from './auto-reply';
import { detectCommand, type ReplyCommand } from './commands';
import { type DecodedMessage, decodeMessage, type MailAddress } from './mime';
import { findThanked, type ThankedPerson } from './people';
import { splitReply } from './quotes';

export { detectAutoReply } from './auto-reply';
export { detectCommand } from './commands';
export { htmlToText } from './html';
export { decodeMessage } from './mime';
export { findThanked } from './people';
export { splitReply } from './quotes';
export type { MailAddress, ReplyCommand, ThankedPerson };

export interface ParsedReply {
  /** The participant's own new words: no quoted history, signature, device line or disclaimer. */
  text: string;
  /** People (or groups) they report having thanked, in order of first mention. */
  thanked: ThankedPerson[];
  /** They report thanking someone, even someone we could not identify ("Thanked her after class"). */
  thankedSomeone: boolean;
  /** A subscription command they issued. */
  command: ReplyCommand | null;
  /** An automatic response (out of office, vacation): record it, send nothing back. */
  autoReply: boolean;
  /** 'low' when a cut or a name was a guess, or the message could not be fully decoded. */
  confidence: 'high' | 'low';
  /** Why the confidence is low or what was cut, for logs and support. */
  notes: string[];
  subject: string;
  from: MailAddress | null;
  /** Recipients (To and Cc) addresses, lower-cased: the reply+token address is among them. */
  to: string[];
  /** The `reply+<token>` local part's token of the first such recipient, if any (unverified). */
  replyToken: string | null;
  /** The prompt day named by the subject ("Re: Day 3: ..."), if any. The token is authoritative. */
  day: number | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** The Date header as sent (RFC 5322, with the sender's offset), or null. */
  date: string | null;
  /** The Date header as an ISO 8601 UTC instant, or null if missing or unparseable. */
  dateIso: string | null;
}

function dayFromSubject(subject: string): number | null {
  const match = /\bday\s+([1-7])\b/i.exec(subject);
  return match ? Number(match[1]) : null;
}

function replyTokenOf(addresses: readonly string[]): string | null {
  for (const address of addresses) {
    const match = /^reply\+([^@]+)@/i.exec(address);
    if (match?.[1]) return match[1];
  }
  return null;
}

function isoDate(raw: string | null): string | null {
  if (!raw) return null;
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/**
 * What the sender wrote: the message's facts and their own new words, cut from what they quoted.
 * Plain JSON, handed from the inbound intake to the function that understands it.
 */
export type WrittenReply = Omit<ParsedReply, 'thanked' | 'thankedSomeone' | 'command'>;

function emptyWritten(message: DecodedMessage | null, notes: string[]): WrittenReply {
  const to = message
    ? [...message.to, ...message.cc].map((a) => a.address.toLowerCase()).filter(Boolean)
    : [];
  const rawDate = message?.headers.get('date')?.[0]?.trim() ?? null;
  return {
    text: '',
    autoReply: false,
    confidence: 'low',
    notes,
    subject: message?.subject ?? '',
    from: message?.from ?? null,
    to,
    replyToken: replyTokenOf(to),
    day: message ? dayFromSubject(message.subject) : null,
    messageId: message?.messageId ?? null,
    inReplyTo: message?.inReplyTo ?? null,
    references: message?.references ?? [],
    date: rawDate,
    dateIso: isoDate(rawDate),
  };
}

const nothingUnderstood = (): Pick<ParsedReply, 'thanked' | 'thankedSomeone' | 'command'> => ({
  thanked: [],
  thankedSomeone: false,
  command: null,
});

/** The first stage: decodes one raw reply and cuts the sender's own words from it. Never rejects. */
export async function readWritten(raw: Uint8Array | string): Promise<WrittenReply> {
  let message: DecodedMessage | null = null;
  try {
    message = await decodeMessage(raw);
    const base = emptyWritten(message, []);
    const notes: string[] = [];
    if (message.malformed) notes.push('MIME structure could not be parsed');
    if (message.source === 'html') notes.push('text derived from HTML');

    const auto = detectAutoReply(message.headers, message.subject, message.text);
    if (auto.autoReply) {
      return {
        ...base,
        autoReply: true,
        confidence: 'high',
        notes: [...notes, ...auto.reasons.map((r) => `auto-reply: ${r}`)],
      };
    }
    const split = splitReply(message.text, { senderName: message.from?.name ?? null });
    notes.push(...split.cuts.map((c) => `cut: ${c}`));
    const confidence = split.confidence === 'low' || message.malformed ? 'low' : 'high';
    return { ...base, text: split.text, confidence, notes };
  } catch (error) {
    // Defence in depth: every stage is written not to throw, but a parser bug must never lose mail.
    return emptyWritten(message, [parserError(error)]);
  }
}

function parserError(error: unknown): string {
  return `parser error: ${error instanceof Error ? error.message : String(error)}`;
}

/** The second stage: whom the sender thanked and any command, from their own words. Never throws. */
export function understandWritten(written: WrittenReply): ParsedReply {
  if (written.autoReply) return { ...written, ...nothingUnderstood() };
  try {
    const senderName = written.from?.name ?? null;
    const people = findThanked(written.text, { senderName });
    const command = detectCommand(written.text, written.subject);
    const notes = [...written.notes];
    if (people.unresolved > 0 && people.thanked.length === 0)
      notes.push('thanked someone we could not identify');
    return {
      ...written,
      thanked: people.thanked,
      thankedSomeone: people.thankedSomeone,
      command,
      notes,
    };
  } catch (error) {
    return {
      ...written,
      ...nothingUnderstood(),
      text: '',
      autoReply: false,
      confidence: 'low',
      notes: [parserError(error)],
    };
  }
}

/** Parses one raw reply: both stages. Never rejects. */
export async function parseReply(raw: Uint8Array | string): Promise<ParsedReply> {
  return understandWritten(await readWritten(raw));
}
