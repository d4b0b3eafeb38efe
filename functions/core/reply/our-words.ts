/**
 * The words of our own emails, in every language, from the email part of the message catalogue
 * the emails are made of (a reply quotes our emails, never our pages), as sentence shapes built
 * from it (`our-sentences.generated.ts`, kept fresh by a unit test). A paragraph of a quoted prompt
 * is ours when every sentence of it is one of these sentences (a `{{placeholder}}` stands for
 * anything); anything else inside the quote was written by the participant, answering between our
 * paragraphs.
 */

import { SENTENCE_END, shape, shapeKey } from './our-sentences';
import { OUR_SENTENCE_KEYS, OUR_SENTENCE_PATTERNS } from './our-sentences.generated';

const EXACT: ReadonlySet<string> = new Set(OUR_SENTENCE_KEYS.split(' ').filter(Boolean));
const PATTERNS: readonly RegExp[] = OUR_SENTENCE_PATTERNS.map(
  (words) =>
    new RegExp(
      `^${words
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'u',
    ),
);

/** Whether every sentence of `paragraph` is a sentence of one of our emails. */
export function isOurParagraph(paragraph: string): boolean {
  const sentences = paragraph
    .split(SENTENCE_END)
    .map(shape)
    .filter((s) => s !== '');
  return (
    sentences.length > 0 && sentences.every((s) => EXACT.has(shapeKey(s)) || PATTERNS.some((p) => p.test(s)))
  );
}
