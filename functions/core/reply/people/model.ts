/** Shared shapes of the people stage (mentions, acts, the parse context) and small token helpers. */

import type { Channel } from '../channel';
import {
  ABSENCE_FAILURE_PHRASES,
  CALL_FAILURE_PHRASES,
  CAUSAL_PHRASES,
  DELIVERY_FAILURE_PHRASES,
} from '../lexicon/cues';
import type { Gender } from '../lexicon/relationships';
import { PREDICATES, type Predicate } from '../lexicon/verbs';
import { SERVICE_PHRASES } from '../lexicon/words';
import { fold } from '../normalize';
import type { Token } from '../tokens';

export interface ThankedPerson {
  /** The name as written ("Dr. Patel", "José García"), or the description when there is none ("Mom"). */
  name: string;
  /** Short lowercase English noun phrase ("sister", "violin teacher"), when the text says it. */
  relationship: string | null;
  /** How the thanks was given, when the reply says it. */
  channel: Channel | null;
}

export interface PeopleResult {
  thanked: ThankedPerson[];
  /** The participant reports thanking someone, identified or not ("Thanked her after class"). */
  thankedSomeone: boolean;
  /** Acts whose person could not be identified (a pronoun with no antecedent). */
  unresolved: number;
}

export interface PeopleOptions {
  /** The sender's display name: never one of the people thanked. */
  senderName?: string | null;
}

export type Kind = 'name' | 'rel' | 'service' | 'self';

export interface Mention {
  kind: Kind;
  sentence: number;
  start: number;
  end: number;
  /** Name as it will be written back, for `name` mentions. */
  name: string | null;
  /** Folded name without title, for matching. */
  key: string | null;
  aliases: string[];
  /** Description for relationship-only mentions ("Stepmom", "Sanitation crew"). */
  description: string | null;
  relationship: string | null;
  gender: Gender | null;
  plural: boolean;
  generic: boolean;
  /** A word like "Hope" or "Mark" at the start of a sentence: a name only if the sentence says so. */
  weak: boolean;
  subordinate: boolean;
  /** Someone else's relative ("his wife"). */
  others: boolean;
  /** "her colleague Iñigo": the sex of the one the possessive points to, someone other than them. */
  ownerGender: Gender | null;
  /** An owner's, of whom they own: "Lungisani's daughter" is a woman's owner ('f'). */
  ownedGender?: Gender | null;
  /** A generic description ("a stranger") says who it was only with a place or a clause ("the guy at the deli"). */
  identified: boolean;
  /** First person named in its sentence and not after a preposition: the likeliest antecedent later on. */
  salient: boolean;
  /** Only "my roommate's" in "my roommate's laptop": a person, but not the thing's head. */
  possessor: boolean;
  /** "Sunniva suggested I reach out to Bartosz": the one who prompted the thanks, not its object. */
  prompter: boolean;
  /**
   * The sex of an object pronoun later in their own clause, which cannot be them ("My speech
   * therapist had sent me to her"): whom it meant goes on into the next sentence, not them.
   */
  boundAway?: Gender;
  /** The sentence of a description standing alone after it ("Marco. The guy who fixes bikes."). */
  describedIn?: number;
  /** Comments on the story in the present ("Mi papá todavía no sabe que …", "My brother reckons …"). */
  commenter?: true;
  /** "Her name is Priyanka": names the person described just before. */
  renames: boolean;
  /** "My brother Kees and I drove …": beside the writer as the subject, so one of "we". */
  withWriter: boolean;
  entity: number;
}

export interface PronounRef {
  sentence: number;
  index: number;
  gender: Gender | null;
  plural: boolean;
  /** No pronoun was written: the person is understood ("sent a message"). Only a near antecedent will do. */
  implicit?: boolean;
  /** An understood person with no pronoun to say how many: one person or a group will do. */
  anyNumber?: boolean;
  /** Said of what "we" did ("We both thanked him"): not one of the writer's company. */
  byUs?: boolean;
  /** "them both", "the two of them": two people, not a group. */
  pair?: boolean;
}

export type Target = { mention: Mention } | { pronoun: PronounRef };

export type Status = 'done' | 'negated' | 'plan' | 'attempt' | 'failed';

