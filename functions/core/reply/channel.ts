/**
 * How a thanks was given: by a call, a message, an email, a letter or card, in person or on video,
 * read from the participant's sentence that reports it ("Rang my sister Leah to thank her", "Le
 * mandé una tarjeta a mi abuela"). Pure, never throws; null when the sentence does not say.
 *
 *   sentence -> folded tokens -> cues found (lexicon/channels.ts), overlaps resolved to the longest
 *            -> cues undone by a negation or naming the object of "for" dropped
 *            -> the part of the sentence holding the thanks first, the strongest cue there wins
 *
 * Why parts: a sentence often names several media, and the one that carried the thanks is the one
 * beside the thanks ("Texted to ask if he was free, and thanked him in person" is in person).
 */
import type { Channel } from '../channels';
import {
  CHANNEL_CUES,
  type ChannelCue,
  FOR_WORDS,
  KIND_RANK,
  NEGATIONS,
  PART_BREAKS,
  SENDING_VERBS,
  THANKS_WORDS,
} from './lexicon/channels';

export { CHANNELS, type Channel, isChannel } from '../channels';

interface Token {
  word: string;
  /** Index of the part of the sentence the token is in (parts are split at breaks). */
  part: number;
}

interface Found {
  cue: ChannelCue;
  start: number;
  end: number;
  rank: number;
}

// Long inputs are cut: a sentence that reports thanks is short, and this keeps the work bounded.
const MAX_CHARS = 2_000;
/** How far from a noun a verb of sending may stand and still send it ("sent my aunt a card"). */
const SENDING_WINDOW = 4;

const PUNCTUATION_BREAK = /[,;:.!?()\u2013\u2014]/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function tokenize(clause: string): Token[] {
  const tokens: Token[] = [];
  let part = 0;
  // Words and breaking punctuation, in order; every other character separates words.
  for (const match of fold(clause.slice(0, MAX_CHARS)).matchAll(/[\p{L}\p{N}]+|[,;:.!?()\u2013\u2014]/gu)) {
    const word = match[0];
    if (PUNCTUATION_BREAK.test(word)) {
      part++;
      continue;
    }
    if (PART_BREAKS.has(word)) {
      part++;
      continue;
    }
    tokens.push({ word, part });
  }
  return tokens;
}

function patternMatches(pattern: string, word: string): boolean {
  if (pattern === '*') return true;
  if (pattern.length > 1 && pattern.endsWith('*')) return word.startsWith(pattern.slice(0, -1));
  if (pattern.length > 1 && pattern.startsWith('*')) return word.endsWith(pattern.slice(1));
  return pattern === word;
}

/** The end (exclusive) of `cue` matched from `start`, or -1. Optional tokens (`x?`) may be absent. */
function matchAt(tokens: readonly Token[], start: number, patterns: readonly string[]): number {
  const step = (t: number, p: number): number => {
    if (p === patterns.length) return t;
    const pattern = patterns[p] as string;
    const optional = pattern.length > 1 && pattern.endsWith('?');
    const plain = optional ? pattern.slice(0, -1) : pattern;
    const token = tokens[t];
    // A cue never spans two parts of the sentence.
    const samePart = token !== undefined && token.part === tokens[start]?.part;
    if (samePart && patternMatches(plain, token.word)) {
      const end = step(t + 1, p + 1);
      if (end >= 0) return end;
    }
    return optional ? step(t, p + 1) : -1;
  };
  return step(start, 0);
}

// Words before "called" / "appelé" / "llamado" that make it "named" ("a friend called Anna").
const INDEFINITE = new Set(['a', 'an', 'un', 'una', 'une', 'ein', 'eine', 'einen', 'so']);
const SUBJECTS = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'yo',
  'ich',
  'wir',
  'je',
  'j',
  'il',
  'elle',
  'on',
]);
const NAMING_VERBS = new Set(['called', 'appele', 'appelee', 'llamado', 'llamada', 'appelle', 'llamo']);
const REFLEXIVE = new Set(['s', 'm', 'se', 'me']);

function isNaming(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.word ?? '';
  if (!NAMING_VERBS.has(word)) return false;
  const before = tokens[index - 1]?.word ?? '';
  if (REFLEXIVE.has(before) && (word === 'appelle' || word === 'llamo')) return true;
  if (before === 'so') return true;
  if (SUBJECTS.has(before)) return false;
  return [2, 3].some((back) => INDEFINITE.has(tokens[index - back]?.word ?? ''));
}

