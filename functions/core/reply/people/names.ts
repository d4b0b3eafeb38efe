/**
 * Personal names in a sentence: which words may be part of one (titles, particles, family-name
 * first, lower-case texting), where a capitalised word is only a sentence's first word, and the
 * relationship word at a position.
 */
import { FIRST_PERSON } from '../lexicon/cues';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { BROUGHT_THINGS } from '../lexicon/gifts';
import {
  CLITICS,
  CONTINUATIONS,
  COUNT_WORDS,
  GENERIC_PEOPLE,
  HEDGE_WORDS,
  NAME_PARTICLES,
  OBJECT_PRONOUNS,
  PLACE_ADVERBS,
  PREPOSITIONS,
  PRETERITE_FOLLOWERS,
  QUESTION_WORDS,
  REFLEXIVE_CLITICS,
  SUBJECT_PRONOUNS,
  SUBJECT_VERBS,
  VERB_COMPLEMENTS,
  WORD_NAME_WORD_FOLLOWERS,
} from '../lexicon/grammar';
import { GERMAN_PLACE_PREPOSITIONS, GERMAN_ROLE_NOUNS } from '../lexicon/languages';
import { type Gender, RELATIONSHIP_WORDS, type RelationshipWord } from '../lexicon/relationships';
import {
  BARE_VOCATIVES,
  LOWERCASE_OK_TITLES,
  POSTPOSED_HONORIFICS,
  RANKED_TITLES,
  TITLE_RANKS,
  TITLES,
} from '../lexicon/titles';
import { GRATITUDE_WORDS, IRREGULAR_PAST, MESSAGE_NOUNS, PREDICATES } from '../lexicon/verbs';
import {
  COMMON_WORDS,
  INTERJECTIONS,
  NAMES_ENDING_ED,
  NEVER_NAMES,
  ORG_NOUNS,
  SELF_WORDS,
  WORD_NAMES,
} from '../lexicon/words';
import { fold } from '../normalize';
import type { Token } from '../tokens';
import { type Context, capitalizeName, isWord, lowerAt, PREDICATE_WORDS, stripPossessive } from './model';

/**
 * "found miss dunleavy on fb", "thanked miss okafor": typed small, "miss" is a title after a verb
 * in the past (and its particle), a preposition, or nothing; after anything else it is the verb
 * ("I really miss jo", "going to miss them").
 */
function missAsTitle(tokens: readonly Token[], at: number): boolean {
  if (lowerAt(tokens, at) !== 'miss') return false;
  // "tracked down miss abernethy": a verb's particle may stand between.
  const particle = ['down', 'up', 'out', 'back'].includes(lowerAt(tokens, at - 1)) ? 1 : 0;
  const before = tokens[at - 1 - particle];
  if (['with', 'from', 'for'].includes(lowerAt(tokens, at - 1))) return true;
  return (
    !isWord(before) ||
    (!FIRST_PERSON.has(before.lower) &&
      (IRREGULAR_PAST.has(before.lower) || /\p{L}{2,}ed$/u.test(before.lower)))
  );
}

/** Participles that close a German (or Dutch) clause: "angerufen", "geschrieben", "gedankt". */
export const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set(
  PREDICATES.filter((p) => p.object === 'clause' && p.words.length === 1).map((p) => p.words[0] as string),
);

/** The role word `lower` is with two neighbouring letters swapped back, if it is one (five letters or more). */
function swappedRole(lower: string): RelationshipWord | undefined {
  if (lower.length < 5) return undefined;
  for (let k = 0; k + 1 < lower.length; k++) {
    const back = lower.slice(0, k) + lower[k + 1] + lower[k] + lower.slice(k + 2);
    const word =
      back === lower ? undefined : RELATIONSHIP_WORDS.get(back)?.find((w) => w.tokens.length === 1);
    if (word) return word;
  }
  return undefined;
}

/** The singular role of a German plural ("Pflegern", "Kolleginnen"), one word long, or undefined. */
function germanPlural(lower: string): RelationshipWord | undefined {
  if (!lower.endsWith('n')) return undefined;
  const stems = lower.endsWith('innen') ? [lower.slice(0, -3)] : [lower.slice(0, -1), lower.slice(0, -2)];
  // (Long stems only: "Brown" is no plural of "bro".)
  for (const stem of stems.filter((x) => x.length >= 5)) {
    const word = RELATIONSHIP_WORDS.get(stem)?.find((w) => w.tokens.length === 1 && !w.plural);
    if (word) return word;
  }
  return undefined;
}

