/**
 * The words of our own emails, in every language, from the email part of the message catalogue
 * the emails are made of (a reply quotes our emails, never our pages). A paragraph of a quoted prompt is ours when every sentence of it is one of these sentences
 * (a `{{placeholder}}` stands for anything); anything else inside the quote was written by the
 * participant, answering between our paragraphs.
 */
import { LANGUAGES } from '../language';
import { emailMessages } from '../messages';
import { fold } from './normalize';

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) strings(item, out);
  return out;
}

const SENTENCE_END = /(?<=[.!?:…])\s+/u;

/** Lower-case words only, a placeholder as `*`: the same sentence however it was wrapped or quoted. */
function shape(sentence: string): string {
  return fold(sentence.replace(/\{\{[^}]*\}\}/g, ' * '))
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

const EXACT = new Set<string>();
const PATTERNS: RegExp[] = [];
for (const text of strings(
  LANGUAGES.map((language) => emailMessages(language)),
  [],
)) {
  for (const sentence of text.split(SENTENCE_END)) {
    const words = shape(sentence);
    if (!words) continue;
    if (!words.includes('*')) EXACT.add(words);
    else
      PATTERNS.push(
        new RegExp(
          `^${words
            .split('*')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
          'u',
        ),
      );
  }
}

/** Whether every sentence of `paragraph` is a sentence of one of our emails. */
export function isOurParagraph(paragraph: string): boolean {
  const sentences = paragraph
    .split(SENTENCE_END)
    .map(shape)
    .filter((s) => s !== '');
  return sentences.length > 0 && sentences.every((s) => EXACT.has(s) || PATTERNS.some((p) => p.test(s)));
}