/**
 * The cues that may start at a word: those whose first pattern is that exact word, plus the few
 * that open with a wildcard or an optional word. Checking every cue at every word was most of the
 * reply parser's time.
 */
const CUES_BY_FIRST_WORD = (() => {
  const exact = new Map<string, (typeof CHANNEL_CUES)[number][]>();
  const open: (typeof CHANNEL_CUES)[number][] = [];
  for (const cue of CHANNEL_CUES) {
    const first = cue.tokens[0] ?? '*';
    if (first.includes('*') || (first.length > 1 && first.endsWith('?'))) open.push(cue);
    else exact.set(first, [...(exact.get(first) ?? []), cue]);
  }
  // Keep the table's order among the cues a word may start, as the table states precedence.
  const order = new Map(CHANNEL_CUES.map((cue, k) => [cue, k]));
  const byOrder = (a: (typeof CHANNEL_CUES)[number], b: (typeof CHANNEL_CUES)[number]) =>
    (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const withOpen = new Map([...exact].map(([word, cues]) => [word, [...cues, ...open].sort(byOrder)]));
  return (word: string) => withOpen.get(word) ?? open;
})();

function findCues(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (const cue of CUES_BY_FIRST_WORD(tokens[start]?.word ?? '')) {
      const end = matchAt(tokens, start, cue.tokens);
      if (end > start) found.push({ cue, start, end, rank: KIND_RANK[cue.kind] });
    }
  }
  return found;
}

/** Keeps, of overlapping cues, the longest (then the strongest, then the first). */
function resolveOverlaps(found: readonly Found[]): Found[] {
  const ordered = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
  );
  const kept: Found[] = [];
  for (const candidate of ordered) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function inWindow(tokens: readonly Token[], found: Found, words: ReadonlySet<string>, span: number) {
  const part = tokens[found.start]?.part;
  for (let i = Math.max(0, found.start - span); i < Math.min(tokens.length, found.end + span); i++) {
    if (i >= found.start && i < found.end) continue;
    const token = tokens[i];
    if (token && token.part === part && words.has(token.word)) return true;
  }
  return false;
}

/** A cue as it counts in this sentence: dropped, kept, or a noun promoted by a verb of sending. */
function weigh(tokens: readonly Token[], found: Found): Found | null {
  const part = tokens[found.start]?.part;
  for (let i = found.start - 1; i >= 0 && tokens[i]?.part === part; i--) {
    if (NEGATIONS.has(tokens[i]?.word ?? '')) return null;
  }
  if (found.cue.kind === 'verb' && isNaming(tokens, found.start)) return null;
  if (found.cue.kind !== 'noun' && found.cue.kind !== 'app') return found;
  const sent = inWindow(tokens, found, SENDING_VERBS, SENDING_WINDOW);
  if (!sent) {
    // "thanked her for the card": the card is what the thanks was for.
    for (let i = found.start - 1; i >= Math.max(0, found.start - 3); i--) {
      if (tokens[i]?.part === part && FOR_WORDS.has(tokens[i]?.word ?? '')) return null;
    }
  }
  return sent && found.cue.kind === 'noun' ? { ...found, rank: KIND_RANK.verb } : found;
}

function strongest(found: readonly Found[]): Found | undefined {
  return found.reduce<Found | undefined>(
    (best, f) => (best === undefined || f.rank > best.rank ? f : best),
    undefined,
  );
}

/**
 * The channel of the thanks reported in `clause` (any of English, Spanish, German, French), or
 * null when the sentence does not say. When several media are named, the one in the part of the
 * sentence that holds the thanks wins; within a part, the most explicit (a manner such as "in
 * person" over a verb such as "called" over a thing such as "card"), then the first.
 */
export function channelOf(clause: string): Channel | null {
  if (typeof clause !== 'string' || clause.trim() === '') return null;
  const tokens = tokenize(clause);
  const cues = resolveOverlaps(findCues(tokens))
    .map((f) => weigh(tokens, f))
    .filter((f): f is Found => f !== null);
  if (cues.length === 0) return null;
  const thanksParts = new Set(tokens.filter((t) => THANKS_WORDS.has(t.word)).map((t) => t.part));
  for (const part of [...thanksParts].sort((a, b) => a - b)) {
    const best = strongest(cues.filter((c) => tokens[c.start]?.part === part));
    if (best) return best.cue.channel;
  }
  return strongest(cues)?.cue.channel ?? null;
}
