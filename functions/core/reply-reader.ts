/**
 * The reply parser as the inbound use case reads it: the participant's words, whom they thanked,
 * the command, whether it was automatic, how sure the reading is and what the parser noted, and
 * who sent it when (for `start@`).
 */

import type { ReadReply } from './ports';
import type { ParsedReply } from './reply/types';

/** Minutes east of UTC from an RFC 5322 date ("Tue, 24 Nov 2026 07:12:03 -0500"), else null. */
export function dateOffsetMinutes(date: string | null | undefined): number | null {
  const match = /([+-])(\d{2})(\d{2})(?:\s*\([^)]*\))?\s*$/.exec(date ?? '');
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** What the inbound use case reads of the parser's result. */
export function readReplyOf(parsed: ParsedReply): ReadReply {
  return {
    text: parsed.text,
    thanked: parsed.thanked.map(({ name, relationship, channel }) => ({ name, relationship, channel })),
    thankedSomeone: parsed.thankedSomeone,
    command: parsed.command,
    autoReply: parsed.autoReply,
    confidence: parsed.confidence,
    notes: parsed.notes,
    from: parsed.from?.address ? { address: parsed.from.address, name: parsed.from.name || null } : null,
    dateOffsetMinutes: dateOffsetMinutes(parsed.date),
    date: parsed.dateIso ? new Date(parsed.dateIso) : null,
    messageIdHeader: parsed.messageId,
  };
}
