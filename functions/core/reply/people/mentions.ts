/**
 * Finding people in a sentence: names (titles, particles, family-name-first, lower-case texting),
 * relationship descriptions ("my old violin teacher", "our neighbors Dawn and Abe", "the sanitation
 * crew"), and the appositions and parentheses that join a name to its relationship or nickname.
 */
import {
  CLAUSE_BREAK_WORDS,
  MOTION_WORDS,
  PLACE_PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/cues';
import {
  ARTICLES,
  FUNCTION_WORDS,
  GERMAN_DETERMINERS,
  GERMAN_OWN_POSSESSIVES,
  OTHER_POSSESSIVES,
  OWN_POSSESSIVES,
  PRONOUN_FOLLOWERS,
} from '../lexicon/function-words';
import {
  CONTINUATIONS,
  COUNT_WORDS,
  LIST_JOINERS,
  NAME_PARTICLES,
  NICKNAME_PREFIXES,
  PLACE_ADVERBS,
  PREPOSITIONS,
  ROLE_LOOKALIKES,
  SUBJECT_PRONOUNS,
  SUBJECT_VERBS,
  THING_PARTICLES,
  VERB_COMPLEMENTS,
  WORD_NAME_WORD_FOLLOWERS,
} from '../lexicon/grammar';
import { PERSONAL_A_VERBS } from '../lexicon/languages';
import {
  COMPOUND_HEADS,
  EVALUATIVE_ADJECTIVES,
  type Gender,
  KINSHIP_ALSO_THINGS,
  KINSHIP_NAMES,
  RELATIONSHIP_WORDS,
  type RelationshipWord,
  ROLE_WORDS_AS_WRITTEN,
  SPELLING,
} from '../lexicon/relationships';
import { LOWERCASE_OK_TITLES, TITLE_RANKS, TITLES } from '../lexicon/titles';
import {
  GRATITUDE_WORDS,
  IRREGULAR_PAST,
  MESSAGE_NOUNS,
  PREDICATES,
  SUGGESTION_VERBS,
} from '../lexicon/verbs';

/** Participles that close a German (or Dutch) clause: "angerufen", "geschrieben", "gedankt". */
const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set(
  PREDICATES.filter((p) => p.object === 'clause' && p.words.length === 1).map((p) => p.words[0] as string),
);

import {
  COMMON_WORDS,
  NAMES_ENDING_ED,
  NEVER_NAMES,
  ORG_NOUNS,
  SELF_WORDS,
  WORD_NAMES,
} from '../lexicon/words';
import { fold } from '../normalize';
import type { Sentence, Token } from '../tokens';
import {
  type Context,
  capitalizeFirst,
  capitalizeName,
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  matchPhrase,
  matchSequence,
  PREDICATE_WORDS,
  PREDICATES_BY_FIRST,
  SERVICE_INDEX,
  stripPossessive,
} from './model';

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
  if (!candidates) return null;
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
function isAcronym(t: Token): boolean {
  return t.upper && t.text.replace(/[^\p{L}]/gu, '').length >= 2;
}

const ELIDED_ARTICLE = /^l['’](?=\p{L}{3})/u;

/** Whether the word at i may be part of a name. */
export function isNamePart(tokens: readonly Token[], i: number, ctx: Context, allowLower: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  const lower = stripPossessive(t.lower).base;
  if (!/\p{L}/u.test(t.text) || NEVER_NAMES.has(lower)) return false;
  if (t.upper && t.text.replace(/[^\p{L}]/gu, '').length <= 4) return false; // "ER", "STOP", "NYC"
  // French and Italian elisions ("J’ai", "l’ai", "c’est") are not names; "D’Amico" and "O'Brien" are.
  if (/^\p{L}['’]\p{Ll}/u.test(t.text)) return false;
  // English contractions ("He'd", "They've", "There's") are pronouns and verbs, never names.
  if (/^(?:i|you|he|she|it|we|they|that|there|here|who|what|where|how)['’](?:d|ve|ll|re|m|s)$/.test(t.lower))
    return false;
  // A negated verb ("Couldn't", "Didn't", "Wasn't") opening a sentence is never a name.
  if (/\p{L}n['’]t$/u.test(t.lower)) return false;
  if (t.cap) return true;
  return allowLower && ctx.lowercaseMode && isPlausibleLowercaseName(lower);
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
    !/(?:ed|ing|ly)$/.test(lower)
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
  let start = i;
  let title: { display: string; relationship: string | null; gender: Gender | null } | null = null;
  // "Staff Sergeant Lucille Carvalho", "Flight Lieutenant Achterberg": a rank word and a title.
  const second = tokens[i + 1];
  const ranked =
    first.cap && TITLE_RANKS.has(first.lower) && isWord(second) && second.cap && TITLES.has(second.lower);
  const titleAt = ranked ? i + 1 : i;
  const titleToken = tokens[titleAt] as Token;
  const titleEntry = TITLES.get(titleToken.lower);
  if (
    titleEntry &&
    (titleToken.cap || LOWERCASE_OK_TITLES.has(titleToken.lower)) &&
    !titleToken.lower.endsWith("'s")
  ) {
    const next = tokens[titleAt + 1];
    const lowerNameOk = !first.cap || ctx.lowercaseMode;
    if (
      isWord(next) &&
      (next.cap || (lowerNameOk && isPlausibleLowercaseName(next.lower))) &&
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
      parts.push(s.possessive ? t.text.slice(0, t.text.length - 2) : t.text);
      k++;
      if (s.possessive) {
        possessive = true;
        break;
      }
      continue;
    }
    // Particles inside a name: "Ludwig van Beethoven", "María de la Cruz".
    if (
      parts.length > 0 &&
      NAME_PARTICLES.has(t.lower) &&
      !t.cap &&
      isWord(tokens[k + 1]) &&
      (tokens[k + 1] as Token).cap
    ) {
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
  // "Ashby Hardware", "Fifth Street", "the Reykjavík office": businesses and places.
  if (ORG_NOUNS.has(lowerAt(tokens, k)) && !possessive) return null;
  const firstPart = fold(parts[0] as string);
  let weak = false;
  if (!title && atSentenceStart(tokens, start)) {
    const wordName = WORD_NAMES.has(firstPart) && parts.length === 1;
    if (
      !wordName &&
      (COMMON_WORDS.has(firstPart) || PREDICATE_WORDS.has(firstPart) || CONTINUATIONS.has(firstPart))
    ) {
      // "Called Cosmo": the first word is the verb, the name starts after it.
      return null;
    }
    // "Tomé un café con …", "Llevé flores a …", "Levei um bolo à …": a Spanish or Portuguese
    // first-person preterite opening the sentence, before an article or a preposition ("José y yo"
    // and "José me llamó" stay names).
    if (
      parts.length === 1 &&
      /^\p{Ll}{3,}(?:é|ei)$/u.test((tokens[start] as Token).lower) &&
      (PRETERITE_FOLLOWERS.has(lowerAt(tokens, k)) ||
        // "Llevé flores a …", "Comprei pão para …": a bare noun, then the preposition of whom it
        // went to, unless the text writes the word as a name elsewhere ("José flores" is no clause).
        (bareNounThenPreposition(tokens, k) && !ctx.midSentenceCaps.has(firstPart)))
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
        // "Heard from my cousin", "Learned about …": a past verb before a preposition, or before
        // a place it went to ("Nipped downstairs", "Popped next door").
        ((IRREGULAR_PAST.has(firstPart) || /^\p{L}{4,}ed$/u.test(firstPart)) &&
          !NAMES_ENDING_ED.has(firstPart) &&
          (PREPOSITIONS.has(follower.lower) || PLACE_ADVERBS.has(follower.lower))) ||
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
  const closesPhrase = !isWord(tokens[k]) || ['and', 'who'].includes(lowerAt(tokens, k));
  const namedByRelationship = afterRelationship && ctx.lowercaseMode && closesPhrase;
  if (
    !title &&
    WORD_NAMES.has(firstPart) &&
    parts.length === 1 &&
    !(tokens[start] as Token).cap &&
    !namedByRelationship
  )
    return null;
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
  return {
    end: k,
    name: title ? `${titleText} ${display}` : display,
    key: fold(display),
    gender: title?.gender ?? null,
    relationship: title?.relationship ?? null,
    weak,
    possessive,
    hasTitle: title !== null,
  };
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
}

const PURPOSE_MODALS: ReadonlySet<string> = new Set([
  'could',
  'can',
  'would',
  'might',
  "wouldn't",
  "couldn't",
]);

/** "so that", "so Mum could sleep": a purpose clause, whose people are the story's. */
function purposeSo(tokens: readonly Token[], i: number): boolean {
  if (lowerAt(tokens, i) !== 'so' || i === 0) return false;
  if (lowerAt(tokens, i + 1) === 'that') return true;
  for (let q = i + 2; q <= i + 4; q++) if (PURPOSE_MODALS.has(lowerAt(tokens, q))) return true;
  return false;
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

/** Words after which a Spanish word in "-é" or a Portuguese one in "-ei" opening a sentence is the verb. */
const PRETERITE_FOLLOWERS: ReadonlySet<string> = new Set([
  'um',
  'uma',
  'o',
  'os',
  'as',
  'ao',
  'aos',
  'à',
  'às',
  'com',
  'para',
  'un',
  'una',
  'unos',
  'unas',
  'el',
  'la',
  'los',
  'las',
  'a',
  'al',
  'con',
  'mi',
  'mis',
]);

/** A preposition and its article in one word, before the people it reaches: "al portero", "aux infirmières". */
const CONTRACTED_ARTICLES: ReadonlySet<string> = new Set([
  'al',
  'aux',
  'ao',
  'aos',
  'às',
  'ai',
  'agli',
  'alla',
  'allo',
  'alle',
]);

/** "my old violin teacher", "the sanitation crew", "my neighbor's kid", "mi compañera de piso". */
export function parseRelationship(tokens: readonly Token[], i: number, bare = false): RelParse | null {
  const det = tokens[i];
  if (!isWord(det)) return null;
  // "il mio vicino", "a minha avó": Italian and Portuguese put an article before the possessive.
  const next = lowerAt(tokens, i + 1);
  if (ARTICLES.has(det.lower) && (OWN_POSSESSIVES.has(next) || OTHER_POSSESSIVES.has(next)) && !bare) {
    return parseRelationship(tokens, i + 1);
  }
  // Spanish marks the person with "a" before the article: "a las enfermeras", "a unos vecinos".
  if (det.lower === 'a' && ARTICLES.has(next) && !['a', 'an'].includes(next) && !bare) {
    return parseRelationship(tokens, i + 1);
  }
  const own = OWN_POSSESSIVES.has(det.lower);
  const others = OTHER_POSSESSIVES.has(det.lower);
  // `bare`: a description with its article left out, as a reply may open ("Bus driver on the 23").
  // Portuguese "as" is the article of a feminine plural ("as enfermeiras"), English "as" is not one.
  const portugueseAs = det.lower === 'as' && relationshipAt(tokens, i + 1)?.word.plural === true;
  // "à l'équipe de la cantine": the article and the noun in one word.
  const elided = ELIDED_ARTICLE.test(det.lower) && relationshipAt(tokens, i) !== null;
  const article =
    ARTICLES.has(det.lower) || CONTRACTED_ARTICLES.has(det.lower) || portugueseAs || bare || elided;
  let k = i;
  if (own || others || (article && !bare && !elided)) k = i + 1;
  // Possessive chains: "my neighbor's kid", "my grandmother's neighbour".
  const description: Token[] = [];
  let modifiers = 0;
  let owner: { word: RelationshipWord; end: number; tokens: Token[] } | null = null;
  const ownerOnly = (): RelParse | null =>
    owner && (own || others || article)
      ? {
          end: owner.end,
          word: owner.word,
          descriptionTokens: owner.tokens,
          own,
          others,
          possessive: true,
          possessorOnly: true,
        }
      : null;
  while (k < tokens.length && modifiers <= 4) {
    const rel = relationshipAt(tokens, k);
    // "my Girl Guide leader": a capitalised word inside a longer role is not the head.
    const inner =
      rel !== null && rel.end === k + 1 && k > i && tokens[k]?.cap === true && roleContinues(tokens, k);
    if (rel && !inner) {
      for (let q = k; q < rel.end; q++) description.push(tokens[q] as Token);
      if (rel.possessive) {
        owner = { word: rel.word, end: rel.end, tokens: [...description] };
        k = rel.end;
        modifiers = 0;
        continue;
      }
      if (!own && !others && !article && !KINSHIP_NAMES.has(rel.word.tokens.join(' '))) return null;
      // "free ice pops": a kinship name that is also a thing's word, written small after another word.
      if (
        !own &&
        !others &&
        !article &&
        KINSHIP_ALSO_THINGS.has(tokens[k]?.lower ?? '') &&
        !tokens[k]?.cap &&
        isWord(tokens[k - 1])
      )
        return null;
      return { end: rel.end, word: rel.word, descriptionTokens: description, own, others, possessive: false };
    }
    const t = tokens[k];
    // German capitalises the role itself: "meinem ehemaligen Ausbilder, Herrn Pohl" is a role, then its name.
    // Right before a title it is a role even with no modifier: "meiner Ausbilderin Frau Dr. Albrecht".
    const beforeTitle = TITLES.has(lowerAt(tokens, k + 1)) && tokens[k + 1]?.cap === true;
    if (
      (own || others) &&
      (description.length > 0 || beforeTitle) &&
      isWord(t) &&
      t.cap &&
      !t.upper &&
      ((lowerAt(tokens, k + 1) === ',' && tokens[k + 2]?.cap === true) ||
        beforeTitle ||
        !isWord(tokens[k + 1])) &&
      description.every((x) => !x.cap && GERMAN_MODIFIER.test(x.lower))
    ) {
      const descriptionTokens = [...description, t];
      return { end: k + 1, word: roleWord(t.lower), descriptionTokens, own, others, possessive: false };
    }
    // A role we have no word for, right before a name: "my dog walker Sam", "mi vecina de arriba Lola";
    // not a capitalised word inside the role ("my old Latin teacher", "my Girl Guide leader"). In
    // German the role is a capitalised noun itself: "meinem alten Kumpel Jens", not "meinem ersten Jahr".
    if (
      own &&
      description.length > 0 &&
      (!GERMAN_OWN_POSSESSIVES.has(det.lower) || description[description.length - 1]?.cap === true) &&
      description.length <= 3 &&
      isWord(t) &&
      t.cap &&
      !t.upper &&
      !roleContinues(tokens, k)
    ) {
      const words = description.map((x) => x.lower);
      if (words.every((w) => !FUNCTION_WORDS.has(w) || EVALUATIVE_ADJECTIVES.has(w))) {
        const head = words[words.length - 1] as string;
        const word = roleWord(head, words.filter((w) => !EVALUATIVE_ADJECTIVES.has(w)).join(' ') || head);
        return { end: k, word, descriptionTokens: description, own, others, possessive: false };
      }
    }
    if ((k === i && !bare) || !isWord(t) || PREDICATE_WORDS.has(t.lower) || DESCRIPTION_BREAKS.has(t.lower))
      return ownerOnly();
    // "the IT helpdesk guys", "the HR people": an acronym is a modifier, not the pronoun "it".
    if (FUNCTION_WORDS.has(t.lower) && !EVALUATIVE_ADJECTIVES.has(t.lower) && !isAcronym(t))
      return ownerOnly();
    // "my old Girl Guide leader": a role noun we have no word for closes a capitalised role.
    if (
      (own || others) &&
      !t.cap &&
      ROLE_ENDING.test(t.lower) &&
      description.some((x) => x.cap) &&
      (!isWord(tokens[k + 1]) || FUNCTION_WORDS.has(lowerAt(tokens, k + 1)))
    ) {
      description.push(t);
      return {
        end: k + 1,
        word: roleWord(t.lower),
        descriptionTokens: description,
        own,
        others,
        possessive: false,
      };
    }
    if (t.cap && !/^\d/.test(t.text) && description.length === 0 && !article && !own) return null;
    description.push(t);
    modifiers++;
    k++;
  }
  return ownerOnly();
}

/** A role the lexicon has no word for, known by the word the writer used ("Ausbilder", "leader"). */
function roleWord(head: string, canonical = head): RelationshipWord {
  return { tokens: [head], canonical, gender: null, plural: false, generic: false };
}

const ROLE_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|leader|coach|guide|mate)s?$/;

/**
 * "Thanked the groundsman", "thanked our lollipop man for …": right after a verb of thanking, a
 * noun phrase whose head has a person's ending is the person thanked, though the lexicon has no
 * word for the role. English only; a thing there ("the weather") has no such head or is rare.
 */
export function unlistedRole(
  tokens: readonly Token[],
  at: number,
  sentence: number,
  ctx: Context,
  mentions: readonly Mention[],
): Mention | null {
  const det = tokens[at];
  if (ctx.language !== 'en' || !isWord(det) || !(det.lower === 'the' || OWN_POSSESSIVES.has(det.lower)))
    return null;
  let head = -1;
  for (let k = at + 1; k <= at + 3; k++) {
    const t = tokens[k];
    if (!isWord(t) || (t.cap && !isAcronym(t)) || FUNCTION_WORDS.has(t.lower)) break;
    head = k;
  }
  const h = tokens[head];
  if (
    !isWord(h) ||
    h.lower.length < 5 ||
    !ROLE_ENDING.test(h.lower) ||
    ROLE_LOOKALIKES.has(h.lower) ||
    /(?:ing|ly|ed)$/.test(h.lower)
  )
    return null;
  let end = head + 1;
  if (lowerAt(tokens, end) === 'next' && lowerAt(tokens, end + 1) === 'door') end += 2;
  const next = tokens[end];
  if (isWord(next) && !FUNCTION_WORDS.has(next.lower)) return null;
  const words = tokens.slice(at + 1, head + 1).map((t) => t.text);
  // "the toddler next door (Mateo, 3)": the name in brackets is the person's.
  const named =
    lowerAt(tokens, end) === '(' ? mentions.find((m) => m.start === end + 1 && m.kind === 'name') : undefined;
  if (named) {
    named.relationship ??= words.join(' ').toLowerCase();
    return named;
  }
  return makeMention({
    kind: 'rel',
    sentence,
    start: at,
    end: head + 1,
    description: capitalizeFirst(words.join(' ')),
    key: fold(words.join(' ')),
    relationship: words.join(' ').toLowerCase(),
    plural: /s$/.test(h.lower) && !/ss$/.test(h.lower),
  });
}

/** The capitalised word(s) at k go on into a role noun: "Latin teacher", "Girl Guide leader". */
function roleContinues(tokens: readonly Token[], k: number): boolean {
  let q = k + 1;
  if (isWord(tokens[q]) && (tokens[q] as Token).cap) q++;
  const next = tokens[q];
  if (!isWord(next) || next.cap || FUNCTION_WORDS.has(next.lower) || next.lower.endsWith('ed')) return false;
  // A role noun is a word of four letters or more: "per", "ser" are not ("Giuseppe per ringraziarlo").
  return relationshipAt(tokens, q) !== null || (next.lower.length >= 4 && ROLE_ENDING.test(next.lower));
}

export function relationshipLabel(parse: RelParse): string | null {
  const head = parse.word.tokens.join(' ');
  const possessor = parse.descriptionTokens.find((t) => t.lower.endsWith("'s"));
  if (possessor && parse.word.generic) {
    // "my neighbor's kid Milo": the kid of a neighbor.
    return `${stripPossessive(possessor.lower).base} ${head}`.replace(/^(\S+)/, "$1's");
  }
  if (parse.word.generic) return null;
  const mods = parse.descriptionTokens
    .slice(
      possessor ? parse.descriptionTokens.indexOf(possessor) + 1 : 0,
      parse.descriptionTokens.length - parse.word.tokens.length,
    )
    .map((t) => t.lower)
    .filter((w) => !EVALUATIVE_ADJECTIVES.has(w) && /^[\p{L}-]+$/u.test(w));
  if (parse.word.canonical === 'team') return [...mods, head].join(' ');
  if (ROLE_WORDS_AS_WRITTEN.has(head)) {
    const written = SPELLING.get(head) ?? head;
    return mods.length > 0 && mods.length <= 2 ? `${mods.join(' ')} ${written}` : written;
  }
  return parse.word.canonical;
}

/** Trailing "on our street" / "at the deli" / "on 6 West": kept in a description when it identifies. */
/** Words that open a place or an "of whom" after a description ("on 6 West", "de la tercera planta"). */
const PLACE_OPENERS: ReadonlySet<string> = new Set([
  'on',
  'at',
  'from',
  'in',
  'of',
  'over',
  'de',
  'del',
  'du',
  'des',
  'da',
  'do',
  'di',
]);

export function trailingPlace(
  tokens: readonly Token[],
  i: number,
): { end: number; text: string; identifying: boolean } | null {
  const p = tokens[i];
  // "the couple next door", "the man upstairs"
  if (p?.lower === 'next' && lowerAt(tokens, i + 1) === 'door')
    return { end: i + 2, text: `${p.text} ${(tokens[i + 1] as Token).text}`, identifying: true };
  if (isWord(p) && ['upstairs', 'downstairs'].includes(p.lower))
    return { end: i + 1, text: p.text, identifying: true };
  if (!isWord(p) || !PLACE_OPENERS.has(p.lower)) return null;
  let k = i + 1;
  const words: Token[] = [p];
  let limit = 6;
  while (k < tokens.length && words.length < limit) {
    const t = tokens[k] as Token;
    // "at the chemist on Carrow Street": a place that says where the place is.
    const chained =
      ['on', 'at', 'in'].includes(t.lower) &&
      words.length > 1 &&
      (tokens[k + 1]?.cap === true || (lowerAt(tokens, k + 1) === 'the' && tokens[k + 2]?.cap === true));
    if (chained && !TITLES.has(lowerAt(tokens, k + 1))) {
      limit = words.length + 5;
      words.push(t);
      k++;
      continue;
    }
    // "the boy over the road | shovelled our path": the sentence's verb ends the place.
    if (words.length > 1 && !t.cap && (/^\p{L}{3,}ed$/u.test(t.lower) || IRREGULAR_PAST.has(t.lower))) break;
    // "at Salt & Rye": an ampersand joins the words of one name.
    if (t.text === '&' && words.length > 1 && words[words.length - 1]?.cap && tokens[k + 1]?.cap) {
      words.push(t);
      k++;
      continue;
    }
    // A verb of thanks ends the place, when its words are all there: "di las gracias", not the
    // Italian "di" of "del piano di sopra".
    const verb = (PREDICATES_BY_FIRST.get(t.lower) ?? []).some((v) => matchSequence(tokens, k, v.words));
    if (
      !t.word ||
      verb ||
      [
        'and',
        'for',
        'who',
        'whose',
        'whom',
        'which',
        'where',
        'that',
        'because',
        'but',
        'with',
        'on',
        'at',
        'in',
        'from',
        'of',
        'to',
        'by',
        'this',
        'last',
        'today',
        'tonight',
        'yesterday',
        'when',
        'after',
        'before',
        'so',
        'was',
        'is',
        'were',
        'are',
        'para',
        'por',
        'pour',
        'que',
        'y',
        'et',
        'e',
        'con',
        'avec',
        'per',
        'che',
        'com',
      ].includes(t.lower)
    )
      break;
    words.push(t);
    k++;
  }
  if (words.length < 2) return null;
  // "on 6 West", "at St. Mary's" say which group; "in Manila" or "on our street" only where they are.
  const identifying =
    words.slice(1).some((t) => /\d/.test(t.text)) ||
    (['on', 'at'].includes(p.lower) && words.slice(1).some((t) => t.cap));
  return { end: k, text: words.map((t) => t.text).join(' '), identifying };
}

/**
 * German capitalises nouns: a capitalised word whose phrase opens with an article, a possessive or
 * a numeral over lower-case adjectives ("meinem alten Ausbilder", "die drei Jahre") is a noun.
 */
/** A German preposition and its article in one word: "im", "beim", "zur". */
const GERMAN_CONTRACTIONS: ReadonlySet<string> = new Set([
  'zur',
  'zum',
  'beim',
  'vom',
  'im',
  'am',
  'ins',
  'ans',
  'aufs',
]);

function inGermanNounPhrase(tokens: readonly Token[], i: number): boolean {
  // "vor fünf Jahren", "seit 3 Wochen": a numeral right before a capitalised word makes it a noun.
  const before = lowerAt(tokens, i - 1);
  // "zur Probe", "beim Umzug": a preposition and its article in one word.
  if (GERMAN_CONTRACTIONS.has(before)) return true;
  if (
    /^\d+$/.test(before) ||
    /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert)$/.test(before)
  )
    return true;
  for (let q = i - 1; q >= Math.max(0, i - 4); q--) {
    const t = tokens[q];
    if (!isWord(t)) return false;
    // "im letzten Winter", "der alten Dame": an article or a contracted one before the modifiers.
    if (
      ARTICLES.has(t.lower) ||
      GERMAN_DETERMINERS.has(t.lower) ||
      GERMAN_CONTRACTIONS.has(t.lower) ||
      OWN_POSSESSIVES.has(t.lower) ||
      OTHER_POSSESSIVES.has(t.lower)
    )
      return true;
    if (t.cap) {
      // "die drei Jahre Lehrzeit": a noun right before belongs to the same phrase.
      if (q === i - 1 && !TITLES.has(t.lower)) continue;
      return false;
    }
    if (!GERMAN_MODIFIER.test(t.lower)) return false;
  }
  return false;
}

/**
 * "my host brother from Perugia", "Ana from Lisbon": where a person is from, right after them, is a
 * place and never another person. Returns where the words after the place begin.
 */
function skipOrigin(tokens: readonly Token[], at: number): number {
  if (!['from', 'in'].includes(lowerAt(tokens, at))) return at;
  let q = at + 1;
  while (isWord(tokens[q]) && (tokens[q] as Token).cap && !TITLES.has(lowerAt(tokens, q))) {
    if ((tokens[q] as Token).lower.endsWith("'s")) return at;
    q++;
  }
  return q > at + 1 ? q : at;
}

/**
 * "my aunt and uncle", "my mum & dad": a second relationship word sharing the first one's
 * possessive is a description of its own.
 */
function sharedDeterminer(tokens: readonly Token[], i: number, found: readonly Mention[]): RelParse | null {
  const before = found[found.length - 1];
  if (before?.kind !== 'rel' || before.end !== i - 1 || before.plural) return null;
  if (!['and', '&'].includes(lowerAt(tokens, i - 1)) || !isWord(tokens[i]) || (tokens[i] as Token).cap)
    return null;
  const rel = relationshipAt(tokens, i);
  if (!rel || rel.word.generic || rel.word.plural) return null;
  const descriptionTokens = tokens.slice(i, rel.end) as Token[];
  return {
    end: rel.end,
    word: rel.word,
    descriptionTokens,
    own: !before.others,
    others: before.others,
    possessive: rel.possessive,
  };
}

/** "Mr. and Mrs. Achebe", "Dr. and Mr. Osei": two titled people and the family name they share. */
function titledCouple(
  tokens: readonly Token[],
  i: number,
  ctx: Context,
): {
  end: number;
  people: Array<Pick<Mention, 'start' | 'end' | 'name' | 'key' | 'gender' | 'possessor'>>;
} | null {
  const first = TITLES.get(lowerAt(tokens, i));
  if (!first || !tokens[i]?.cap || first.relationship || !['and', '&'].includes(lowerAt(tokens, i + 1)))
    return null;
  const second = parseName(tokens, i + 2, ctx, false);
  if (!second?.hasTitle) return null;
  const family = second.name.split(' ').slice(1).join(' ');
  const written = (tokens[i] as Token).text;
  const name = `${first.display}${written.endsWith('.') && !first.display.endsWith('.') ? '.' : ''} ${family}`;
  return {
    end: second.end,
    people: [
      // Each keeps its title in the key: the two share the family name but are not one person.
      {
        start: i,
        end: i + 1,
        name,
        key: fold(name.replace('.', '')),
        gender: first.gender,
        possessor: false,
      },
      {
        start: i + 2,
        end: second.end,
        name: second.name,
        key: fold(second.name.replace('.', '')),
        gender: second.gender,
        possessor: false,
      },
    ],
  };
}

/** Adjectives that describe someone without saying who they are: "the young woman", "a random guy". */
const DESCRIPTIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'nice',
  'young',
  'elderly',
  'random',
  'friendly',
  'other',
  'same',
  'tall',
  'short',
  'local',
  'strange',
  'certain',
  'lone',
  'kindly',
  'cheerful',
  'grumpy',
  'quiet',
  'two',
  'three',
  'four',
]);

/** Words after which a relative clause is over and the sentence's own verb has come. */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set([
  'and',
  'but',
  'for',
  'is',
  'was',
  'are',
  'were',
  'lives',
  'works',
  'has',
  'had',
  'says',
  'said',
  'still',
  'always',
  'never',
]);

/** Prepositions that end a description before a person word ("a card through Father Declan's door"). */
const DESCRIPTION_BREAKS: ReadonlySet<string> = new Set([
  'through',
  'across',
  'into',
  'onto',
  'over',
  'under',
  'at',
  'on',
  'in',
  'from',
  'for',
  'to',
  'with',
  'by',
  'behind',
  'near',
  'outside',
]);

/** The word at `q` is a thing's noun, the subject of "went": no person, pronoun or function word. */
function thingBefore(tokens: readonly Token[], q: number, found: readonly Mention[]): boolean {
  const t = tokens[q];
  return (
    isWord(t) &&
    !t.cap &&
    !FUNCTION_WORDS.has(t.lower) &&
    !SUBJECT_PRONOUNS.has(t.lower) &&
    !RELATIONSHIP_WORDS.has(stripPossessive(t.lower).base) &&
    !found.some((m) => m.end === q + 1) &&
    tokens.slice(Math.max(0, q - 4), q).some((x) => ['a', 'an', 'the', 'of'].includes(x.lower))
  );
}

/** A thing's noun at `end`, maybe after "group" ("the family group chat"), not "the parents group". */
function modifiesThing(tokens: readonly Token[], end: number): boolean {
  const next = lowerAt(tokens, end) === 'group' ? end + 1 : end;
  return COMPOUND_HEADS.has(lowerAt(tokens, next));
}

const WEEKDAYS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado
domingo montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi
samedi dimanche`.split(/\s+/),
);

/** Where a phrase says when rather than where: "at the end", "on the day". */
const TEMPORAL_NOUNS: ReadonlySet<string> = new Set([
  'end',
  'start',
  'beginning',
  'day',
  'time',
  'moment',
  'weekend',
  'morning',
  'evening',
  'night',
  'party',
  'wedding',
  'funeral',
  'meeting',
  'last',
  'first',
  'once',
  'least',
  'all',
]);

/** Inflected adjectives and numerals inside a German noun phrase. */
const GERMAN_MODIFIER =
  /^(?:\p{Ll}+(?:e|en|em|er|es)|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|viele|einige)$/u;

export function findMentions(sentence: Sentence, ctx: Context, senderKey: string | null): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  let i = 0;
  let subordinate = false;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === ':') subordinate = false;
      i++;
      continue;
    }
    // People in a subordinate or relative clause ("the bank manager who gave my dad a loan") are
    // the story's, the last a pronoun reaches for.
    if (
      SUBORDINATORS.has(t.lower) ||
      (['who', 'whom', 'whose', 'which'].includes(t.lower) && i > 0) ||
      purposeSo(tokens, i)
    )
      subordinate = true;

    // The service and the participant.
    const service = matchPhrase(tokens, i, SERVICE_INDEX);
    if (service) {
      out.push(makeMention({ kind: 'service', sentence: sentence.index, start: i, end: i + service }));
      i += service;
      continue;
    }
    if (t.lower === 'myself' || t.lower === 'me') {
      out.push(makeMention({ kind: 'self', sentence: sentence.index, start: i, end: i + 1 }));
      i++;
      continue;
    }

    // "Mr. and Mrs. Achebe": two people sharing the family name.
    const couple = titledCouple(tokens, i, ctx);
    if (couple) {
      for (const person of couple.people)
        out.push(makeMention({ kind: 'name', sentence: sentence.index, subordinate, ...person }));
      i = couple.end;
      continue;
    }
    // Relationship descriptions, maybe followed by names: "our neighbors Dawn and Abe".
    let rel = parseRelationship(tokens, i) ?? sharedDeterminer(tokens, i, out);
    // "Lollipop lady at the school gate, never got her name.": a reply may open with a description
    // and no article, when a place says which one.
    // So may a whole first sentence that is only a description ("Bin men. All three of them.").
    const opening =
      sentence.index === (ctx.openingSentence ?? 0) && t.cap && tokens.slice(0, i).every((x) => !x.word);
    let bareOpening = false;
    if (!rel && opening) {
      const described = parseRelationship(tokens, i, true);
      const where = described ? trailingPlace(tokens, described.end) : null;
      const whole =
        described !== null &&
        described.descriptionTokens.length > 1 &&
        tokens.slice(described.end).every((x) => !x.word);
      if (
        described &&
        ((where && !TEMPORAL_NOUNS.has(where.text.split(' ').pop()?.toLowerCase() ?? '')) || whole)
      ) {
        rel = described;
        bareOpening = true;
      }
    }
    // "Grandpa Joe", "Aunt Marguerite": a kinship word used as a title belongs to the name.
    // After "that" or "the", a capitalised kinship title still opens a name ("heard that Aunt Lydia …").
    const titleAt = rel && ARTICLES.has(t.lower) && rel.end - i === 2 ? i + 1 : i;
    const titleToken = tokens[titleAt] as Token;
    if (
      rel &&
      !rel.own &&
      !rel.others &&
      (titleAt > i || !ARTICLES.has(t.lower)) &&
      TITLES.has(titleToken.lower) &&
      titleToken.cap &&
      parseName(tokens, titleAt, ctx, false)
    ) {
      rel = null;
    }
    // "like a second mum to me", "more of a sister": a comparison says what someone was, not who.
    const likened =
      ['like', 'as', 'of'].includes(lowerAt(tokens, i - 1)) ||
      (['a', 'an'].includes(t.lower) && ['like', 'as', 'of'].includes(lowerAt(tokens, i - 1)));
    // French "son cabinet", Spanish "son amigos": the possessive and the verb, not a son.
    if (
      rel?.word.canonical === 'son' &&
      lowerAt(tokens, rel.end - 1) === 'son' &&
      ['fr', 'es'].includes(ctx.language)
    )
      rel = null;
    // "the volunteer helpline", "the nurses' station": a person word modifying a thing.
    if (rel && !rel.possessive && modifiesThing(tokens, rel.end)) {
      i = rel.end + 1;
      continue;
    }
    // "a couple of times" is a number; "the couple next door" are people.
    if (rel?.word.canonical === 'couple' && (t.lower === 'a' || lowerAt(tokens, rel.end) === 'of'))
      rel = null;
    if (rel && likened && !rel.own) {
      i = rel.end;
      continue;
    }
    if (rel && !(t.lower === 'her' && PRONOUN_FOLLOWERS.has(lowerAt(tokens, i + 1)))) {
      const names: Array<NameParse & { start: number }> = [];
      let k = rel.end;
      let named = parseName(tokens, k, ctx, true, true);
      // "my old bestie from school tash": texting puts where they are from before the name.
      // "my neighbour big al": a nickname made with "big" or "little", typed in lower case.
      if (!named && ctx.lowercaseMode && NICKNAME_PREFIXES.has(lowerAt(tokens, k))) {
        // The word after it need not pass as a name alone ("al" is also Spanish "a el").
        const word = tokens[k + 1];
        const ends = !isWord(tokens[k + 2]) || PREPOSITIONS.has(lowerAt(tokens, k + 2));
        const plain =
          !RELATIONSHIP_WORDS.has(word?.lower ?? '') &&
          !COMMON_WORDS.has(word?.lower ?? '') &&
          !GRATITUDE_WORDS.has(word?.lower ?? '') &&
          !MESSAGE_NOUNS.has(word?.lower ?? '');
        if (isWord(word) && /^\p{Ll}{2,}$/u.test(word.text) && ends && plain) {
          const name = `${capitalizeName((tokens[k] as Token).text)} ${capitalizeName(word.text)}`;
          named = {
            end: k + 2,
            name,
            key: fold(name),
            gender: null,
            relationship: null,
            weak: false,
            possessive: false,
            hasTitle: false,
          };
        }
      }
      if (
        !named &&
        ctx.lowercaseMode &&
        lowerAt(tokens, k) === 'from' &&
        isWord(tokens[k + 1]) &&
        !FUNCTION_WORDS.has(lowerAt(tokens, k + 1))
      )
        named = parseName(tokens, k + 2, ctx, true, true);
      if (named && !named.weak && !named.possessive) {
        names.push({ ...named, start: i });
        k = named.end;
        while (rel.word.plural && LIST_JOINERS.has(lowerAt(tokens, k))) {
          let m = k + 1;
          if (lowerAt(tokens, k) === ',' && lowerAt(tokens, m) === 'and') m++;
          const more = parseName(tokens, m, ctx, true);
          if (!more || more.possessive) break;
          names.push({ ...more, start: m });
          k = more.end;
        }
      }
      const relationship = relationshipLabel(rel);
      if (names.length > 0) {
        for (const n of names) {
          out.push(
            makeMention({
              kind: 'name',
              sentence: sentence.index,
              start: n.start,
              end: n.end,
              name: n.name,
              key: n.key,
              relationship: n.relationship ?? relationship,
              gender: n.gender ?? rel.word.gender,
              subordinate,
              others: rel.others,
            }),
          );
        }
        i = skipOrigin(tokens, k);
        continue;
      }
      const descTokens = rel.descriptionTokens;
      let description = descTokens
        .map((x) => x.text)
        .join(' ')
        .replace(ELIDED_ARTICLE, '');
      let end = rel.end;
      // A bare opening description names its people by what they do ("Dinner ladies").
      // "the bin men", "the delivery guys": a noun before a generic word says who they are, where
      // an adjective ("a nice man", "the young woman") does not.
      const nounModified =
        rel.word.generic &&
        t.lower === 'the' &&
        descTokens.length > rel.word.tokens.length &&
        descTokens
          .slice(0, descTokens.length - rel.word.tokens.length)
          // "the two dinner ladies": a number before the noun says how many, not who.
          .filter((x) => !COUNT_WORDS.has(x.lower))
          .every(
            (x) =>
              (!x.cap || isAcronym(x)) &&
              !EVALUATIVE_ADJECTIVES.has(x.lower) &&
              !DESCRIPTIVE_ADJECTIVES.has(x.lower) &&
              /^\p{L}+$/u.test(x.text),
          );
      let identified = !rel.word.generic || bareOpening || nounModified;
      let relativeGoesOn = false;
      const place = trailingPlace(tokens, end);
      // "the bus driver on the 23", "the night nurses on 6 West": a place says which ones, for
      // people known only by what they do (not "my sister at the wedding").
      const byPlace =
        place !== null &&
        (ARTICLES.has(t.lower) || bareOpening) &&
        !rel.own &&
        !rel.others &&
        !TEMPORAL_NOUNS.has(place.text.split(' ').pop()?.toLowerCase() ?? '') &&
        (place.identifying ||
          /\d/.test(place.text) ||
          ['on', 'at', 'over'].includes(place.text.split(' ')[0]?.toLowerCase() ?? ''));
      // "the parents of the boy", "the family of the donor": whose they are says which group.
      // So do "de la tercera planta", "du service de nuit" in Spanish, French and Portuguese.
      const ofWhom =
        /^(?:of|de|del|du|des|da|do|di)\s/.test(place?.text.toLowerCase() ?? '') && rel.word.plural;
      // "my running club at the Saturday parkrun": after a possessive, which group it is is said;
      // an occasion says when the thanks was ("the lads at the Tuesday five-a-side" still needs it).
      const occasion = rel.own && place?.text.split(' ').some((w) => WEEKDAYS.has(w.toLowerCase())) === true;
      if (
        place &&
        !occasion &&
        (rel.word.generic || ((place.identifying || ofWhom) && rel.word.plural) || byPlace)
      ) {
        description = `${description} ${place.text}`;
        end = place.end;
        identified = true;
      } else if (
        (rel.word.generic || (rel.word.canonical === 'team' && !rel.own)) &&
        RELATIVE_PRONOUNS.has(lowerAt(tokens, end))
      ) {
        // "the guy who fixed my tyre": the clause is what identifies them.
        let q = end;
        // It ends where the sentence goes on: "the girl who found my purse | lives two doors down".
        while (
          q < tokens.length &&
          (tokens[q] as Token).word &&
          q - end < 10 &&
          !(q - end > 2 && CLAUSE_GOES_ON.has(lowerAt(tokens, q)))
        )
          q++;
        description = `${description} ${tokens
          .slice(end, q)
          .map((x) => x.text)
          .join(' ')}`;
        end = q;
        identified = true;
        // Whoever comes later in the clause ("… and says hello to my son") is the story's.
        relativeGoesOn = q < tokens.length && (tokens[q] as Token).word;
      }
      if (rel.others) description = `${(tokens[i] as Token).text} ${description}`;
      // "my roommate's", "the physios'": the owner, without the possessive ending.
      const bare = (text: string) => text.replace(/(?:['’]s|(?<=s)['’])$/u, '');
      if (rel.possessorOnly) description = bare(description);
      out.push(
        makeMention({
          possessor: rel.possessorOnly === true,
          kind: 'rel',
          sentence: sentence.index,
          start: i,
          end,
          description: capitalizeFirst(description),
          key: fold(bare(descTokens.map((x) => x.text).join(' '))),
          relationship,
          gender: rel.word.gender,
          plural: rel.word.plural,
          generic: rel.word.generic,
          identified,
          subordinate,
          others: rel.others,
        }),
      );
      if (relativeGoesOn) subordinate = true;
      i = skipOrigin(tokens, end);
      continue;
    }

    // Names, with or without a title.
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    // Spanish marks a personal object with "a" ("le escribí a Rocío"): not an article there.
    // After a determiner a capitalised word is a noun ("a Phillips", "für seine Geduld"), except our
    // own kin words we do not list ("my Nonna") outside German, where every noun is capitalised.
    const personalA =
      prev?.lower === 'a' && (ctx.language !== 'en' || PERSONAL_A_VERBS.has(lowerAt(tokens, i - 2)));
    // Spanish, Italian and Portuguese speech puts an article before a first name: "llamé a la
    // Marta", "ho scritto al Marco", "o João"; French and German do not, and English "a" is an
    // article unless it opens an apposition ("à minha tia, a Lurdes").
    const articleName =
      prev !== undefined &&
      ROMANCE_NAME_ARTICLES.has(prev.text) &&
      (ctx.language === 'es' ||
        (ctx.language === 'en' && (prev.text !== 'a' || tokens[i - 2]?.text === ','))) &&
      !atSentenceStart(tokens, i - 1) &&
      !tokens[i + 1]?.cap;
    const afterArticle =
      isWord(prev) &&
      !TITLES.has(t.lower) &&
      !articleName &&
      ((ARTICLES.has(prev.lower) && !personalA) ||
        OTHER_POSSESSIVES.has(prev.lower) ||
        (OWN_POSSESSIVES.has(prev.lower) && ctx.language === 'de'));
    const germanNounPhrase = ctx.language === 'de' && !TITLES.has(t.lower) && inGermanNounPhrase(tokens, i);
    const metSomeone =
      prev?.lower === 'into' &&
      isWord(prev2) &&
      ['ran', 'run', 'bumped', 'bump', 'running'].includes(prev2.lower);
    const afterPlace =
      isWord(prev) &&
      !metSomeone &&
      (PLACE_PREPOSITIONS.has(prev.lower) ||
        (prev.lower === 'to' &&
          isWord(prev2) &&
          MOTION_WORDS.has(prev2.lower) &&
          // "my thank-you went to Gran", "a jar of chutney went to Mireille": a thing went, to a person.
          !MESSAGE_NOUNS.has(lowerAt(tokens, i - 3)) &&
          !thingBefore(tokens, i - 3, out)) ||
        // "He drove me down to Dorset", "flew back to Lagos".
        (prev.lower === 'to' &&
          THING_PARTICLES.has(lowerAt(tokens, i - 2)) &&
          tokens.slice(Math.max(0, i - 5), i - 2).some((x) => MOTION_WORDS.has(x.lower))));
    const name = parseName(tokens, i, ctx, false);
    if (name) {
      // "Mr. Hughes's mailbox", "at Mrs. Okoye's house": the owner is a person a pronoun may name
      // ("… thanking him"), though never the object of a verb by the possessive itself; "at Lou's,"
      // with no head noun is a shop's name. "meinem alten Ausbilder": German capitalises every noun.
      // "Dapo's the one I thanked", "Kim's been amazing": the 's is "is" or "has", not an owner.
      const contracted = ['the', 'a', 'an', 'been', 'always', 'so', 'such', 'just', 'my', 'our'].includes(
        lowerAt(tokens, name.end),
      );
      const owner =
        name.possessive && !afterArticle && !contracted && (isWord(tokens[name.end]) || !afterPlace);
      const plain = (!name.possessive || contracted) && !afterArticle && !afterPlace;
      if (!germanNounPhrase && (owner || plain) && name.key !== senderKey) {
        out.push(
          makeMention({
            kind: 'name',
            sentence: sentence.index,
            start: i,
            end: name.end,
            name: name.name,
            key: name.key,
            relationship: name.relationship,
            gender: name.gender,
            weak: name.weak,
            possessor: owner,
            subordinate,
          }),
        );
      }
      i = name.possessive ? name.end : skipOrigin(tokens, name.end);
      continue;
    }
    i++;
  }
  // "Henrietta in your example is my grandmother's name", "Not Priya from your example": the
  // prompt's made-up person, talked about, is nobody the writer met.
  for (let m = out.length - 1; m >= 0; m--) {
    const x = out[m] as Mention;
    if (
      ['in', 'from'].includes(lowerAt(tokens, x.end)) &&
      ['your', 'the'].includes(lowerAt(tokens, x.end + 1)) &&
      ['example', 'email', 'prompt'].includes(lowerAt(tokens, x.end + 2))
    )
      out.splice(m, 1);
  }
  attachAppositives(tokens, out, ctx);
  // "She was my chemistry tutor", "I'm a paramedic now": a description said of someone already
  // there (or of the writer) is not another person.
  for (let m = out.length - 1; m >= 0; m--) {
    const x = out[m] as Mention;
    if (x.kind !== 'rel') continue;
    // "Jared is my neighbour": said of the person named right before the copula; "The friend I
    // picked was Marie", "The person who taught me most was Chef Albers": the name after it.
    const subject = x.plural
      ? undefined
      : out.find(
          (n) =>
            n.kind === 'name' &&
            (n.end === copulaAt(tokens, x.start) ||
              (n.start === identifiedAs(tokens, x.end) &&
                !n.possessor &&
                !lowerAt(tokens, n.end).endsWith("'s"))),
        );
    if (subject) {
      subject.relationship ??= x.relationship;
      subject.gender ??= x.gender;
    }
    if (subject || predicative(tokens, x.start)) out.splice(m, 1);
  }
  // The first person of each clause is its likely subject, and a likely antecedent later on.
  let clauseOpen = true;
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    const lower = lowerAt(tokens, k);
    if (/^[,;:]$/.test(lower) || CLAUSE_BREAK_WORDS.has(lower)) clauseOpen = true;
    while (m < out.length && (out[m] as Mention).start < k) m++;
    const here = out[m];
    if (here && here.start === k && (here.kind === 'name' || here.kind === 'rel')) {
      if (clauseOpen && !here.possessor && !PREPOSITIONS.has(lowerAt(tokens, k - 1))) here.salient = true;
      clauseOpen = false;
    }
  }
  for (const m of out) {
    // "Sunniva suggested I reach out", "Mum told me to thank him": the one who prompted it.
    const verb = lowerAt(tokens, m.end);
    const object = lowerAt(tokens, m.end + 1);
    if (
      SUGGESTION_VERBS.has(verb) &&
      (['i', 'that', 'we'].includes(object) ||
        (['me', 'us'].includes(object) && lowerAt(tokens, m.end + 2) === 'to') ||
        ['suggested', 'recommended'].includes(verb))
    )
      m.prompter = true;
    // "whose name I finally learned is Bernadette", "Her name is Priyanka", "named Lou"
    const before = tokens.slice(Math.max(0, m.start - 5), m.start).map((t) => t.lower);
    // "Our postman is called Montgomery": the name of the one just described.
    const called =
      lowerAt(tokens, m.start - 1) === 'called' &&
      ['is', 'was', "'s", "he's", "she's"].includes(lowerAt(tokens, m.start - 2));
    // "I only caught her first name, Ngaio": a name set beside "name" says it.
    const named =
      (lowerAt(tokens, m.start - 1) === ',' && lowerAt(tokens, m.start - 2) === 'name') ||
      // "His name tag said Desmond", "her badge says Maureen"
      (['says', 'said', 'reads', 'read'].includes(lowerAt(tokens, m.start - 1)) &&
        ['badge', 'tag'].includes(lowerAt(tokens, m.start - 2)));
    if (m.kind === 'name' && (called || named)) m.renames = true;
    if (
      m.kind === 'name' &&
      (before.includes('name') || before.includes('named') || before.includes("name's")) &&
      (before.includes('is') ||
        before.includes("it's") ||
        before.includes('was') ||
        before.includes('be') ||
        before.includes('named') ||
        before.includes("name's"))
    ) {
      m.renames = true;
    }
  }
  markCompanions(tokens, out);
  return out;
}

/** Prepositions of company: "Avec ma sœur, on a …", "With my husband we took …". */
const COMPANY_WORDS: ReadonlySet<string> = new Set(['with', 'avec', 'con', 'mit', 'com']);
/** Subjects that include the writer: the companions named before them gave the thanks too. */
const WE_SUBJECTS: ReadonlySet<string> = new Set([
  'we',
  "we've",
  "we'd",
  'on',
  'nous',
  'wir',
  'nosotros',
  'nosotras',
  'noi',
  'nós',
]);

/**
 * "Avec mon mari, on a apporté des chocolats à l'équipe …", "With my sister we took flowers to
 * Joan": the people a sentence opens with "with" joined the writer in giving the thanks; they are
 * the writer's side, never the ones thanked (nor an antecedent for "la", "her").
 */
function markCompanions(tokens: readonly Token[], mentions: Mention[]): void {
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || !COMPANY_WORDS.has(lowerAt(tokens, first))) return;
  let q = first + 1;
  while (q < tokens.length && q - first < 12 && !WE_SUBJECTS.has(lowerAt(tokens, q))) q++;
  // The subject opens the main clause: right after the phrase's comma, or straight after it.
  if (!WE_SUBJECTS.has(lowerAt(tokens, q))) return;
  for (const m of mentions) if (m.start > first && m.end <= q) m.kind = 'self';
}

const COPULA_SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we', 'you']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'am', 'are', 'were', 'became']);
const COPULA_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'now', 'always', 'once', 'basically']);
const CONTRACTED_COPULA = /^(?:i'm|he's|she's|they're|we're|you're)$/;

/**
 * Where the name begins that a description ending at `end` is said to be: "The friend (that) I
 * picked was …", "The person who taught me the most was …"; else -1.
 */
function identifiedAs(tokens: readonly Token[], end: number): number {
  let q = end;
  if (['who', 'that', 'whom', 'i', 'we'].includes(lowerAt(tokens, q))) {
    while (q < end + 8 && isWord(tokens[q]) && !['is', 'was'].includes(lowerAt(tokens, q))) q++;
  }
  return ['is', 'was'].includes(lowerAt(tokens, q)) ? q + 1 : -1;
}

/** Where "is"/"was" stands right before the phrase at `start` (adverbs between allowed), or -1. */
function copulaAt(tokens: readonly Token[], start: number): number {
  let q = start - 1;
  while (COPULA_ADVERBS.has(lowerAt(tokens, q))) q--;
  return ['is', 'was'].includes(lowerAt(tokens, q)) ? q : -1;
}

/** The phrase at `start` follows a pronoun and a copula: it says what someone is, not who else was there. */
function predicative(tokens: readonly Token[], start: number): boolean {
  let q = start - 1;
  const skipAdverbs = () => {
    while (COPULA_ADVERBS.has(lowerAt(tokens, q))) q--;
  };
  skipAdverbs();
  if (CONTRACTED_COPULA.test(lowerAt(tokens, q))) return true;
  if (lowerAt(tokens, q) === 'been') {
    // "She's been my rock", "he has always been my mentor"
    q--;
    skipAdverbs();
    if (CONTRACTED_COPULA.test(lowerAt(tokens, q)) || /^(?:i|you|we|they)'ve$/.test(lowerAt(tokens, q)))
      return true;
    if (!['has', 'have'].includes(lowerAt(tokens, q))) return false;
  } else if (!COPULAS.has(lowerAt(tokens, q))) return false;
  return COPULA_SUBJECTS.has(lowerAt(tokens, q - 1));
}

/**
 * "Ingrid, my first lab supervisor," and "Omar (bus driver on the 42)" give a relationship;
 * "my old violin teacher, Ms. Prendergast" and "The woman who runs the newsstand, Fatima" give a
 * name; "Bartholomew (Bart to everyone)" gives a nickname. The pair becomes one mention.
 */
export function attachAppositives(tokens: readonly Token[], mentions: Mention[], ctx: Context): void {
  // "a young guy called Tariq", "a nurse named Adwoa": the name is the person described.
  for (let m = 0; m + 1 < mentions.length; m++) {
    const a = mentions[m] as Mention;
    const b = mentions[m + 1] as Mention;
    if (
      a.kind === 'rel' &&
      !a.plural &&
      b.kind === 'name' &&
      ['called', 'named'].includes(lowerAt(tokens, a.end)) &&
      b.start === a.end + 1
    ) {
      mergeInto(b, a);
      mentions.splice(m, 1);
    }
  }
  for (let m = 0; m < mentions.length; m++) {
    const a = mentions[m] as Mention;
    if (a.kind !== 'name' && a.kind !== 'rel') continue;
    const k = a.end;
    // Parenthesis right after: relationship or nickname.
    if (lowerAt(tokens, k) === '(') {
      let close = k + 1;
      while (close < tokens.length && lowerAt(tokens, close) !== ')' && close - k < 15) close++;
      const inner = mentions.filter((x) => x.start > k && x.end <= close);
      // "the facilities team (Lorraine, Ahmed and Steve)": a group and then its people, each one an entry.
      if (a.kind === 'rel' && inner.filter((x) => x.kind === 'name').length >= 2) continue;
      // "The woman at the dry cleaner (Rukhsana)": the name in brackets is the person described.
      const only = inner[0];
      if (a.kind === 'rel' && !a.plural && inner.length === 1 && only?.kind === 'name') {
        mergeInto(only, a);
        only.end = Math.min(close + 1, tokens.length);
        mentions.splice(m, 1);
        m--;
        continue;
      }
      for (const x of inner) {
        if (x.kind === 'rel' && a.kind === 'name' && !a.relationship) {
          a.relationship = x.relationship;
          a.gender ??= x.gender;
        } else if (x.kind === 'name' && a.kind === 'name' && x.key) {
          a.aliases.push(x.key);
        }
      }
      if (a.kind === 'name' && !a.relationship && inner.length === 0) {
        // "(bus driver on the 42)" without a determiner.
        for (let q = k + 1; q < close; q++) {
          const rel = relationshipAt(tokens, q);
          if (rel && !rel.word.generic) {
            a.relationship = rel.word.canonical;
            break;
          }
        }
      }
      for (const x of inner) x.kind = 'self'; // absorbed: never a separate person
      a.end = Math.min(close + 1, tokens.length);
      const after = a.end;
      // "Cô Mai (Nguyễn Thị Mai), my Vietnamese teacher": an apposition may follow the parentheses.
      const next = mentions.find((x) => x.start === after + 1 && x.kind === 'rel');
      if (a.kind === 'name' && lowerAt(tokens, after) === ',' && next) {
        a.relationship ??= next.relationship;
        a.gender ??= next.gender;
        a.end = next.end;
        next.kind = 'self';
      }
      continue;
    }
    const b = mentions[m + 1];
    if (!b) continue;
    // "Thanked Coach, Mrs. Delaney, after the match", "Sensei, Mr. Takeda": a role used as the
    // form of address, then the same person's name, is one person; not a list ("Coach, Mrs.
    // Delaney and Mr. Obi" names three).
    const title =
      a.kind === 'name' && a.end - a.start === 1 ? TITLES.get(lowerAt(tokens, a.start)) : undefined;
    if (
      title &&
      b.kind === 'name' &&
      lowerAt(tokens, k) === ',' &&
      b.start === k + 1 &&
      !listGoesOn(tokens, b.end, mentions)
    ) {
      b.relationship ??= title.relationship;
      b.gender ??= title.gender;
      b.start = a.start;
      mentions.splice(m, 1);
      m--;
      continue;
    }
    // German puts the participle between the name and its apposition: "Ich habe Gerd angerufen,
    // meinen alten Freund aus dem Chor, und …".
    const afterParticiple = CLAUSE_PARTICIPLES.has(lowerAt(tokens, k)) && lowerAt(tokens, k + 1) === ',';
    const comma = afterParticiple ? k + 1 : k;
    if (a.kind === 'name' && b.kind === 'rel' && lowerAt(tokens, comma) === ',' && b.start === comma + 1) {
      // "Ingrid, my first lab supervisor,"
      a.relationship ??= b.relationship;
      a.gender ??= b.gender;
      if (!afterParticiple) a.end = b.end;
      b.kind = 'self'; // absorbed
      continue;
    }
    if (a.kind !== 'rel') continue;
    // "my old violin teacher, Ms. Prendergast"; "The woman who runs the newsstand by the station,
    // Fatima"; "the founder of the charity that paid for my course, Mrs. Bakare": over a relative
    // clause or a place (and the people in it) to the name set after the comma.
    let q = a.end;
    if (
      RELATIVE_PRONOUNS.has(lowerAt(tokens, q)) ||
      ['from', 'at', 'in', 'on', 'of', 'outside', 'near', 'by', 'behind', 'de', 'von', 'aus'].includes(
        lowerAt(tokens, q),
      )
    ) {
      // A hyphen inside a word goes on with the phrase ("my son's under-11s"); a dash before a
      // capitalised word opens a list ("my team at the allotment - Wendell, Priyanka and Os").
      const joined = (r: number) =>
        lowerAt(tokens, r) === '-' && isWord(tokens[r - 1]) && isWord(tokens[r + 1]) && !tokens[r + 1]?.cap;
      while (q < tokens.length && (isWord(tokens[q]) || joined(q)) && q - a.end < 20) q++;
    }
    // Portuguese, Italian and Spanish put an article before the name: "o meu treinador, o Sr. Valter".
    const nameAt =
      ROMANCE_NAME_ARTICLES.has(lowerAt(tokens, q + 1)) && tokens[q + 2]?.cap === true ? q + 2 : q + 1;
    const named = mentions.find((x) => x.kind === 'name' && x.start === nameAt);
    if (lowerAt(tokens, q) === ',' && named) {
      // The people inside the description ("my son's" in "the coach of my son's team") are the
      // story's: a pronoun after it means the person described.
      for (const inner of mentions) if (inner.start > a.start && inner.end <= q) inner.subordinate = true;
      mergeInto(named, a);
      mentions.splice(m, 1);
      m--;
    }
  }
  for (let m = mentions.length - 1; m >= 0; m--)
    if (
      (mentions[m] as Mention).kind === 'self' &&
      (mentions[m] as Mention).end - (mentions[m] as Mention).start > 1
    )
      mentions.splice(m, 1);
  // "… went to the woman who answered the night line: Tove Lindahl.": a name after a colon, ending
  // the sentence, names the description just before it.
  // People inside the description's own clause ("the year my brother was in hospital") are passed over.
  const closing = mentions[mentions.length - 1];
  const before = mentions.slice(0, -1);
  const described = [...before]
    .reverse()
    .find((x) => !x.subordinate && (x.kind === 'rel' || x.kind === 'name'));
  if (
    closing?.kind === 'name' &&
    described?.kind === 'rel' &&
    !described.plural &&
    lowerAt(tokens, closing.start - 1) === ':' &&
    !tokens.slice(closing.end).some((t) => t.word) &&
    before.slice(before.indexOf(described) + 1).every((x) => x.kind === 'self' || x.subordinate)
  ) {
    mergeInto(closing, described);
    mentions.splice(mentions.indexOf(described), 1);
  }
  void ctx;
}

/** Another person is listed after `at`: ", and Mr. Obi", "and the ref". */
function listGoesOn(tokens: readonly Token[], at: number, mentions: readonly Mention[]): boolean {
  let q = at;
  while (q < tokens.length && q - at < 3 && LIST_JOINERS.has(lowerAt(tokens, q))) q++;
  return q > at && mentions.some((x) => x.start === q && (x.kind === 'name' || x.kind === 'rel'));
}

/** Articles that may stand before a personal name in Portuguese, Italian and Spanish. */
const ROMANCE_NAME_ARTICLES: ReadonlySet<string> = new Set(['o', 'a', 'il', 'la', 'el']);

/** `name` takes the description's relationship, gender and span. */
export function mergeInto(name: Mention, rel: Mention): void {
  name.relationship ??= rel.relationship;
  name.gender ??= rel.gender;
  name.start = rel.start;
  name.others = rel.others;
  name.subordinate = name.subordinate && rel.subordinate;
}
