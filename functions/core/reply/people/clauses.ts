/**
 * The grammar acts are read with: where a clause starts, who its subject is, whether it is planned
 * or negated, the person(s) after a verb (over "to", "a long text to", lists and appositions), and
 * pronouns as references to resolve later.
 */

import {
  CLAUSE_BREAK_WORDS,
  CLAUSE_SUBJECT_STARTS,
  FIRST_PERSON,
  NEGATION_WIDENERS,
  NEGATION_WORDS,
  PLACE_PREPOSITIONS,
  PLAN_WORDS,
  RELATIVE_PRONOUNS,
} from '../lexicon/cues';
import {
  ARTICLES,
  FUNCTION_WORDS,
  INDEFINITE_ARTICLES,
  MODIFIER_STARTERS,
  OWN_POSSESSIVES,
  PRONOUN_FOLLOWERS,
} from '../lexicon/function-words';
import {
  CLITICS,
  ENGLISH_THIRD_SUBJECTS,
  ENTRY_PREPOSITIONS,
  LEADING_ADVERBS,
  LIST_ADVERBS,
  LIST_END_WORDS,
  LIST_JOINERS,
  LIST_OPENERS,
  LIST_TIME_WORDS,
  MEANS_NOUNS,
  MEANS_PREPOSITIONS,
  MEANS_WORDS,
  MESSAGE_DETERMINERS,
  NAMING_BEFORE,
  OBJECT_PRONOUNS,
  OBJECT_SKIP,
  PLACE_ADVERBS,
  REFLEXIVE_CLITICS,
  ROMANCE_RECIPIENT_WORDS,
  SUBJECT_PRONOUNS,
  THING_PARTICLES,
  THING_PLACE,
  THING_RECIPIENT_WORDS,
  TIME_AFTER_NAME,
  WE_SUBJECTS,
} from '../lexicon/grammar';
import { SPANISH_PRETERITE } from '../lexicon/languages';
import { EVALUATIVE_ADJECTIVES, RELATIONSHIP_WORDS } from '../lexicon/relationships';
import { IRREGULAR_PAST, MESSAGE_NOUNS } from '../lexicon/verbs';
import { DEITIES, SELF_WORDS, TEMPORAL_NOUNS } from '../lexicon/words';
import { fold } from '../normalize';
import type { Sentence, Token } from '../tokens';
import { trailingPlace } from './descriptions';
import {
  type Context,
  capitalizeFirst,
  capitalizeName,
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  type PronounRef,
  type Target,
  textOf,
  typedName,
} from './model';
import { isPlausibleLowercaseName } from './names';
import { romancePast, spanishPerfectAt } from './rules/romance';

export interface ClauseInfo {
  start: number;
  relative: boolean;
}