export function relationshipAt(
  tokens: readonly Token[],
  i: number,
): { word: RelationshipWord; end: number; possessive: boolean } | null {
  const t = tokens[i];
  if (!isWord(t)) return null;
  // French elides the article onto the noun: "l'équipe", "l’infirmière".
  const { base, possessive } = stripPossessive(t.lower.replace(ELIDED_ARTICLE, ''));
  const candidates =
    RELATIONSHIP_WORDS.get(base) ?? (possessive ? undefined : RELATIONSHIP_WORDS.get(t.lower));
  // German plural nouns, capitalised, in the dative above all: "bei den Pflegern", "den
  // Krankenschwestern", "meinen Kolleginnen".
  const plural = !candidates && t.cap ? germanPlural(base) : undefined;
  if (plural) return { word: { ...plural, plural: true }, end: i + 1, possessive };
  // "my freind Chiamaka", "our nieghbour": two neighbouring letters swapped in a long role word.
  const slip = candidates || t.cap ? undefined : swappedRole(base);
  if (slip) return { word: slip, end: i + 1, possessive };
  if (!candidates) {
    // "my great-aunt", "her step-nan", "my half-brother's": a kin word with a prefix of degree.
    const prefixed = KIN_PREFIX.exec(base);
    const kin = prefixed
      ? RELATIONSHIP_WORDS.get(prefixed[2] as string)?.find((w) => w.tokens.length === 1)
      : undefined;
    if (!prefixed || !kin) return null;
    const degree = (prefixed[1] as string).replace(/(great|step)(?!-)/g, '$1-');
    const word = { ...kin, tokens: [base], canonical: `${degree}${kin.canonical}` };
    return { word, end: i + 1, possessive };
  }
  // "my kid brother", "my baby sister": a person word before a kin word is the kin word's.
  if (!possessive && candidates.every((w) => w.generic)) {
    const kin = relationshipAt(tokens, i + 1);
    if (kin && !kin.word.generic) return kin;
  }
  for (const word of candidates) {
    if (word.tokens.length === 1) return { word, end: i + 1, possessive };
    let ok = true;
    let lastPossessive = false;
    for (let k = 1; k < word.tokens.length; k++) {
      const tk = tokens[i + k];
      if (!isWord(tk)) {
        ok = false;
        break;
      }
      const s = stripPossessive(tk.lower);
      if (s.base !== word.tokens[k]) {
        ok = false;
        break;
      }
      lastPossessive = s.possessive;
    }
    if (ok && !possessive) return { word, end: i + word.tokens.length, possessive: lastPossessive };
  }
  return null;
}

/** A word written in capitals of two letters or more: "IT", "HR", "ICU". */
export function isAcronym(t: Token): boolean {
  return t.upper && t.text.replace(/[^\p{L}]/gu, '').length >= 2;
}

const INITIALS_NICKNAME = /^(?:\p{Lu}J|J\p{Lu})$/u;
const DETERMINERS_BEFORE = new Set([
  'the',
  'a',
  'an',
  'our',
  'their',
  'this',
  'that',
  'el',
  'la',
  'le',
  'der',
  'die',
  'den',
  'dem',
]);

