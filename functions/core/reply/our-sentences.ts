/**
 * How the parser knows a sentence of our own emails however it was wrapped or quoted: its shape,
 * lower-case words only, a `{{placeholder}}` as `*`. `scripts/build-our-words.ts` shapes every
 * sentence of the email catalogue into `our-sentences.generated.ts`, so the function that cuts
 * quotes carries the shapes instead of the catalogue of four languages: a 52-bit key for each
 * sentence without a placeholder (about 14 KiB for some 1,300 sentences; two sentences of the
 * writer's sharing a key with one of ours are a chance of about one in three trillion) and the
 * few with one as they are.
 */
import { fold } from './normalize';

export const SENTENCE_END = /(?<=[.!?:…])\s+/u;

/** Lower-case words only, a placeholder as `*`: the same sentence however it was wrapped or quoted. */
export function shape(sentence: string): string {
  return fold(sentence.replace(/\{\{[^}]*\}\}/g, ' * '))
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

/** Every string in a catalogue (nested objects and lists; functions are not words). */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

/** The distinct shapes of every sentence of `texts`, sorted. */
export function sentenceShapes(texts: readonly string[]): string[] {
  const shapes = new Set<string>();
  for (const text of texts) {
    for (const sentence of text.split(SENTENCE_END)) {
      const words = shape(sentence);
      if (words) shapes.add(words);
    }
  }
  return [...shapes].sort();
}

/**
 * A 52-bit key of a shape, in base 36: FNV-1a over its UTF-16 units, 32 bits from one offset and
 * 20 from another.
 */
export function shapeKey(shape: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let k = 0; k < shape.length; k++) {
    const unit = shape.charCodeAt(k);
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit, 0x01000193) >>> 0;
  }
  return (a * 2 ** 20 + (b >>> 12)).toString(36);
}
