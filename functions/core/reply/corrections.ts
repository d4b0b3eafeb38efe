/**
 * Whether a reply to a receipt corrects the day it confirmed, read from the shape of each
 * sentence (pure, never throws):
 *
 *   X, not Y                "his name is Craig, not Greg", "Craig, nicht Greg", "Craig et non Greg"
 *   not Y, X                "not my brother, my cousin", "no era Greg, era Craig", "nicht Greg, sondern Craig"
 *   remove Y                "remove Greg", "quita a Greg", "Greg bitte löschen", "supprime Greg"
 *   that was for day N      "that was for day 3", "eso era para el día 3", "c'était pour le jour 3"
 *   (opener) X              "actually it was my aunt", "wrong name, it's Craig", "er heißt Craig"
 *
 * X and Y must each read as one person: a name ("Craig", "Dr. Patel", "José de la Cruz") or a
 * relationship ("my cousin", "mi primo Craig"). Anything else in the slot ("not my brother this
 * time, I thanked my cousin", "not today") makes the sentence an ordinary one. Reading a sentence
 * as a correction is only half the test: the caller applies it only to a reply to a receipt, and
 * only when Y names someone logged that day.
 */
import {
  CORRECTION_OPENERS,
  DAY_WORDS,
  MOVE_PHRASES,
  NAME_PARTICLES,
  NOT_A_PERSON,
  REMOVE_TAILS,
  REMOVE_VERBS,
  REQUEST_FILLERS,
  RIGHT_AFTER_WRONG,
  RIGHT_LEADS,
  THANK_LEADS,
  TITLES,
  WRONG_LEADS,
} from './lexicon/corrections';
import { ARTICLES, OWN_POSSESSIVES } from './lexicon/function-words';
import { isRelationshipWord, relationshipAt, type Tok, tokens } from './relationship-words';

export { isRelationshipWord };

/** One person as the correction writes them. */
export interface PersonRef {
  /** As written, without the possessive: "Craig", "cousin", "cousin Craig", "Dr. Patel". */
  text: string;
  /** The proper name, if one was written ("Craig"); null for "my cousin". */
  name: string | null;
  /** Short lowercase English relationship ("cousin"), if one was written. */
  relationship: string | null;
}

export type Correction =
  /** `wrong` null: the one entry the receipt confirmed ("actually it was my aunt"). */
  | { kind: 'replace'; wrong: PersonRef | null; right: PersonRef }
  | { kind: 'remove'; who: PersonRef }
  | { kind: 'move'; toDay: number };

export interface CorrectionReading {
  corrections: Correction[];
  /** The sentences that are not corrections, in order (an addition may ride along). */
  rest: string;
}

const MAX_TEXT = 2000;
const MAX_PERSON_WORDS = 5;

/** Splits a reply into sentences; a title's period ("Dr. Patel") does not end one. */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    const ends = /[.!?]+(?=\s|$)/g;
    for (let m = ends.exec(line); m !== null; m = ends.exec(line)) {
      const before = line.slice(start, m.index).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
      if (m[0] === '.' && (TITLES.has(`${before}.`) || /^\p{L}$/u.test(before))) continue;
      out.push(line.slice(start, m.index + m[0].length));
      start = m.index + m[0].length;
    }
    out.push(line.slice(start));
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

const phraseTokens = (list: readonly string[]) =>
  list.map((p) => p.split(/\s+/)).sort((a, b) => b.length - a.length);

const OPENERS = phraseTokens(CORRECTION_OPENERS);
const RIGHT = phraseTokens(RIGHT_LEADS);
const RIGHT_OR_THANK = phraseTokens([...RIGHT_LEADS, ...THANK_LEADS]);
const WRONG = phraseTokens(WRONG_LEADS);
const JOIN = phraseTokens(RIGHT_AFTER_WRONG);
const REMOVE = phraseTokens(REMOVE_VERBS);
const FILLERS = phraseTokens(REQUEST_FILLERS);
const TAILS = phraseTokens(REMOVE_TAILS);
const NAMING_LEADS = new Set([
  'his name is',
  'her name is',
  "his name's",
  "her name's",
  'their name is',
  'the name is',
  'se llama',
  'su nombre es',
  'er heißt',
  'sie heißt',
  'sein name ist',
  'ihr name ist',
  "il s'appelle",
  "elle s'appelle",
  'son nom est',
]);

/** Length of the longest phrase of `list` at `at` (0 when none matches). */
function phraseAt(toks: readonly Tok[], at: number, list: readonly string[][]): number {
  for (const phrase of list) {
    if (phrase.every((word, i) => toks[at + i]?.lower === word)) return phrase.length;
  }
  return 0;
}

function skipJoints(toks: readonly Tok[], at: number): number {
  let i = at;
  while (toks[i]?.joint) i++;
  return i;
}

