/**
 * Words and sentences of the participant's text, for the name and command stages. A word keeps
 * inner apostrophes and hyphens ("D’Amico", "Jean-Luc", "brother-in-law", "J’ai") and the period
 * of a known abbreviation or an initial ("Mr.", "J."), so neither ends a sentence. Lines matter:
 * bullets and short lines are units of their own ("* Omar (bus driver)"), and blank lines end
 * paragraphs.
 */
import { ABBREVIATIONS } from './lexicon/titles';
import { fold } from './normalize';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, apostrophes folded to ', trailing abbreviation period removed. */
  lower: string;
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("ER", "STOP"). */
  upper: boolean;
  /** Written hard against the token before it, with no space between ("R." of "J.R."). */
  tight?: true;
}

export interface Sentence {
  tokens: Token[];
  /** Index of the paragraph (blank-line separated block). */
  paragraph: number;
  /** Index among all sentences. */
  index: number;
  /** The sentence is a bullet or list line. */
  bullet: boolean;
  /** The sentence begins a line. */
  lineStart: boolean;
  /** The sentence follows a line ending in ":" (an introduced list). */
  afterColonLine: boolean;
}

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/u;

// ASCII fast paths: most mail is ASCII, and a regex test per character is the tokenizer's main cost.
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR_RE.test(ch);
}
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(ch);
}
const UPPER = /\p{Lu}/u;
const JOINERS = new Set(["'", '’', 'ʼ', '-', '‐']);
const BULLET = /^\s*(?:[*•·‣◦▪–-]|\d{1,2}[.)]|[a-z][.)])\s+/u;
/** A catch-up line that opens with its day: "day 2 …", "Day 4: …". */
const DAY_LINE = /^day\s*[1-7]\b/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(text);
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    // A mark with no letter before it belongs to a symbol: the variation selector of "❤️".
    if (isWordChar(ch) && !MARK_RE.test(ch)) {
      let j = i + 1;
      while (j < chars.length) {
        const c = chars[j] as string;
        if (isWordChar(c)) j++;
        // Times and decimals are one word: "the 8:15 train", "3.5 miles".
        else if ((c === ':' || c === '.') && /\d/.test(chars[j - 1] ?? '') && /\d/.test(chars[j + 1] ?? ''))
          j += 2;
        else if (JOINERS.has(c) && j + 1 < chars.length && isLetter(chars[j + 1] as string)) j += 2;
        // A plural possessive: "my grandparents’ neighbour", "the Smiths' dog".
        else if (
          (c === "'" || c === '’') &&
          chars[j - 1]?.toLowerCase() === 's' &&
          j - i > 2 &&
          !["'", '‘', '’'].includes(chars[i - 1] ?? '') &&
          isSpace(chars[j + 1] ?? '') &&
          isLetter(chars[j + 2] ?? '')
        )
          j++;
        else break;
      }
      let word = chars.slice(i, j).join('');
      const bare = fold(word);
      // Keep the period of "Mr." and of initials ("J."), so they do not end a sentence.
      if (chars[j] === '.' && (ABBREVIATIONS.has(bare) || (word.length === 1 && UPPER.test(word)))) {
        word += '.';
        j++;
      }
      const token = makeToken(word);
      if (i > 0 && !isSpace(chars[i - 1] as string)) token.tight = true;
      tokens.push(token);
      i = j;
      continue;
    }
    tokens.push({ text: ch, lower: ch, word: false, cap: false, upper: false });
    i++;
  }
  return tokens;
}

function makeToken(word: string): Token {
  const lower = fold(word).replace(/\.$/, '');
  const first = word[0] ?? '';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return {
    text: word,
    lower,
    word: true,
    cap: UPPER.test(first),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

const ENDS = new Set(['.', '!', '?', '…']);

function splitSentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    current.push(t);
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (ENDS.has(t.text)) {
      // "(on paper!)" does not end the sentence around it.
      const inside = depth > 0;
      // Swallow runs of end punctuation and closing quotes/brackets: "!!", '."', '!)'.
      while (k + 1 < tokens.length && /^[.!?…"”’')\]]$/.test((tokens[k + 1] as Token).text)) {
        const n = tokens[k + 1] as Token;
        if (n.text === ')') depth = Math.max(0, depth - 1);
        current.push(n);
        k++;
      }
      if (depth === 0 && !(inside && tokens[k + 1] !== undefined && !(tokens[k + 1] as Token).cap)) {
        out.push(current);
        current = [];
      }
    }
  }
  if (current.length > 0) out.push(current);
  // A "sentence" of thousands of tokens is not prose: cut it so later stages stay linear.
  const bounded: Token[][] = [];
  for (const sentence of out) {
    for (let k = 0; k < sentence.length; k += MAX_SENTENCE_TOKENS)
      bounded.push(sentence.slice(k, k + MAX_SENTENCE_TOKENS));
  }
  return bounded.filter((s) => s.some((t) => t.word));
}

const MAX_SENTENCE_TOKENS = 200;

/** Splits text into sentences, treating bullets, short lines and blank lines as boundaries. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const lines = text.split('\n');
  let paragraph = 0;
  let pending: string[] = [];
  let pendingBullet = false;
  let pendingAfterColon = false;
  let previousEndedWithColon = false;

  const emit = () => {
    if (pending.length === 0) return;
    const unit = pending.join(' ');
    splitSentences(tokenize(unit)).forEach((tokens, k) => {
      result.push({
        tokens,
        paragraph,
        index: result.length,
        bullet: pendingBullet,
        lineStart: k === 0,
        afterColonLine: pendingAfterColon,
      });
    });
    pending = [];
  };

  let afterDayLine = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      emit();
      if (result.length > 0) paragraph++;
      // A list may follow its intro after a blank line ("Wrote to each of them:\n\nJo\nAl").
      pendingAfterColon = false;
      afterDayLine = false;
      continue;
    }
    // "day 2 my neighbour big al …": a catch-up line per day, and "today …" after such lines.
    const dayLine: boolean = DAY_LINE.test(line) || (afterDayLine && /^(?:today|yesterday)\b/i.test(line));
    const bullet = BULLET.test(line) || dayLine;
    afterDayLine ||= dayLine;
    const words = line.split(/\s+/).length;
    const previous = pending[pending.length - 1];
    // A new unit starts at a bullet, after a line that ended a sentence or a list intro, or when
    // either line is short (lists without bullets: "Anna\nMy dad").
    const startsUnit =
      previous === undefined ||
      bullet ||
      pendingBullet ||
      /[.!?:;…)]$/.test(previous) ||
      words <= 5 ||
      previous.split(/\s+/).length <= 5;
    if (startsUnit) {
      emit();
      pendingBullet = bullet;
      pendingAfterColon = previousEndedWithColon || (pendingAfterColon && (bullet || words <= 6));
    }
    pending.push(BULLET.test(line) ? line.replace(BULLET, '') : line);
    previousEndedWithColon = line.endsWith(':');
  }
  emit();
  return result;
}
