/**
 * The parser's second stage: whom the sender thanked, from the own words the first stage cut out
 * (`written.ts`, which also read any command in them).
 */

import { GRATITUDE_WORDS } from './lexicon/verbs';
import { ownWords } from './own-words';
import { findThanked } from './people';
import { type ParsedReply, parserError, type WrittenReply } from './types';

const nobodyUnderstood = (): Pick<ParsedReply, 'thanked' | 'thankedSomeone'> => ({
  thanked: [],
  thankedSomeone: false,
});

/**
 * What the sender wrote in the subject of their reply beside ours ("Re: Day 3: Family" less "Re:",
 * the day and the day's theme), when it speaks of thanks; else ''.
 */
function subjectWords(subject: string): string {
  const own = subject
    .replace(/^(?:\s*(?:re|aw|fwd?|wg|tr|sv)\s*:\s*)+/i, '')
    .replace(/^\s*day\s+[1-7](?:\s+of\s+7)?\s*[:\-–—|]?/i, '');
  // The parts set off by a dash, a bar or a colon: ours (the day's theme) speak of no thanks.
  const said = own.split(/\s[-–—|]\s|:\s/).filter((part) => {
    const words = part.toLowerCase().split(/[^\p{L}'’-]+/u);
    return words.some((w) => GRATITUDE_WORDS.has(w)) && words.length <= 16;
  });
  return said.join('. ').trim();
}

/**
 * The second stage: whom the sender thanked, from their own words, beside the command the first
 * stage read. Never throws.
 */
export function understandWritten(written: WrittenReply): ParsedReply {
  if (written.autoReply) return { ...written, ...nobodyUnderstood() };
  try {
    const senderName = written.from?.name ?? null;
    const body = findThanked(ownWords(written.text), { senderName });
    // "Re: Day 3 - thanked Maria!" over "She cried. Best one yet.": the subject says whom.
    const said = body.thanked.length === 0 ? subjectWords(written.subject ?? '') : '';
    const people = said ? findThanked(`${said}\n\n${ownWords(written.text)}`, { senderName }) : body;
    const notes = [...written.notes];
    if (people.unresolved > 0 && people.thanked.length === 0)
      notes.push('thanked someone we could not identify');
    return {
      ...written,
      thanked: people.thanked,
      thankedSomeone: people.thankedSomeone,
      notes,
    };
  } catch (error) {
    return {
      ...written,
      ...nobodyUnderstood(),
      command: written.command ?? null,
      text: '',
      autoReply: false,
      confidence: 'low',
      notes: [parserError(error)],
    };
  }
}
