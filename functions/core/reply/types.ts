/** What the parser answers: the whole reading, and the first stage's part of it. */

import type { ReplyCommand } from './commands';
import type { MailAddress } from './mime';
import type { ThankedPerson } from './people';

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

/**
 * What the sender wrote: the message's facts, their own new words cut from what they quoted, and
 * any subscription command in those words. Plain JSON, handed from the inbound intake to the
 * function that understands whom they thanked.
 */
export type WrittenReply = Omit<ParsedReply, 'thanked' | 'thankedSomeone'>;

/** The note a stage leaves instead of throwing (defence in depth: a parser bug must never lose mail). */
export function parserError(error: unknown): string {
  return `parser error: ${error instanceof Error ? error.message : String(error)}`;
}
