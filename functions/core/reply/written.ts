/**
 * The parser's first stage: a raw reply decoded, told apart from an automatic one, the sender's
 * own words cut from what they quoted (our emails, their thread, their signature), and any
 * subscription command in them. Its result is plain JSON: the inbound intake hands it on to the
 * function that understands whom they thanked.
 */
import { detectAutoReply } from './auto-reply';
import { detectCommand } from './commands';
import { type DecodedMessage, decodeMessage } from './mime';
import { ownWords } from './own-words';
import { splitReply } from './quotes';
import { parserError, type WrittenReply } from './types';

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
    // A reply with no words of its own may still be a command in its subject ("STOP").
    command: message ? detectCommand('', message.subject) : null,
  };
}

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
        command: null,
        autoReply: true,
        confidence: 'high',
        notes: [...notes, ...auto.reasons.map((r) => `auto-reply: ${r}`)],
      };
    }
    const split = splitReply(message.text, { senderName: message.from?.name ?? null });
    notes.push(...split.cuts.map((c) => `cut: ${c}`));
    const confidence = split.confidence === 'low' || message.malformed ? 'low' : 'high';
    const command = detectCommand(ownWords(split.text), message.subject);
    return { ...base, text: split.text, confidence, notes, command };
  } catch (error) {
    // Defence in depth: every stage is written not to throw, but a parser bug must never lose mail.
    return { ...emptyWritten(message, [parserError(error)]), command: null };
  }
}
