/** What a dictating phone writes for punctuation, read back as the marks it stands for. */
import { words } from './text';

/** Punctuation as a dictating phone writes it out, and the mark it stands for. */
export const SPOKEN_PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['period', '.'],
  ['full stop', '.'],
  ['comma', ','],
  ['question mark', '?'],
  ['exclamation mark', '!'],
  ['exclamation point', '!'],
  ['colon', ':'],
  ['new line', '\n'],
  ['new paragraph', '\n\n'],
  ['punto y aparte', '\n'],
  ['komma', ','],
  ['neue zeile', '\n'],
  ['virgule', ','],
  ['à la ligne', '\n'],
]);

/** Words before "period" or "colon" as nouns, which a spoken mark never follows ("a trial period"). */
export const MARK_NOUN_BEFORE: ReadonlySet<string> = words(
  `each every any no one long short trial grace notice waiting`,
);
