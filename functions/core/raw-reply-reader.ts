/**
 * The whole parser over raw mail, for the tests and the local tools: on AWS the intake reads each
 * message (the parser's first stage) and the understand function the rest, through the inbound queue.
 */
import type { RawMailStore, ReadReply, ReplyReader } from './ports';
import { parseReply } from './reply';
import { readReplyOf } from './reply-reader';

export async function readReplyFromParser(raw: Uint8Array): Promise<ReadReply> {
  return readReplyOf(await parseReply(raw));
}

/**
 * Reads each message from the raw-mail store and parses it there and then (the tests and the
 * local tools; on AWS the intake reads it and the inbound queue hands it on). A message missing
 * from the store is an error: the caller retries it, since the store is written first.
 */
export function readingFromStore(rawMail: Pick<RawMailStore, 'get'>): ReplyReader {
  return async (mail) => {
    const raw = await rawMail.get(mail.messageId);
    if (!raw) throw new Error(`Raw message ${mail.messageId} is missing from the raw-mail store`);
    return readReplyFromParser(raw);
  };
}