export const ELIDED_ARTICLE = /^l['’](?=\p{L}{3})/u;

/**
 * A degree of kinship written before the kin word: "great-aunt", "great-great-grandfather",
 * "step-nan", and run together: "stepgrandad", "greatgrandma".
 */
const KIN_PREFIX = /^((?:great-?)+|grand-|step-?|half-)(\p{L}[\p{L}-]*)$/u;

/** Whether the word at i may be part of a name. */
export function isNamePart(tokens: readonly Token[], i: number, ctx: Context, allowLower: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  const lower = stripPossessive(t.lower).base;
  if (!/\p{L}/u.test(t.text) || NEVER_NAMES.has(lower)) return false;
  // "an old Christmas-card list", "the Monday-morning crowd": a compound made with a word that is no name.
  if (lower.includes('-') && NEVER_NAMES.has(lower.split('-')[0] as string)) return false;
  // "DJ", "AJ", "TJ": a nickname of two initials, which an acronym almost never is.
  if (INITIALS_NICKNAME.test(stripPossessive(t.text).base))
    return !DETERMINERS_BEFORE.has(lowerAt(tokens, i - 1));
  if (t.upper && t.text.replace(/[^\p{L}]/gu, '').length <= 4) return false; // "ER", "STOP", "NYC"
  // "written across the top in red pen: SHORTER": a word in capitals, unless the whole reply is.
  if (t.upper && !ctx.shouting) return false;
  // French and Italian elisions ("J’ai", "l’ai", "c’est") are not names; "D’Amico" and "O'Brien" are.
  if (/^\p{L}['’]\p{Ll}/u.test(t.text)) return false;
  // English contractions ("He'd", "They've", "There's") are pronouns and verbs, never names.
  if (/^(?:i|you|he|she|it|we|they|that|there|here|who|what|where|how)['’](?:d|ve|ll|re|m|s)$/.test(t.lower))
    return false;
  // A negated verb ("Couldn't", "Didn't", "Wasn't") opening a sentence is never a name.
  if (/\p{L}n['’]t$/u.test(t.lower)) return false;
  // German capitalises every noun: "Blumen vorbeigebracht" is the thing given, nobody's name.
  if (ctx.language === 'de' && (BROUGHT_THINGS.has(lower) || GERMAN_ROLE_NOUNS.has(lower))) return false;
  // Nor is a noun after a preposition of place: "auf Station 4", "im Büro", "zur Arbeit".
  if (ctx.language === 'de' && GERMAN_PLACE_PREPOSITIONS.has(lowerAt(tokens, i - 1))) return false;
  if (t.cap) return true;
  if (!allowLower || !ctx.lowercaseMode) return false;
  // "called grandma rose n said …": typed small, a name that is also a word, right after a title,
  // with nothing of a clause after it.
  const closes = !isWord(tokens[i + 1]) || ['n', 'and', '&'].includes(lowerAt(tokens, i + 1));
  const afterTitle = TITLES.has(lowerAt(tokens, i - 1)) && closes;
  return isPlausibleLowercaseName(lower) || (WORD_NAMES.has(lower) && afterTitle);
}

export function isPlausibleLowercaseName(lower: string): boolean {
  return (
    lower.length >= 2 &&
    /^\p{L}[\p{L}'-]*$/u.test(lower) &&
    !COMMON_WORDS.has(lower) &&
    !FUNCTION_WORDS.has(lower) &&
    !NEVER_NAMES.has(lower) &&
    !RELATIONSHIP_WORDS.has(lower) &&
    !PREDICATE_WORDS.has(lower) &&
    !GRATITUDE_WORDS.has(lower) &&
    !MESSAGE_NOUNS.has(lower) &&
    !SELF_WORDS.has(lower) &&
    (!/(?:ed|ing|ly)$/.test(lower) || NAMES_ENDING_ED.has(lower))
  );
}

/** Position is a sentence start for capitalisation purposes (also after a colon, quote or bracket). */
export function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.word) return false;
    // "Done ✔ Called him": a tick or an emoji between two sentences ends the first.
    if (/^[:;"“”'‘([*•-]$/.test(t.text) || /\p{Extended_Pictographic}|[✓✔☑]/u.test(t.text)) return true;
  }
  return true;
}

export interface NameParse {
  end: number;
  name: string;
  key: string;
  gender: Gender | null;
  relationship: string | null;
  weak: boolean;
  possessive: boolean;
  hasTitle: boolean;
}

/** A (titled) name starting at i: "Ms. Abernathy", "Coach Rivera", "Jean-Luc D’Amico", "Nguyễn Thị Mai". */
export function parseName(
  tokens: readonly Token[],
  i: number,
  ctx: Context,
  lowerAllowed: boolean,
  afterRelationship = false,
): NameParse | null {
  const first = tokens[i];
  if (!isWord(first)) return null;
  // "the only two Bulgarians", "three Germans": people counted are a kind, never a name.
  const counted = lowerAt(tokens, i - 1);
  if (first.cap && /s$/.test(first.lower) && COUNT_WORDS.has(counted) && counted !== 'both') return null;
  let start = i;
  let title: { display: string; relationship: string | null; gender: Gender | null } | null = null;
  // "Staff Sergeant Lucille Carvalho", "Flight Lieutenant Achterberg": a rank word and a title.
  const second = tokens[i + 1];
  const rankedTitle = isWord(second) && second.cap ? RANKED_TITLES.get(second.lower) : undefined;
  const ranked =
    first.cap &&
    TITLE_RANKS.has(first.lower) &&
    isWord(second) &&
    second.cap &&
    (TITLES.has(second.lower) || rankedTitle !== undefined);
  const titleAt = ranked ? i + 1 : i;
  const titleToken = tokens[titleAt] as Token;
  const titleEntry = TITLES.get(titleToken.lower) ?? (ranked ? rankedTitle : undefined);
  if (
    titleEntry &&
    (titleToken.cap || LOWERCASE_OK_TITLES.has(titleToken.lower) || missAsTitle(tokens, titleAt)) &&
    !titleToken.lower.endsWith("'s")
  ) {
    const next = tokens[titleAt + 1];
    const lowerNameOk = !first.cap || ctx.lowercaseMode;
    if (
      isWord(next) &&
      (next.cap || lowerNameOk) &&
      isNamePart(tokens, titleAt + 1, { ...ctx, lowercaseMode: true }, true)
    ) {
      title = ranked ? { ...titleEntry, display: `${first.text} ${titleEntry.display}` } : titleEntry;
      start = titleAt + 1;
    }
  }
  const parts: string[] = [];
  let k = start;
  let possessive = false;
  while (k < tokens.length && parts.length < 5) {
    const t = tokens[k] as Token;
    const allowLower = title !== null && k === start ? true : lowerAllowed && k === start;
    if (isNamePart(tokens, k, ctx, allowLower) && !(parts.length > 0 && !t.cap && !ctx.lowercaseMode)) {
      if (
        parts.length > 0 &&
        (ORG_NOUNS.has(t.lower) || RELATIONSHIP_WORDS.has(t.lower) || TITLES.has(t.lower))
      )
        break;
      const s = stripPossessive(t.lower);
      const text = s.possessive ? t.text.slice(0, t.text.length - 2) : t.text;
      // "J.R.": initials written together stay together.
      const initials = t.tight && /^\p{Lu}\.?$/u.test(text) && /\p{Lu}\.$/u.test(parts.at(-1) ?? '');
      if (initials) parts[parts.length - 1] += text;
      else parts.push(text);
      k++;
      if (s.possessive) {
        possessive = true;
        break;
      }
      continue;
    }
    // Particles inside a name: "Ludwig van Beethoven", "María de la Cruz"; "y" and "e" only between
    // two surnames ("José Ortega y Gasset"), since "Socorro y Fermín" are two people.
    const joiner = t.lower === 'y' || t.lower === 'e';
    if (parts.length > (joiner ? 1 : 0) && NAME_PARTICLES.has(t.lower) && !t.cap) {
      // "van Rensburg", "de la Vega", "van der Berg": one particle or several before the surname.
      let m = k;
      while (m < tokens.length && NAME_PARTICLES.has(lowerAt(tokens, m)) && !(tokens[m] as Token).cap) m++;
      if (isNamePart(tokens, m, ctx, false) && !ORG_NOUNS.has(lowerAt(tokens, m))) {
        for (let q = k; q < m; q++) parts.push((tokens[q] as Token).text);
        k = m;
        continue;
      }
    }
    break;
  }
  if (parts.length === 0) return null;
  if (!title && parts.length === 1 && BARE_VOCATIVES.has(fold(parts[0] as string))) return null;
  // "A fsh.": one letter alone is no name.
  if (!title && parts.length === 1 && (parts[0] as string).replace(/\.$/, '').length === 1) return null;
  // "Ashby Hardware", "Fifth Street", "the Reykjavík office": businesses and places.
  if (ORG_NOUNS.has(lowerAt(tokens, k)) && !possessive) return null;
  const firstPart = fold(parts[0] as string);
  let weak = false;
  if (!title && atSentenceStart(tokens, start)) {
    const wordName = WORD_NAMES.has(firstPart) && parts.length === 1;
    if (
      !wordName &&
      (COMMON_WORDS.has(firstPart) ||
        PREDICATE_WORDS.has(firstPart) ||
        CONTINUATIONS.has(firstPart) ||
        // "Forty-two and still practising scales": a number.
        /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\p{L}+$/u.test(firstPart))
    ) {
      // "Called Cosmo": the first word is the verb, the name starts after it.
      return null;
    }
    // "Tomé un café con …", "Llevé flores a …", "Levei um bolo à …": a Spanish or Portuguese
    // first-person preterite opening the sentence, before an article or a preposition ("José y yo"
    // and "José me llamó" stay names).
    if (
      parts.length === 1 &&
      /^\p{Ll}{3,}(?:é|ei|amos|imos)$/u.test((tokens[start] as Token).lower) &&
      (PRETERITE_FOLLOWERS.has(lowerAt(tokens, k)) ||
        // "Llevé flores a …", "Comprei pão para …": a bare noun, then the preposition of whom it
        // went to, unless the text writes the word as a name elsewhere ("José flores" is no clause).
        (bareNounThenPreposition(tokens, k) && !ctx.midSentenceCaps.has(firstPart)))
    )
      return null;
    // "Reading about Ottoline in the waiting room, I thought …": a participle opening the sentence,
    // before a preposition or an article, unless the text writes the word as a name elsewhere.
    if (
      parts.length === 1 &&
      /^\p{L}{3,}ing$/u.test(firstPart) &&
      isWord(tokens[k]) &&
      !tokens[k]?.cap &&
      (PREPOSITIONS.has(lowerAt(tokens, k)) || FUNCTION_WORDS.has(lowerAt(tokens, k))) &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    // "Pretty much every morning …", "Kind of a mentor": a hedge of two words opening the sentence.
    if (parts.length === 1 && HEDGE_WORDS.has(firstPart) && HEDGE_WORDS.has(lowerAt(tokens, k))) return null;
    // "Right, you'll want the ending …", "Well!": an interjection set off at the start.
    if (
      parts.length === 1 &&
      INTERJECTIONS.has(firstPart) &&
      [',', '!', '.', '…'].includes(lowerAt(tokens, k))
    )
      return null;
    // "Anoche le mandé un audio a Fabián", "Ontem liguei à …": a word before the writer's own verb
    // (over its clitics) is no subject, so it is an adverb, not a person.
    let verb = k;
    while (CLITICS.has(lowerAt(tokens, verb)) || REFLEXIVE_CLITICS.has(lowerAt(tokens, verb))) verb++;
    if (
      parts.length === 1 &&
      verb - k <= 2 &&
      /^\p{Ll}{2,}(?:é|í|ei)$/u.test(lowerAt(tokens, verb)) &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    // "Contacted Wilbur yesterday", "Remembered Fitz today": a past verb opening the sentence, then the name.
    // So is "Walked Nan home", where the kinship word does not join the name.
    if (
      (parts.length > 1 || tokens[k]?.cap === true) &&
      (IRREGULAR_PAST.has(firstPart) || /^\p{L}{4,}ed$/u.test(firstPart)) &&
      !NAMES_ENDING_ED.has(firstPart) &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    // "Stopped by Ahmed's shop", "Reconnected with Tomasz", "Turns out": a verb the sentence
    // opens with, by what follows it, unless the text writes the word as a name elsewhere.
    const follower = tokens[k];
    if (
      !wordName &&
      parts.length === 1 &&
      isWord(follower) &&
      !follower.cap &&
      (VERB_COMPLEMENTS.has(follower.lower) ||
        // "Guess who I thanked?", "Know what she said?": a verb taking a question, its subject next.
        (QUESTION_WORDS.has(follower.lower) && isSubjectPronoun(lowerAt(tokens, k + 1))) ||
        // "Heard from my cousin", "Learned about …": a past verb before a preposition, or before
        // a place it went to ("Nipped downstairs", "Popped next door").
        ((IRREGULAR_PAST.has(firstPart) || /^\p{L}{4,}ed$/u.test(firstPart)) &&
          !NAMES_ENDING_ED.has(firstPart) &&
          (PREPOSITIONS.has(follower.lower) ||
            PLACE_ADVERBS.has(follower.lower) ||
            // "Caught her before the lecture", "Rang him at six": a verb and its object.
            OBJECT_PRONOUNS.has(follower.lower))) ||
        // "Stayed late", "Walked home": a regular past opening the sentence, then anything but the
        // verb a name would take ("Ahmed called").
        (/^\p{L}{4,}ed$/u.test(firstPart) &&
          !NAMES_ENDING_ED.has(firstPart) &&
          !/ed$/.test(follower.lower) &&
          !IRREGULAR_PAST.has(follower.lower) &&
          !SUBJECT_VERBS.has(follower.lower))) &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    // "Remember Mr Kowalczyk, the teacher …?", "Visited Dr. Amadi": a title starts the name, so
    // the word before it is the sentence's verb.
    if (
      !wordName &&
      parts.length === 1 &&
      isWord(follower) &&
      TITLES.has(follower.lower.replace(/\.$/, '')) &&
      tokens[k + 1]?.cap === true &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    // "Everyday people I thanked today:", "Lovely neighbours": a word before "people" or a plural
    // role, opening a sentence, says what kind they are.
    const kind = tokens[k];
    if (
      parts.length === 1 &&
      isWord(kind) &&
      !kind.cap &&
      (GENERIC_PEOPLE.has(kind.lower) ||
        (kind.lower.endsWith('s') && RELATIONSHIP_WORDS.get(kind.lower)?.some((w) => w.plural))) &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    // "Closest I've got is …", "Best I could do": a name opening a sentence is not followed by "I".
    if (
      parts.length === 1 &&
      ['i', "i've", "i'd", "i'm", "i'll"].includes(lowerAt(tokens, k)) &&
      !ctx.midSentenceCaps.has(firstPart)
    )
      return null;
    if (wordName) {
      // "Will you", "Hope this counts", "Mark my words", "June 5": the word, not the name.
      const next = tokens[k];
      weak = next !== undefined && (WORD_NAME_WORD_FOLLOWERS.has(next.lower) || /^\d/.test(next.text));
    }
  }
  // In text written all in lower case, a word-name right after a relationship and closing the
  // phrase is the name ("my grandad frank, he's 91"); elsewhere a lower-case word-name is the word.
  const closesPhrase = !isWord(tokens[k]) || ['and', 'who', 'n', '&'].includes(lowerAt(tokens, k));
  const namedByRelationship = afterRelationship && ctx.lowercaseMode && closesPhrase;
  if (
    !title &&
    WORD_NAMES.has(firstPart) &&
    parts.length === 1 &&
    !(tokens[start] as Token).cap &&
    !namedByRelationship
  )
    return null;
  // "Hemant sir", "Lakshmi akka", "Hemant sir's son": an honorific after the name.
  const after = tokens[k];
  const trailing = after && !title && !possessive ? stripPossessive(after.lower) : null;
  const honorific = trailing ? POSTPOSED_HONORIFICS.get(trailing.base) : undefined;
  if (honorific) {
    k++;
    possessive = trailing?.possessive ?? false;
  }
  // As written when capitalised ("Jun-ho", "McAllister"); capitalised when typed in lower case.
  const display = parts
    .map((p) => (NAME_PARTICLES.has(p.toLowerCase()) || /^\p{Lu}/u.test(p) ? p : capitalizeName(p)))
    .join(' ');
  const titleText = title
    ? (() => {
        const written = titleToken.text;
        const hasPeriod = written.endsWith('.');
        return `${title.display}${hasPeriod && !title.display.endsWith('.') ? '.' : ''}`;
      })()
    : '';
  const titled = title ? `${titleText} ${display}` : display;
  return {
    end: k,
    name: honorific ? `${titled} ${honorific.display}` : titled,
    key: fold(display),
    gender: title?.gender ?? honorific?.gender ?? nounGenderBefore(tokens, start) ?? null,
    relationship: title?.relationship ?? null,
    weak,
    possessive,
    hasTitle: title !== null || honorific !== undefined,
  };
}

/** "Ihr Mann Tobias", "der Junge Malte": the sex a word for a person right before a name says. */
function nounGenderBefore(tokens: readonly Token[], start: number): Gender | null {
  const before = tokens[start - 1];
  if (!isWord(before)) return null;
  const genders = new Set((RELATIONSHIP_WORDS.get(before.lower) ?? []).map((w) => w.gender));
  return genders.size === 1 ? ([...genders][0] ?? null) : null;
}

export interface RelParse {
  end: number;
  word: RelationshipWord;
  /** Tokens of the description after the determiner (modifiers + head). */
  descriptionTokens: Token[];
  own: boolean;
  others: boolean;
  possessive: boolean;
  /** The description is only the owner of what follows ("my roommate's laptop"). */
  possessorOnly?: boolean;
  /** Only fondness before a name ("my dear Priya"): no role to report. */
  fondOnly?: boolean;
}

/** "flores a", "pastéis de nata para": up to three lower-case words, then a word of PRETERITE_FOLLOWERS. */
function bareNounThenPreposition(tokens: readonly Token[], k: number): boolean {
  let q = k;
  while (
    q < k + 3 &&
    isWord(tokens[q]) &&
    !(tokens[q] as Token).cap &&
    !PRETERITE_FOLLOWERS.has(lowerAt(tokens, q))
  )
    q++;
  return q > k && PRETERITE_FOLLOWERS.has(lowerAt(tokens, q));
}

/** "I", "we", "you", "she": a word that can only be a clause's subject. */
function isSubjectPronoun(word: string): boolean {
  return FIRST_PERSON.has(word) || SUBJECT_PRONOUNS.has(word) || word === 'you';
}
