/**
 * The parser's second stage: whom the sender thanked, from the own words the first stage cut out
 * (`written.ts`, which also read any command in them).
 */
import { ownWords } from './own-words';
import { findThanked } from './people';
import { type ParsedReply, parserError, type WrittenReply } from './types';

const nobodyUnderstood = (): Pick<ParsedReply, 'thanked' | 'thankedSomeone'> => ({
  thanked: [],
  thankedSomeone: false,
});

/**
 * The second stage: whom the sender thanked, from their own words, beside the command the first
 * stage read. Never throws.
 */
export function understandWritten(written: WrittenReply): ParsedReply {
  if (written.autoReply) return { ...written, ...nobodyUnderstood() };
  try {
    const senderName = written.from?.name ?? null;
    const people = findThanked(ownWords(written.text), { senderName });
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