/** Drops request fillers at both ends ("please remove Greg, thanks" keeps "remove Greg"). */
function trimFillers(toks: Tok[]): Tok[] {
  let start = skipJoints(toks, 0);
  for (let n = phraseAt(toks, start, FILLERS); n > 0; n = phraseAt(toks, start, FILLERS)) {
    start = skipJoints(toks, start + n);
  }
  let end = toks.length;
  for (;;) {
    while (end > start && toks[end - 1]?.joint) end--;
    const tail = FILLERS.find(
      (p) => p.length <= end - start && p.every((w, i) => toks[end - p.length + i]?.lower === w),
    );
    if (!tail) break;
    end -= tail.length;
  }
  return toks.slice(start, end);
}

function titleCase(word: string): string {
  return word
    .split(/([-'])/)
    .map((part) =>
      part.length > 1 || /\p{L}/u.test(part) ? part.charAt(0).toUpperCase() + part.slice(1) : part,
    )
    .join('');
}

const isCap = (t: Tok) => /^\p{Lu}/u.test(t.text);
const isWordy = (t: Tok) => /^[\p{L}\p{M}][\p{L}\p{M}.'-]*$/u.test(t.text);

/**
 * The person a slot names, or null when the slot holds anything else. Lowercase names pass only
 * where the caller checks them against the day's entries (`lowercaseNames`).
 */
function readPerson(slot: readonly Tok[], lowercaseNames: boolean): PersonRef | null {
  let toks = slot.filter((t) => !t.joint || t.text === ',');
  if (toks.length === 0 || toks.length > MAX_PERSON_WORDS + 1 || toks.some((t) => t.joint)) return null;
  if (!toks.every(isWordy)) return null;
  // Spanish personal "a" ("quita a Greg"), and a possessive or article before a relationship.
  if (toks[0]?.lower === 'a' && toks.length > 1) toks = toks.slice(1);
  let at = 0;
  const possessive = OWN_POSSESSIVES.has(toks[0]?.lower ?? '') || ARTICLES.has(toks[0]?.lower ?? '');
  if (possessive) at = 1;
  const relation = relationshipAt(toks, at);
  if (relation) {
    const after = toks.slice(at + relation.length);
    const name = after.length > 0 ? readName(after, lowercaseNames) : null;
    if (after.length > 0 && name === null) return null;
    const words = toks.slice(at, at + relation.length).map((t) => t.text);
    const described = words.join(' ');
    return {
      text: name ? `${described} ${name}` : described,
      name,
      relationship: relation.canonical,
    };
  }
  if (possessive) return null;
  const name = readName(toks, lowercaseNames);
  return name === null ? null : { text: name, name, relationship: null };
}

function readName(toks: readonly Tok[], lowercaseNames: boolean): string | null {
  if (toks.length === 0 || toks.length > MAX_PERSON_WORDS) return null;
  const words: string[] = [];
  for (const [i, t] of toks.entries()) {
    const last = i === toks.length - 1;
    if (i === 0 && TITLES.has(t.lower) && !last) {
      words.push(t.text);
      continue;
    }
    if (i > 0 && !last && NAME_PARTICLES.has(t.text)) {
      words.push(t.text);
      continue;
    }
    if (NOT_A_PERSON.has(t.lower) || TITLES.has(t.lower)) return null;
    if (isCap(t)) words.push(t.text);
    else if (lowercaseNames && /^\p{Ll}/u.test(t.text)) words.push(titleCase(t.text));
    else return null;
  }
  return words.join(' ');
}

/** "remove Greg (from the list) (please)", "quita a Greg", "Greg bitte löschen". */
function readRemove(toks: Tok[]): Correction | null {
  const verb = phraseAt(toks, 0, REMOVE);
  if (verb > 0) {
    let slot = trimFillers(toks.slice(verb));
    // "take Greg off (the list)" and "cross Greg off"
    for (let i = slot.length - 1; i > 0; i--) {
      const tail = phraseAt(slot, i, TAILS);
      if (tail > 0 && i + tail >= slot.length - 1) {
        slot = slot.slice(0, i);
        break;
      }
    }
    const who = readPerson(slot, true);
    return who ? { kind: 'remove', who } : null;
  }
  if (toks[0]?.lower === 'take' || toks[0]?.lower === 'cross') {
    const off = toks.findIndex((t, i) => i > 1 && (t.lower === 'off' || t.lower === 'out'));
    const who = off > 1 ? readPerson(toks.slice(1, off), true) : null;
    return who ? { kind: 'remove', who } : null;
  }
  // German verb-final: "Greg bitte löschen", "bitte Greg streichen".
  const last = toks.length - 1;
  if (last > 0 && phraseAt(toks, last, REMOVE) === 1 && /(?:en|nehmen)$/.test(toks[last]?.lower ?? '')) {
    const who = readPerson(trimFillers(toks.slice(0, last)), true);
    return who ? { kind: 'remove', who } : null;
  }
  return null;
}

const NUMBER_WORDS = new Map<string, number>(
  [
    'one two three four five six seven',
    'uno dos tres cuatro cinco seis siete',
    'eins zwei drei vier fünf sechs sieben',
    'un deux trois quatre cinq six sept',
  ].flatMap((list) => list.split(' ').map((w, i): [string, number] => [w, i + 1])),
);
const DAY_ARTICLES = new Set(['the', 'el', 'le', 'den', 'dem']);
/** "the", "el", "le" before the day word are optional: both sides drop them. */
const withoutDayArticles = (words: readonly string[]) =>
  words.filter((w, i) => !(DAY_ARTICLES.has(w) && DAY_WORDS.has(words[i + 1] ?? '')));
const MOVE_PATTERNS = MOVE_PHRASES.map((phrase) => withoutDayArticles(phrase.split(/\s+/)));

/** "that was for day 3" and its kin: the day it belongs to. */
function readMove(toks: readonly Tok[]): Correction | null {
  const words = withoutDayArticles(toks.filter((t) => !t.joint).map((t) => t.lower));
  const dayAt = words.findIndex((w, i) => DAY_WORDS.has(w) && i < words.length - 1);
  if (dayAt < 0) return null;
  const spelled = words[dayAt + 1] ?? '';
  const day = /^[1-7]$/.test(spelled) ? Number(spelled) : (NUMBER_WORDS.get(spelled) ?? 0);
  if (day === 0) return null;
  const shape = words.map((w, i) => (i === dayAt + 1 ? 'N' : w));
  const matches = MOVE_PATTERNS.some((p) => p.length === shape.length && p.every((w, i) => w === shape[i]));
  return matches ? { kind: 'move', toDay: day } : null;
}

/** "X, not Y" (with an optional lead before X). */
function readRightThenWrong(toks: readonly Tok[]): Correction | null {
  for (let i = 1; i < toks.length - 1; i++) {
    const length = phraseAt(toks, i, WRONG);
    if (length === 0) continue;
    const left = toks.slice(0, i).filter((t) => !t.joint || t !== toks[i - 1]);
    const lead = phraseAt(left, 0, RIGHT_OR_THANK);
    const right = readPerson(left.slice(lead), true);
    const wrong = readPerson(trimFillers(toks.slice(i + length)), true);
    if (right && wrong) return { kind: 'replace', wrong, right };
  }
  return null;
}

/** "not Y, X", "not Y but X", "no era Y, era X", "nicht Y, sondern X". */
function readWrongThenRight(toks: readonly Tok[]): Correction | null {
  const lead = phraseAt(toks, 0, WRONG);
  if (lead === 0) return null;
  for (let i = lead + 1; i < toks.length; i++) {
    const joint = toks[i]?.joint ? 1 : 0;
    const after = skipJoints(toks, i);
    const join = phraseAt(toks, after, JOIN);
    if (joint === 0 && join === 0) continue;
    const wrong = readPerson(toks.slice(lead, i), true);
    const right = readPerson(trimFillers(toks.slice(after + join)), true);
    if (wrong && right) return { kind: 'replace', wrong, right };
  }
  return null;
}

/** "(actually) it was my aunt", "his name is Craig": the right person only. */
function readRightOnly(toks: readonly Tok[], opened: boolean, alone: boolean): Correction | null {
  const lead = phraseAt(toks, 0, RIGHT);
  if (lead === 0) return null;
  const naming = NAMING_LEADS.has(
    toks
      .slice(0, lead)
      .map((t) => t.lower)
      .join(' '),
  );
  if (!naming && !opened && !alone) return null;
  const right = readPerson(trimFillers(toks.slice(lead)), false);
  return right ? { kind: 'replace', wrong: null, right } : null;
}

/** Strips "sorry", "actually", "wrong name:" and the like from the front; says whether any was there. */
function stripOpeners(toks: Tok[]): { toks: Tok[]; opened: boolean } {
  let at = skipJoints(toks, 0);
  let opened = false;
  for (let n = phraseAt(toks, at, OPENERS); n > 0; n = phraseAt(toks, at, OPENERS)) {
    at = skipJoints(toks, at + n);
    opened = true;
  }
  return { toks: toks.slice(at), opened };
}

function readSentence(sentence: string, alone: boolean): Correction | null {
  const { toks: raw, opened } = stripOpeners(tokens(sentence));
  const toks = trimFillers(raw);
  if (toks.length === 0 || toks.length > 16) return null;
  return (
    readMove(toks) ??
    readRemove(toks) ??
    readWrongThenRight(toks) ??
    readRightThenWrong(toks) ??
    readRightOnly(toks, opened, alone)
  );
}

/** Reads the corrections in a reply's own words; an ordinary reply gives none. */
export function readCorrections(text: string): CorrectionReading {
  const all = sentences(text.slice(0, MAX_TEXT));
  const corrections: Correction[] = [];
  const rest: string[] = [];
  // A lone opener line ("Sorry!", "Oops:") before the correction still counts as its opener.
  let pendingOpener = false;
  for (const sentence of all) {
    const { toks, opened } = stripOpeners(tokens(sentence));
    if (opened && toks.length === 0) {
      pendingOpener = true;
      continue;
    }
    const found = readSentence(pendingOpener ? `sorry, ${sentence}` : sentence, all.length === 1);
    pendingOpener = false;
    if (found) corrections.push(found);
    else rest.push(sentence);
  }
  return { corrections, rest: rest.join(' ') };
}
