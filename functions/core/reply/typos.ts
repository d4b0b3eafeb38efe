/**
 * A slip of the thumb in the one verb the reply turns on: "thnaked", "thakned", "thankd",
 * "thankign", "thnaks". A word beginning "th" that is one slip from "thanked" or "thanking" (two
 * letters swapped, one missed or one added), or two swapped letters from "thanks", is read
 * as that word by the second stage; the words kept are as they came.
 */

const VERBS = ['thanked', 'thanking'];

/**
 * Whether `a` is one slip from `b`: a swap of neighbours, a letter left out or one added. A letter
 * changed is no slip here: "thinking" is a word of its own.
 */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
    const [x, y] = diff;
    return diff.length === 2 && y === (x as number) + 1 && a[x as number] === b[y] && a[y] === b[x as number];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

function swapped(a: string, b: string): boolean {
  return a.length === b.length && oneEdit(a, b);
}

/** The word as meant, when it is a slip for a word of thanks; otherwise the word itself. */
export function meantWord(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.startsWith('th') || lower.length < 5 || lower.length > 9) return word;
  const verb = VERBS.find((v) => oneEdit(lower, v));
  if (verb) return verb;
  return swapped(lower, 'thanks') ? 'thanks' : word;
}

/** The text with slips for words of thanks mended. */
export function mendedThanks(text: string): string {
  return text.replace(/\bth\p{L}{3,7}\b/giu, (word) => {
    const meant = meantWord(word);
    // "Thnaked" opening a sentence stays capitalised.
    return word[0] === 'T' && meant !== word ? `T${meant.slice(1)}` : meant;
  });
}
