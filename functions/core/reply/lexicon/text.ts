/** Helpers that keep the word tables readable: one string per table instead of one line per word. */

/** "a b c" -> {a, b, c}: for single words, separated by any whitespace. */
export const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** "thank you|many thanks|cheers" -> the phrases, for entries that contain spaces. */
export const phrases = (text: string): readonly string[] =>
  text
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);