export function clauseStart(tokens: readonly Token[], index: number): ClauseInfo {
  for (let k = index - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      // "Auberon (yes, his parents …) quietly paid my rent": an aside in brackets stands inside
      // the clause around it.
      const open = t.text === ')' ? lastIndexBefore(tokens, k, '(') : -1;
      if (open >= 0) {
        k = open;
        continue;
      }
      if (/^[,;:()"“”—–]$/.test(t.text)) return { start: k + 1, relative: false };
      continue;
    }
    if (RELATIVE_PRONOUNS.has(t.lower) && k > 0) return { start: k + 1, relative: true };
    if (CLAUSE_BREAK_WORDS.has(t.lower)) return { start: k + 1, relative: false };
    if (t.lower === 'and' && k === index - 1 && backToTheMainClause(tokens, k))
      return { start: 0, relative: false };
    // "… (skipping school, the lot) and the youth court told my parents": "and" before a subject of
    // its own opens a clause ("went round and thanked her" goes on with the same one).
    // A list of people ("Mum and my sister both got …") goes on.
    const next = tokens[k + 1];
    if (
      t.lower === 'and' &&
      k + 1 < index &&
      isWord(next) &&
      (SUBJECT_PRONOUNS.has(next.lower) || CLAUSE_SUBJECT_STARTS.has(next.lower)) &&
      !tokens[k - 1]?.cap
    )
      return { start: k + 1, relative: false };
  }
  return { start: 0, relative: false };
}

/** Where `text` last stands before `at`, or -1. */
function lastIndexBefore(tokens: readonly Token[], at: number, text: string): number {
  for (let k = at - 1; k >= 0; k--) if (tokens[k]?.text === text) return k;
  return -1;
}

export function isNaming(tokens: readonly Token[], k: number, mentions: readonly Mention[]): boolean {
  if (NAMING_BEFORE.has(lowerAt(tokens, k - 1))) return true;
  // "a Metro called Gwyneth", "an old van called Boris": a thing or a creature named.
  const named = (q: number) => isWord(tokens[q]) && !FIRST_PERSON.has(lowerAt(tokens, q));
  if (named(k - 1) && INDEFINITE_ARTICLES.has(lowerAt(tokens, k - 2))) return true;
  if (named(k - 1) && named(k - 2) && INDEFINITE_ARTICLES.has(lowerAt(tokens, k - 3))) return true;
  // Right after a description: "a friend from school called Callum".
  return mentions.some((m) => m.kind === 'rel' && m.end === k);
}

/**
 * A message noun right after a verb with no recipient written ("sent a message.", "left a
 * voicemail"), not one sent somewhere else ("sent a message to the hospital").
 */
export function messageNear(tokens: readonly Token[], from: number): boolean {
  for (let q = from; q < Math.min(tokens.length, from + 5); q++) {
    const t = tokens[q] as Token;
    if (!t.word) return false;
    if (MESSAGE_NOUNS.has(t.lower)) {
      let r = q + 1;
      while (MESSAGE_NOUNS.has(lowerAt(tokens, r))) r++;
      return !['to', 'for', 'à', 'a', 'an', 'into', 'in', 'on', 'at'].includes(lowerAt(tokens, r));
    }
  }
  return false;
}

export function messageNounPhrase(tokens: readonly Token[], i: number): number {
  // "a long text", "a proper letter", "a thank-you card", "un mensaje", "eine Karte"
  let k = i;
  if (!MESSAGE_DETERMINERS.has(lowerAt(tokens, k))) return 0;
  k++;
  for (let adjectives = 0; adjectives < 4 && k < tokens.length; adjectives++) {
    if (MESSAGE_NOUNS.has(lowerAt(tokens, k))) {
      k++;
      // "a thank you card", "a thank u card": the "you" of a written-apart thank-you.
      while (
        MESSAGE_NOUNS.has(lowerAt(tokens, k)) ||
        (['you', 'u'].includes(lowerAt(tokens, k)) && lowerAt(tokens, k - 1) === 'thank')
      )
        k++;
      // "a thank-you sticky note", "a thank you voice message": the thing named after a word on it.
      for (const q of [k + 1, k + 2]) {
        const between = tokens.slice(k, q);
        if (
          MESSAGE_NOUNS.has(lowerAt(tokens, q)) &&
          between.every((x) => isWord(x) && !FUNCTION_WORDS.has(x.lower))
        )
          return q + 1 - i;
      }
      // "un mensaje largo a Efraín", "une carte toute simple à Mme Roux": a Romance adjective
      // after the noun, before whom it went to.
      for (const q of [k + 1, k + 2]) {
        const between = tokens.slice(k, q);
        if (
          ROMANCE_RECIPIENT_WORDS.has(lowerAt(tokens, q)) &&
          between.every((x) => isWord(x) && !x.cap && !FUNCTION_WORDS.has(x.lower))
        )
          return q - i;
      }
      return k - i;
    }
    if (!isWord(tokens[k]) || FUNCTION_WORDS.has(lowerAt(tokens, k))) return 0;
    k++;
  }
  return 0;
}

export function isObjectPronoun(tokens: readonly Token[], i: number): boolean {
  const lower = lowerAt(tokens, i);
  if (!OBJECT_PRONOUNS.has(lower)) return false;
  if (lower !== 'her' && lower !== 'ihr') return true;
  const next = tokens[i + 1];
  // "told her she'd made my week": a subject pronoun contracted with its verb starts what was told.
  const contracted = /^(?:she|he|they|i|we|you|it|that)['’](?:d|s|ll|re|ve|m)$/.test(next?.lower ?? '');
  return (
    !isWord(next) ||
    PRONOUN_FOLLOWERS.has(next.lower) ||
    SUBJECT_PRONOUNS.has(next.lower) ||
    next.cap ||
    contracted
  );
}

export function pronounRef(
  tokens: readonly Token[],
  sentence: number,
  i: number,
  table = OBJECT_PRONOUNS,
): PronounRef {
  const info = table.get(lowerAt(tokens, i)) ?? { gender: null, plural: false };
  // "We both thanked him": not whoever "we" takes in.
  const byUs = tokens
    .slice(clauseStart(tokens, i).start, i)
    .some((t) => WE_SUBJECTS.has(t.lower) && t.lower !== 'on');
  return byUs
    ? { sentence, index: i, gender: info.gender, plural: info.plural, byUs }
    : { sentence, index: i, gender: info.gender, plural: info.plural };
}

/**
 * "everyone at my son's nursery" from "everyone" at `at`: the people of a place the lexicon has no
 * group word for, up to where the phrase ends (a comma, "for", "and", a time); null when no noun
 * follows the determiner.
 */
function everyoneAt(tokens: readonly Token[], at: number, sentence: number): Mention | null {
  const first = at + 2;
  if (!OWN_POSSESSIVES.has(lowerAt(tokens, first)) && !ARTICLES.has(lowerAt(tokens, first))) return null;
  let end = first + 1;
  while (
    end < first + 6 &&
    isWord(tokens[end]) &&
    !['for', 'and', 'who', 'with', 'by'].includes(lowerAt(tokens, end)) &&
    !CLAUSE_BREAK_WORDS.has(lowerAt(tokens, end)) &&
    !TIME_AFTER_NAME.has(lowerAt(tokens, end))
  )
    end++;
  if (end === first + 1) return null;
  const description = textOf(tokens, at, end);
  return makeMention({
    kind: 'rel',
    sentence,
    start: at,
    end,
    description: capitalizeFirst(description),
    key: fold(description),
    plural: true,
  });
}

/** The person(s) right after a verb, over "to", "a long text to", "(on paper!)" and the like. */
export function objectsAfter(
  tokens: readonly Token[],
  from: number,
  sentence: Sentence,
  mentions: readonly Mention[],
  ctx: Context,
): Target[] {
  // Someone at `q`: a person found, or a name typed in lower case by a writer who types so.
  const personAt = (q: number) =>
    mentions.some((m) => m.start === q) ||
    (ctx.lowercaseMode &&
      isWord(tokens[q]) &&
      !(tokens[q] as Token).cap &&
      isPlausibleLowercaseName(lowerAt(tokens, q)));
  let j = from;
  let steps = 0;
  let afterMessage = false;
  while (j < tokens.length && steps < 14) {
    steps++;
    const t = tokens[j] as Token;
    const mention = mentions.find((m) => m.start === j && m.kind !== 'self');
    if (mention && !mention.possessor) {
      // "Emailed the night crew - Stan, Kofi and Bernadette - to thank them": the people listed.
      if (mention.kind === 'rel') {
        const members = listedAfterDash(tokens, mention.end, mentions);
        if (members) return members;
      }
      return collectList(tokens, mention, mentions);
    }
    if (mention?.possessor && !afterMessage) {
      // "Thanked Ahmed's wife Leila": the person is the head the possessive belongs to.
      j = mention.end;
      // ("Thanked Pedro's mum, Graciela": the role may begin the next one's mention.)
      const named = mentions.some((m) => m.start === j && m.kind === 'name');
      if (RELATIONSHIP_WORDS.has(lowerAt(tokens, j)) && !named) j++;
      continue;
    }
    // "Thanked everyone in my running club", "all at the depot": the group is the one thanked.
    if (
      ['everyone', 'everybody', 'all'].includes(t.lower) &&
      ['in', 'at', 'from', 'on'].includes(lowerAt(tokens, j + 1))
    ) {
      const group = mentions.find((m) => m.start === j + 2 && m.kind === 'rel' && !m.possessor);
      if (group) return [{ mention: group }];
      // "everyone at my son's nursery", "everybody at the depot": whatever the place, all of them.
      const place = everyoneAt(tokens, j, sentence.index);
      if (place) return [{ mention: place }];
    }
    // "Thanked both of my neighbours, Gerd and Ulla": the people after "both of".
    if (t.lower === 'both' && lowerAt(tokens, j + 1) === 'of' && !isObjectPronoun(tokens, j + 2)) {
      j += 2;
      continue;
    }
    // "a la Paqui", "para o Zé": the article a Romance language puts before a first name; Italian
    // "i" before a possessive ("i miei cugini") is an article too, not the writer.
    if (
      isWord(t) &&
      (['la', 'el', 'il', 'o', 'a', 'lo'].includes(t.text) ||
        (t.text === 'i' && OWN_POSSESSIVES.has(lowerAt(tokens, j + 1)))) &&
      mentions.some((m) => m.start === j + 1 && (m.kind === 'name' || t.text === 'i') && !m.possessor)
    ) {
      j++;
      continue;
    }
    if (DEITIES.has(t.lower)) {
      // "I thanked God and my mum": whoever is thanked beside is a person.
      const beside = ['and', '&'].includes(lowerAt(tokens, j + 1))
        ? mentions.find((m) => m.start === j + 2 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor)
        : undefined;
      return beside ? collectList(tokens, beside, mentions) : [];
    }
    if (isWord(t) && SELF_WORDS.has(t.lower))
      return [{ mention: makeMention({ kind: 'self', sentence: sentence.index, start: j, end: j + 1 }) }];
    // "pass on her thanks to Carol": someone else's thanks, carried ("told her thanks" is to her).
    if (
      lowerAt(tokens, j - 1) === 'on' &&
      ['her', 'his', 'their', 'your'].includes(t.lower) &&
      ['thanks', 'thank-you', 'gratitude'].includes(lowerAt(tokens, j + 1))
    ) {
      j += 2;
      afterMessage = true;
      continue;
    }
    if (isObjectPronoun(tokens, j)) {
      // "Messaged em both, Kofi and Ama": the people the pronoun is put beside.
      const said = pronounRef(tokens, sentence.index, j);
      const ref =
        ['both', 'two'].includes(lowerAt(tokens, j + 1)) && said.plural ? { ...said, pair: true } : said;
      let q = j + 1;
      while (['both', 'all', 'two', 'three'].includes(lowerAt(tokens, q))) q++;
      if (ref.plural && LIST_OPENERS.has(lowerAt(tokens, q))) {
        const named = mentions.find(
          (m) => m.start === q + 1 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
        );
        if (named) {
          const list = collectList(tokens, named, mentions);
          if (list.length > 1) return list;
        }
      }
      const named = namedAfterPronoun(tokens, q, ref, mentions);
      return [named ? { mention: named } : { pronoun: ref }];
    }
    // "Sent my thanks via my brother to his mate Kieran": the one who carried it is passed over.
    const carrier = ['via', 'through'].includes(t.lower)
      ? mentions.find((m) => m.start === j + 1 && (m.kind === 'name' || m.kind === 'rel'))
      : undefined;
    if (carrier && ['to', 'for'].includes(lowerAt(tokens, carrier.end))) {
      j = carrier.end;
      continue;
    }
    // "Thanked the two of them, Rosa and Elena": the pronoun counted, as "both of them".
    if (
      j === from &&
      t.lower === 'the' &&
      ['two', 'three', 'four'].includes(lowerAt(tokens, j + 1)) &&
      lowerAt(tokens, j + 2) === 'of' &&
      isObjectPronoun(tokens, j + 3)
    ) {
      j += 3;
      continue;
    }
    // "Couldn't decide between Hugo and Felix so I thanked both": the pair, as "them both" would.
    if (t.lower === 'both' && j === from) {
      if (lowerAt(tokens, j + 1) === 'of' && isObjectPronoun(tokens, j + 2)) {
        j += 2;
        continue;
      }
      const next = lowerAt(tokens, j + 1);
      // "I thanked both — Aunt Bea by phone and Aunt Lou in a letter": who they are, set off.
      const named = LIST_OPENERS.has(next)
        ? mentions.find((m) => m.start === j + 2 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'))
        : undefined;
      const list = named ? collectList(tokens, named, mentions) : [];
      if (list.length > 1) return list;
      if (!personAt(j + 1) && !OWN_POSSESSIVES.has(next) && !ARTICLES.has(next))
        return [{ pronoun: { ...pronounRef(tokens, sentence.index, j), plural: true } }];
    }
    if (t.text === '(') {
      while (j < tokens.length && lowerAt(tokens, j) !== ')') j++;
      j++;
      continue;
    }
    if (t.lower === 'it' && ['to', 'back', 'for'].includes(lowerAt(tokens, j + 1))) {
      j++;
      afterMessage = true;
      continue;
    }
    // "Wrote in the leaving card for Deirdre", "wrote on her card": the words went into a thing.
    const inside =
      !afterMessage && ['in', 'on', 'inside'].includes(t.lower) ? messageNounPhrase(tokens, j + 1) : 0;
    if (inside > 0) {
      j += 1 + inside;
      afterMessage = true;
      continue;
    }
    const message = messageNounPhrase(tokens, j);
    if (message > 0) {
      j += message;
      afterMessage = true;
      continue;
    }
    // "a card and a box of fudge at …", "a note and a tin of flapjacks for Ferdinand": the other
    // things given go with the message.
    if (afterMessage && t.lower === 'and' && !mentions.some((m) => m.start === j + 1)) {
      const forWhom = (q: number) => ['for', 'to'].includes(lowerAt(tokens, q)) && personAt(q + 1);
      let q = j + 1;
      while (
        q < Math.min(tokens.length, j + 10) &&
        isWord(tokens[q]) &&
        !THING_PLACE.has(lowerAt(tokens, q)) &&
        !forWhom(q)
      )
        q++;
      if (THING_PLACE.has(lowerAt(tokens, q)) || forWhom(q)) {
        j = q;
        continue;
      }
    }
    // "a proper letter, fountain pen and everything, to Thomasina": an aside set off by commas
    // between the message and whom it went to, with no clause of its own.
    if (afterMessage && t.text === ',') {
      let q = j + 1;
      const plain = (k: number) =>
        isWord(tokens[k]) &&
        !FIRST_PERSON.has(lowerAt(tokens, k)) &&
        !SUBJECT_PRONOUNS.has(lowerAt(tokens, k));
      while (q < Math.min(tokens.length, j + 8) && plain(q)) q++;
      if (
        q > j + 1 &&
        lowerAt(tokens, q) === ',' &&
        ['to', 'for'].includes(lowerAt(tokens, q + 1)) &&
        personAt(q + 2)
      ) {
        j = q + 1;
        continue;
      }
    }
    if (
      afterMessage &&
      ['on', 'in', 'under', 'at', 'through', 'thru', 'into', 'outside', 'by'].includes(t.lower)
    ) {
      // "Left a sticky note on my roommate's laptop", "a card in Mr. Kay's mailbox", "on the
      // dashboard of our window cleaner's van"
      const owner = mentions.find(
        (m) =>
          m.possessor &&
          m.start > j &&
          m.start <= j + 6 &&
          // "at the dry cleaner's for Lionel": with no thing after it, the owner's name is a shop.
          isWord(tokens[m.end]) &&
          !FUNCTION_WORDS.has(lowerAt(tokens, m.end)) &&
          tokens
            .slice(j + 1, m.start)
            .every((x) => x.word && !mentions.some((o) => o.start === tokens.indexOf(x))),
      );
      if (owner) return [{ mention: owner }];
      const next = tokens[j + 1];
      // "left a thank-you note in her accordion case": whose the thing is, by a pronoun.
      if (['her', 'his', 'their'].includes(lowerAt(tokens, j + 1)) && isWord(tokens[j + 2]))
        return [{ pronoun: pronounRef(tokens, sentence.index, j + 1) }];
      if (isWord(next) && next.cap && next.lower.endsWith("'s")) {
        const name = capitalizeName(next.text.slice(0, -2));
        return [
          {
            mention: makeMention({
              kind: 'name',
              sentence: sentence.index,
              start: j + 1,
              end: j + 2,
              name,
              key: fold(name),
            }),
          },
        ];
      }
    }
    // "left a card in our letterbox for him", "a thank-you in the team chat to Priyanka": where the
    // thing was left, then whom it was for.
    // "in the staff pigeonhole", "into the choir pigeonhole": a group's word before a thing's
    // only says whose the thing is.
    const modifier = (m: Mention) =>
      m.plural && isWord(tokens[m.end]) && !tokens[m.end]?.cap && !FUNCTION_WORDS.has(lowerAt(tokens, m.end));
    if (
      afterMessage &&
      THING_PLACE.has(t.lower) &&
      !mentions.some((m) => m.start === j + 1 && !m.possessor && !modifier(m)) &&
      !(t.lower === 'to' && personAt(j + 1))
    ) {
      const forWhom = (q: number) =>
        lowerAt(tokens, q) === 'for' || (t.lower !== 'to' && lowerAt(tokens, q) === 'to' && personAt(q + 1));
      // "under the door of the guitar shop for Lorimer": a place of a few words, then whom for.
      let q = j + 1;
      while (q < Math.min(tokens.length, j + 9) && isWord(tokens[q]) && !forWhom(q)) q++;
      if (forWhom(q)) {
        j = q;
        continue;
      }
    }
    if (
      isWord(t) &&
      (OBJECT_SKIP.has(t.lower) ||
        (afterMessage && THING_PARTICLES.has(t.lower) && ['to', 'for'].includes(lowerAt(tokens, j + 1))) ||
        (afterMessage &&
          (t.lower === 'for' || t.lower === 'para' || t.lower === 'pour' || t.lower === 'für')))
    ) {
      j++;
      continue;
    }
    // "Sent flowers to my neighbor", "brought cookies to the nurses": a short thing, then "to" + person.
    if (isWord(t) && !FUNCTION_WORDS.has(t.lower) && !afterMessage) {
      let q = j;
      let limit = j + 4;
      while (q < Math.min(tokens.length, limit) && isWord(tokens[q])) {
        // "a lei and a card for her": things given together.
        if (lowerAt(tokens, q) === 'and' && ['a', 'an'].includes(lowerAt(tokens, q + 1)) && q > j) {
          q += 2;
          limit = q + 3;
          continue;
        }
        if (FUNCTION_WORDS.has(lowerAt(tokens, q)) || THING_RECIPIENT_WORDS.has(lowerAt(tokens, q))) break;
        q++;
      }
      // "sent a card round to the team", "took flowers over to Pat": where the thing went, then whom to.
      if (q > j && THING_PARTICLES.has(lowerAt(tokens, q))) q++;
      if (
        THING_RECIPIENT_WORDS.has(lowerAt(tokens, q)) &&
        (mentions.some((m) => m.start === q + 1 && (m.kind === 'name' || m.kind === 'rel')) ||
          isObjectPronoun(tokens, q + 1))
      ) {
        j = q;
        afterMessage = true;
        continue;
      }
    }
    // "rang my old site foreman, paddy keogh, to …": typed in lower case, a description we have
    // no word for, then the name set beside it.
    if (ctx.lowercaseMode && OWN_POSSESSIVES.has(t.lower)) {
      let q = j + 1;
      while (
        q < Math.min(tokens.length, j + 6) &&
        isWord(tokens[q]) &&
        !FUNCTION_WORDS.has(lowerAt(tokens, q))
      )
        q++;
      if (q > j + 1 && lowerAt(tokens, q) === ',' && personAt(q + 1)) {
        j = q + 1;
        continue;
      }
    }
    if (isWord(t) && ctx.lowercaseMode && !t.cap && isPlausibleLowercaseName(t.lower)) {
      // "called nkechi and femi": lower-case names, listed.
      const found: Target[] = [];
      let q = j;
      for (;;) {
        // "to eulalie brackenbury who ran …": a surname before what describes her.
        const surname =
          isWord(tokens[q + 1]) &&
          isPlausibleLowercaseName(lowerAt(tokens, q + 1)) &&
          (!isWord(tokens[q + 2]) || MODIFIER_STARTERS.has(lowerAt(tokens, q + 2)));
        const end = surname ? q + 2 : q + 1;
        // "rang florentino, my grans lodger for like 20 yrs": the description after it is the same person.
        const described = mentions.find(
          (m) => m.kind === 'rel' && !m.plural && lowerAt(tokens, end) === ',' && m.start === end + 1,
        );
        if (described) described.kind = 'self';
        found.push({
          mention: typedName(tokens, sentence.index, q, end, {
            relationship: described?.relationship ?? null,
            gender: described?.gender ?? null,
          }),
        });
        let next = end;
        if (!LIST_JOINERS.has(lowerAt(tokens, next))) break;
        while (LIST_JOINERS.has(lowerAt(tokens, next))) next++;
        const candidate = tokens[next];
        if (!isWord(candidate) || candidate.cap || !isPlausibleLowercaseName(candidate.lower)) break;
        q = next;
      }
      return found;
    }
    // A group we have no word for, then its people after a dash: "the whole night shift at the
    // depot - Stan, Kofi and Bernadette".
    return listedAfterDash(tokens, j, mentions) ?? [];
  }
  return [];
}

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', ':']);

/**
 * People listed after a dash or a colon that closes a short description of them, at most ten words
 * on: two or more names, or the list is not of the people described.
 */
function listedAfterDash(
  tokens: readonly Token[],
  from: number,
  mentions: readonly Mention[],
): Target[] | null {
  let q = from;
  while (q < tokens.length && q - from < 10 && isWord(tokens[q])) q++;
  // Between dashes or in brackets: "the night crew - Stan, Kofi and Bernadette -", "the team (Jo and Sam)".
  if (!DASHES.has(lowerAt(tokens, q)) && !(q === from && lowerAt(tokens, q) === '(')) return null;
  const first = mentions.find((m) => m.start === q + 1 && m.kind === 'name' && !m.possessor);
  if (!first) return null;
  const list = collectList(tokens, first, mentions);
  return list.length > 1 ? list : null;
}

/** "Farah, Jonah, and my neighbor's kid Milo": the mention and the ones listed with it. */
export function collectList(
  tokens: readonly Token[],
  first: Mention,
  mentions: readonly Mention[],
): Target[] {
  const out: Target[] = [{ mention: first }];
  let end = first.end;
  for (;;) {
    let k = meansAfter(tokens, end);
    // "José García, my tutor in Salamanca, and to his daughter Chloé": where one is, then the next.
    const placed = trailingPlace(tokens, k);
    if (placed && lowerAt(tokens, placed.end) === ',' && LIST_JOINERS.has(lowerAt(tokens, placed.end + 1)))
      k = placed.end;
    let joined = false;
    const run = k;
    while (k < tokens.length && LIST_JOINERS.has(lowerAt(tokens, k)) && k - run < 3) {
      k++;
      joined = true;
    }
    // "Thanked my neighbour Idris as well as his wife Farah".
    if (!joined && ['as', 'well', 'as'].every((w, q) => lowerAt(tokens, k + q) === w)) {
      k += 3;
      joined = true;
    }
    // "Thanked Ana-Lucía, along with her brother Mateo" (not "along with my sister", who came too),
    // where she works may stand between ("Ana-Lucía at the bakery, along with …").
    const where = !joined && out.length === 1 ? trailingPlace(tokens, end) : null;
    if (where && lowerAt(tokens, where.end) === ',') k = where.end + 1;
    if (
      lowerAt(tokens, k - 1) === ',' &&
      ['along', 'together'].includes(lowerAt(tokens, k)) &&
      lowerAt(tokens, k + 1) === 'with' &&
      !OWN_POSSESSIVES.has(lowerAt(tokens, k + 2))
    ) {
      k += 2;
      joined = true;
    }
    // "…, and today my colleague Ben", "y hoy a mi compañero Beto": when the next one was.
    while (joined && LIST_TIME_WORDS.has(lowerAt(tokens, k)) && !mentions.some((m) => m.start === k)) k++;
    // "à Loïc et à Solenne", "to Anna and to Ben": the preposition said again.
    const startsHere = mentions.some((m) => m.start === k && (m.kind === 'name' || m.kind === 'rel'));
    if (joined && !startsHere && ENTRY_PREPOSITIONS.has(lowerAt(tokens, k))) k++;
    // "…, and to little Stanley across the road": a fond word before the next one.
    while (joined && EVALUATIVE_ADJECTIVES.has(lowerAt(tokens, k)) && !mentions.some((m) => m.start === k))
      k++;
    // "Thanked Leofric for ringing me every night, and my old physio, who …": the reason given
    // for one, then the next person thanked.
    // "Thanked my physio, who got me walking again …, and Nomvula, who …": a relative clause on
    // the first one, the same way.
    const relative = lowerAt(tokens, end) === ',' && RELATIVE_PRONOUNS.has(lowerAt(tokens, end + 1));
    if (relative) {
      k = end;
      joined = false;
    }
    if (!joined && out.length === 1 && (lowerAt(tokens, k) === 'for' || relative)) {
      let q = k + 1;
      while (
        q < Math.min(tokens.length, k + 30) &&
        !(lowerAt(tokens, q) === ',' && ['and', 'y', 'et', 'und'].includes(lowerAt(tokens, q + 1)))
      )
        q++;
      // "…, and also my cousin Ruairí", "…, and then Tomasz", "…, et aujourd'hui ma collègue": the next one.
      let next = q + 2;
      while (LIST_ADVERBS.has(lowerAt(tokens, next)) || LIST_TIME_WORDS.has(lowerAt(tokens, next))) next++;
      const then = mentions.find(
        (m) => m.start === next && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
      );
      const clean = tokens.slice(k, q).every((x) => x.word || [',', "'", '’'].includes(x.text));
      // "…, and Zuleika, the ward clerk on oncology, who …": a description of them may follow.
      const described =
        lowerAt(tokens, then?.end ?? -1) === ',' &&
        ['the', 'my', 'our', 'a', 'an', 'who'].includes(lowerAt(tokens, (then?.end ?? -1) + 1));
      const ends = then && (!isWord(tokens[then.end]) || LIST_END_WORDS.has(lowerAt(tokens, then.end)));
      // People inside the reason ("… all 3 months mum was in hospital") are the reason's.
      const inReason = mentions.some((m) => m.start > k && m.start < q && m.kind !== 'self');
      if (then && clean && ends && (!inReason || (then.kind === 'name' && described))) {
        out.push({ mention: then });
        end = then.end;
        continue;
      }
    }
    if (!joined) break;
    const next =
      mentions.find((m) => m.start === k && (m.kind === 'name' || m.kind === 'rel') && !m.possessor) ??
      namedAfterRole(tokens, k, mentions);
    if (!next) break;
    // "..., and her daughter Ria wrote back": a person followed by a verb starts a new clause.
    const after = tokens[next.end];
    // "Frank and Ingeborg next door for …": where they live ends the list too.
    const nextDoor = after?.lower === 'next' && lowerAt(tokens, next.end + 1) === 'door';
    // "Bill and Yasmin across the road for …": a place after them is no verb either.
    const place = isWord(after) && (PLACE_PREPOSITIONS.has(after.lower) || PLACE_ADVERBS.has(after.lower));
    if (
      isWord(after) &&
      !LIST_END_WORDS.has(after.lower) &&
      !LIST_JOINERS.has(after.lower) &&
      !nextDoor &&
      !place
    )
      break;
    out.push({ mention: next });
    // "Jovanka and Dietrich on my team, and to …": the list goes on after where they are.
    end = place ? (trailingPlace(tokens, next.end)?.end ?? next.end) : next.end;
  }
  return out;
}

/**
 * Where a list goes on after how one of it was reached ("Aunt Bea by phone and Aunt Lou in a
 * letter", "Mo over WhatsApp, Dan in person"): past the phrase, at the joiner; else `at`.
 */
function meansAfter(tokens: readonly Token[], at: number): number {
  if (!MEANS_WORDS.has(lowerAt(tokens, at))) return at;
  for (let q = at + 1; q <= at + 3; q++) {
    const t = tokens[q];
    if (!isWord(t)) return at;
    if (MEANS_NOUNS.has(t.lower) || MESSAGE_NOUNS.has(t.lower))
      return LIST_JOINERS.has(lowerAt(tokens, q + 1)) ? q + 1 : at;
  }
  return at;
}

/**
 * "I thanked him — my old maths teacher, Mr Achterberg — via LinkedIn": one person, said first as
 * a pronoun and then by who they are, set off by a comma or a dash, with no verb of their own after.
 */
function namedAfterPronoun(
  tokens: readonly Token[],
  at: number,
  ref: PronounRef,
  mentions: readonly Mention[],
): Mention | undefined {
  if (ref.plural || ![',', '(', '—', '–'].includes(lowerAt(tokens, at))) return undefined;
  const named = mentions.find((m) => m.start === at + 1 && m.kind === 'name' && !m.possessor);
  if (!named || (ref.gender && named.gender && ref.gender !== named.gender)) return undefined;
  const after = tokens[named.end];
  return !isWord(after) || LIST_END_WORDS.has(after.lower) || MEANS_PREPOSITIONS.has(after.lower)
    ? named
    : undefined;
}

/**
 * "…and to the head, Mrs Olawale": a role the lexicon may not know (a determiner, a few words in
 * lower case, a comma), then the name that says who it is.
 */
function namedAfterRole(
  tokens: readonly Token[],
  at: number,
  mentions: readonly Mention[],
): Mention | undefined {
  const determiner = lowerAt(tokens, at);
  if (!MESSAGE_DETERMINERS.has(determiner) && !OWN_POSSESSIVES.has(determiner)) return undefined;
  let q = at + 1;
  while (q < at + 4 && isWord(tokens[q]) && !tokens[q]?.cap && !FUNCTION_WORDS.has(lowerAt(tokens, q))) q++;
  if (q === at + 1) return undefined;
  // "…, and the organist Ruth": the name may follow the role with no comma, closing the entry.
  if (lowerAt(tokens, q) !== ',') {
    const named = mentions.find((m) => m.start === q && m.kind === 'name' && !m.possessor);
    return named && (!isWord(tokens[named.end]) || LIST_END_WORDS.has(lowerAt(tokens, named.end)))
      ? named
      : undefined;
  }
  return mentions.find((m) => m.start === q + 1 && m.kind === 'name' && !m.possessor);
}

export function modality(tokens: readonly Token[], from: number, to: number): 'negated' | 'plan' | null {
  let result: 'negated' | 'plan' | null = null;
  for (let k = from; k < to; k++) {
    const lower = lowerAt(tokens, k);
    if (NEGATION_WORDS.has(lower) || lower.endsWith("n't")) {
      // "I didn't just thank Odile, I hugged her", "Not only did I thank …": more than that.
      if (NEGATION_WIDENERS.has(lowerAt(tokens, k + 1))) continue;
      // "I couldn't not thank her": two negations say it was done.
      if (['not', 'never'].includes(lowerAt(tokens, k + 1))) {
        k++;
        continue;
      }
      return 'negated';
    }
    // "next week" is a plan, "next door" a place ("Popped next door to thank Dawn"); a capital inside
    // the sentence makes a name or a month of it ("a chat with Will", "back in May").
    const named =
      (tokens[k]?.cap === true && tokens.slice(0, k).some((t) => t.word)) ||
      // "esta mañana", "por la mañana": the morning, not tomorrow.
      (lower === 'mañana' && ['esta', 'la', 'cada', 'una', 'de'].includes(lowerAt(tokens, k - 1)));
    if (
      PLAN_WORDS.has(lower) &&
      !named &&
      !hadBefore(tokens, k) &&
      !(lower === 'next' && lowerAt(tokens, k + 1) === 'door') &&
      !(lower === 'later' && toldInThePast(tokens, k + 1))
    )
      result = 'plan';
    if (lower === 'going' && lowerAt(tokens, k + 1) === 'to') result = 'plan';
  }
  return result;
}

/**
 * "Took mince pies out to the refuse collectors who come down our lane on Thursdays and thanked
 * them": after a relative clause in the present, "and" and a verb in the past go on with the
 * sentence's own past verb, not with the relative clause.
 */
function backToTheMainClause(tokens: readonly Token[], and: number): boolean {
  if (!isPastForm(lowerAt(tokens, and + 1))) return false;
  const relative = lastIndexWhere(tokens, and, (t) => RELATIVE_PRONOUNS.has(t.lower));
  if (relative <= 0 || tokens.slice(relative, and).some((t) => !t.word && t.text !== "'")) return false;
  const ownVerb = lowerAt(tokens, relative + 1);
  const present = !isPastForm(ownVerb) && !['had', 'was', 'were', 'did'].includes(ownVerb);
  return present && tokens.slice(0, relative).some((t) => t.word && isPastForm(t.lower));
}

function lastIndexWhere(tokens: readonly Token[], before: number, test: (t: Token) => boolean): number {
  for (let k = before - 1; k >= 0; k--) if (test(tokens[k] as Token)) return k;
  return -1;
}

/** A past-tense word, not a function word: "phoned", "rang". */
export function isPastForm(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || (/^\p{L}{3,}ed$/u.test(lower) && !FUNCTION_WORDS.has(lower));
}

/** "I'd never thanked", "I'd already called": "had", not the "would" of a plan. */
export function hadBefore(tokens: readonly Token[], at: number): boolean {
  if (lowerAt(tokens, at) !== "i'd") return false;
  let q = at + 1;
  while (/^(?:never|not|already|just|ever|also|\p{L}+ly)$/u.test(lowerAt(tokens, q))) q++;
  return isPastForm(lowerAt(tokens, q));
}

/** "Later that day …", "Later on …", "Later I phoned her": "later" in a story told in the past. */
function toldInThePast(tokens: readonly Token[], at: number): boolean {
  const next = lowerAt(tokens, at);
  if (next === 'that' || next === 'on') return true;
  // "Later I thanked …", "Later I also thanked …": an adverb may stand before the verb.
  const adverb = /^(?:also|then|just|\p{L}+ly)$/u.test(lowerAt(tokens, at + 1));
  return FIRST_PERSON.has(next) && isPastForm(lowerAt(tokens, adverb ? at + 2 : at + 1));
}

/**
 * The verb's subject is someone else when the clause opens with a person ("Omar looked confused
 * and thanked me", "Greta, who sat with me"); it is the participant with "I" or no subject at all
 * ("Called my cousin", "Brought donuts to the crew and thanked them").
 */
export function subjectIsOther(
  tokens: readonly Token[],
  clause: ClauseInfo,
  index: number,
  mentions: readonly Mention[],
): boolean {
  // "Mi hermano me ayudó y le di las gracias", "… así que hoy se lo agradecí": a Spanish
  // first-person preterite (after its clitics, in "-é" or "-í") is the writer's.
  const verb = lowerAt(tokens, index);
  const clitic = CLITICS.has(lowerAt(tokens, index - 1)) || REFLEXIVE_CLITICS.has(lowerAt(tokens, index - 2));
  if (SPANISH_PRETERITE.has(verb) || (clitic && /^\p{Ll}{3,}[éí]$/u.test(verb))) return false;
  for (let k = index - 1; k >= clause.start; k--) {
    const lower = lowerAt(tokens, k);
    if (FIRST_PERSON.has(lower) || lower.startsWith("j'")) return false;
    if (spanishPerfectAt(tokens, k)) return false;
  }
  if (clause.relative) return true;
  // "When my van was towed he quietly paid the fine and told our landlord": a subject pronoun
  // later in the clause, after what opened it.
  let depth = 0; // an aside in brackets has subjects of its own
  for (let q = clause.start; q < index; q++) {
    const lower = lowerAt(tokens, q);
    depth += lower === '(' ? 1 : lower === ')' ? -1 : 0;
    if (depth === 0 && ENGLISH_THIRD_SUBJECTS.has(lower)) return true;
  }
  let k = clause.start;
  while (k < index && (!isWord(tokens[k]) || LEADING_ADVERBS.has(lowerAt(tokens, k)))) k++;
  if (k >= index) return false;
  if (SUBJECT_PRONOUNS.has(lowerAt(tokens, k))) return true;
  // "the youth court more or less told my parents …": a thing's noun phrase, no time, as the subject.
  if (
    lowerAt(tokens, k) === 'the' &&
    tokens
      .slice(k + 1, index)
      .every(
        (t) =>
          t.word &&
          !t.cap &&
          !TEMPORAL_NOUNS.has(t.lower) &&
          !/^\d/.test(t.text) &&
          !isPastForm(t.lower) &&
          !['and', 'but', 'then', 'next', 'other'].includes(t.lower),
      ) &&
    index - k <= 6 &&
    tokens.slice(k + 1, index).some((t) => /^\p{L}{3,}$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower))
  )
    return true;
  return mentions.some((m) => m.start === k && (m.kind === 'name' || m.kind === 'rel') && !m.weak);
}

/** A relative clause at `at` whose subject is the person before it: "who kept saying", not "who I called". */
export function subjectRelativeAt(tokens: readonly Token[], at: number): boolean {
  return ['who', 'that'].includes(lowerAt(tokens, at)) && !FIRST_PERSON.has(lowerAt(tokens, at + 1));
}

/** A verb in the past tense before `end`, nothing planned or negated: something the writer did. */
export function pastBefore(tokens: readonly Token[], end: number): boolean {
  if (modality(tokens, 0, end) !== null) return false;
  for (let q = 0; q < end; q++) {
    const t = tokens[q] as Token;
    if (!isWord(t) || (t.cap && q > 0 && !atSentenceStartToken(tokens, q))) continue;
    if (isPastForm(t.lower)) return true;
    if (romancePast(tokens, q)) return true;
  }
  return false;
}

const atSentenceStartToken = (tokens: readonly Token[], q: number) => !tokens.slice(0, q).some((t) => t.word);