export interface Act {
  sentence: number;
  index: number;
  targets: Target[];
  status: Status;
  answer: boolean;
  /** The verb itself is thanks (not only contact): with no readable object it still reports thanks. */
  thanks: boolean;
  /** A phone call, which "no answer" undoes. */
  call?: boolean;
  /** Counted only because the sentence names thanks (a gift, a talk): a plan for the same person wins. */
  weak?: boolean;
}

import type { Language } from '../lexicon/grammar';

export type { Language };

export interface Context {
  lowercaseMode: boolean;
  /** The reply is typed in capitals: a name in capitals is still a name. */
  shouting?: boolean;
  /** Folded words the text writes capitalised in mid-sentence: names wherever they stand. */
  midSentenceCaps: ReadonlySet<string>;
  language: Language;
  /** A card, note or letter was mentioned so far: "it" may be that thing. */
  messageMentioned: boolean;
  /** The first sentence that is not a greeting: where a bare answer ("Bin men.") stands. */
  openingSentence?: number;
}

export const PREDICATES_BY_FIRST = (() => {
  const map = new Map<string, Predicate[]>();
  for (const p of PREDICATES) {
    const first = p.words[0] as string;
    const list = map.get(first) ?? [];
    list.push(p);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(first, list);
  }
  return map;
})();

export const PREDICATE_WORDS = new Set(PREDICATES.map((p) => p.words[0] as string));

export const isWord = (t: Token | undefined): t is Token => t?.word === true;

export const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.lower ?? '';

export function matchSequence(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lowerAt(tokens, i + k) !== words[k]) return false;
  return true;
}

/** Phrases indexed by their first word, so matching at a token costs one map lookup. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = index.get(words[0] as string) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(words[0] as string, list);
  }
  return index;
}

/** Length of the longest indexed phrase starting at token i, or 0. */
export function matchPhrase(tokens: readonly Token[], i: number, index: PhraseIndex): number {
  const candidates = index.get(tokens[i]?.lower ?? '');
  if (!candidates) return 0;
  for (const words of candidates) if (matchSequence(tokens, i, words)) return words.length;
  return 0;
}

export const SERVICE_INDEX = indexPhrases(SERVICE_PHRASES);

export const CALL_FAILURE_INDEX = indexPhrases(CALL_FAILURE_PHRASES);

export const DELIVERY_FAILURE_INDEX = indexPhrases(DELIVERY_FAILURE_PHRASES);
export const ABSENCE_FAILURE_INDEX = indexPhrases(ABSENCE_FAILURE_PHRASES);

export const CAUSAL_INDEX = indexPhrases(CAUSAL_PHRASES);

/** Capitalises a name written in lower case ("jake" -> "Jake", "o'brien" -> "O'Brien"). */
export function capitalizeName(word: string): string {
  return word.replace(/(^|[-'’\s])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The words of tokens `start` to `end` as written, one space between. */
export function textOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

/** A name typed in lower case, tokens `start` to `end`, as a mention: "eulalie brackenbury". */
export function typedName(
  tokens: readonly Token[],
  sentence: number,
  start: number,
  end: number,
  more: Partial<Mention> = {},
): Mention {
  const text = textOf(tokens, start, end);
  return makeMention({
    kind: 'name',
    sentence,
    start,
    end,
    name: capitalizeName(text),
    key: fold(text),
    ...more,
  });
}

export function capitalizeFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase());
}

export function stripPossessive(lower: string): { base: string; possessive: boolean } {
  if (lower.endsWith("'s")) return { base: lower.slice(0, -2), possessive: true };
  if (lower.endsWith("s'")) return { base: lower.slice(0, -1), possessive: true };
  return { base: lower, possessive: false };
}

/** An act the writer did, thanks or contact, reaching `targets` (the shape most rules report). */
export function doneAct(sentence: number, index: number, targets: Target[], thanks = true): Act {
  return { sentence, index, targets, status: 'done', answer: false, thanks };
}

export function makeMention(
  partial: Partial<Mention> & Pick<Mention, 'kind' | 'sentence' | 'start' | 'end'>,
): Mention {
  return {
    name: null,
    key: null,
    aliases: [],
    description: null,
    relationship: null,
    gender: null,
    plural: false,
    generic: false,
    weak: false,
    subordinate: false,
    others: false,
    ownerGender: null,
    identified: true,
    salient: false,
    possessor: false,
    renames: false,
    withWriter: false,
    prompter: false,
    entity: -1,
    ...partial,
  };
}
