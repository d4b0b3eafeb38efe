/**
 * The small reading of people's words that corrections and log edits share: a phrase cut into
 * tokens as a correction reads it, and whether it is a relationship ("my brother", "Oma") rather
 * than a name. Kept apart from the correction rules so that the web function, which renames log
 * entries, carries only this.
 */
import { OWN_POSSESSIVES } from './lexicon/function-words';
import { RELATIONSHIP_WORDS } from './lexicon/relationships';

export interface Tok {
  text: string;
  lower: string;
  /** A comma, colon, semicolon or dash: the joints of "X, not Y". */
  joint: boolean;
}

export function tokens(sentence: string): Tok[] {
  const clean = sentence
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/["“”„«»]/g, ' ')
    .replace(/[.!?]+$/, '');
  return (clean.match(/[^\s,;:—–]+|[,;:—–]/g) ?? [])
    .map((text) => (text === '-' ? ',' : text))
    .map((text) => ({ text, lower: text.toLowerCase(), joint: /^[,;:—–]$/.test(text) }));
}

/** A relationship word (one or more tokens) at `at`: its length and canonical form. */
export function relationshipAt(
  toks: readonly Tok[],
  at: number,
): { length: number; canonical: string } | null {
  const first = toks[at]?.lower;
  if (first === undefined) return null;
  for (const word of RELATIONSHIP_WORDS.get(first) ?? []) {
    if (word.generic) continue;
    if (word.tokens.every((w, i) => toks[at + i]?.lower === w)) {
      return { length: word.tokens.length, canonical: word.canonical };
    }
  }
  return null;
}

/** "Brother", "my brother", "Oma": a relationship word standing where a name would be. */
export function isRelationshipWord(text: string): boolean {
  const toks = tokens(text);
  const at = OWN_POSSESSIVES.has(toks[0]?.lower ?? '') ? 1 : 0;
  const relation = relationshipAt(toks, at);
  return relation !== null && at + relation.length === toks.length;
}
