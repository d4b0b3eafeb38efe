/**
 * The parser's second stage: whom the sender thanked and any command, from the own words the first
 * stage cut out (`written.ts`).
 */
import { detectCommand } from './commands';
import { undictated } from './dictation';
import { findThanked } from './people';
import { type ParsedReply, parserError, type WrittenReply } from './types';
import { mendedThanks } from './typos';

const nothingUnderstood = (): Pick<ParsedReply, 'thanked' | 'thankedSomeone' | 'command'> => ({
  thanked: [],
  thankedSomeone: false,
  command: null,
});

/** The second stage: whom the sender thanked and any command, from their own words. Never throws. */
export function understandWritten(written: WrittenReply): ParsedReply {
  if (written.autoReply) return { ...written, ...nothingUnderstood() };
  try {
    const senderName = written.from?.name ?? null;
    // A dictated reply is read with its spoken punctuation as marks ("comma halyna period"), a
    // typed one with its slips for "thanked" mended ("thnaked").
    const read = mendedThanks(undictated(written.text));
    const people = findThanked(read, { senderName });
    const command = detectCommand(read, written.subject);
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
