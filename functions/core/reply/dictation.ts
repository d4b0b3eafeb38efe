/**
 * Punctuation spoken aloud: a reply dictated to a phone may come back with the words for its
 * punctuation written out ("the lady who runs the coffee van comma halyna period i have had …",
 * "new line"). Where a reply says them at least twice where a mark would stand (not "a period of
 * time", "my period", "the colon"), the second stage reads them as the marks they stand for; the
 * words the person keeps are left as they came.
 */

import { MARK_NOUN_BEFORE, SPOKEN_PUNCTUATION } from './lexicon/dictation';
import { ARTICLES, OTHER_POSSESSIVES, OWN_POSSESSIVES } from './lexicon/function-words';

const SPOKEN = new RegExp(
  `(?<=^|\\s)(${[...SPOKEN_PUNCTUATION.keys()].sort((a, b) => b.length - a.length).join('|')})(?=[\\s.,!?]|$)`,
  'giu',
);

/** Words before a noun "period" or "colon", which a mark never follows. */
const NOUN_BEFORE: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...OWN_POSSESSIVES,
  ...OTHER_POSSESSIVES,
  ...MARK_NOUN_BEFORE,
]);

/** Whether the spoken word at `at` stands where a mark would: not after "a", not before "of". */
function standsForMark(text: string, at: number, word: string): boolean {
  const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
  const after = /^\W*(\p{L}+)/u.exec(text.slice(at + word.length, at + word.length + 20))?.[1]?.toLowerCase();
  // "her new line" may be a line break after "her"; "her period" is no full stop.
  const blocking = word.includes(' ') ? ARTICLES : NOUN_BEFORE;
  return !(before !== undefined && blocking.has(before)) && after !== 'of';
}

/** The text with spoken punctuation as marks, when it is dictated; otherwise the text itself. */
export function undictated(text: string): string {
  const marks = [...text.matchAll(SPOKEN)].filter((m) => standsForMark(text, m.index, m[0]));
  if (marks.length < 2) return text;
  let out = '';
  let from = 0;
  for (const m of marks) {
    // The mark takes the place of the word and the space before it: "van comma halyna" → "van, halyna".
    out += text.slice(from, m.index).replace(/[ \t]+$/, '');
    out += SPOKEN_PUNCTUATION.get(m[0].toLowerCase()) as string;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}
