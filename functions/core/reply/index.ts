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
import type { ParsedReply } from './types';
import { understandWritten } from './understand';
import { readWritten } from './written';

export { detectAutoReply } from './auto-reply';
export type { ReplyCommand } from './commands';
export { detectCommand } from './commands';
export { htmlToText } from './html';
export type { MailAddress } from './mime';
export { decodeMessage } from './mime';
export type { ThankedPerson } from './people';
export { findThanked } from './people';
export { splitReply } from './quotes';
export type { ParsedReply, WrittenReply } from './types';
export { understandWritten } from './understand';
export { readWritten } from './written';

/** Parses one raw reply: both stages. Never rejects. */
export async function parseReply(raw: Uint8Array | string): Promise<ParsedReply> {
  return understandWritten(await readWritten(raw));
}
