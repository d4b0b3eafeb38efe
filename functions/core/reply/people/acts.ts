/**
 * Finding acts of thanks: a thanking or contact verb whose subject is the participant and whose
 * object is a person (after the verb, as a Spanish/French clitic before it, or earlier in a German
 * clause), with its mood (done, planned, negated, attempted) and what undoes it later ("no answer",
 * "deleted it"); and bare answers ("Coach Rivera.", bullets, "Two people: ...").
 */
import {
  CALL_WORDS,
  CLAUSE_BREAK_WORDS,
  FIRST_PERSON,
  NEGATION_WORDS,
  PLAN_WORDS,
  RELATIVE_PRONOUNS,
} from '../lexicon/cues';
import {
  FUNCTION_WORDS,
  MODIFIER_STARTERS,
  OWN_POSSESSIVES,
  PRONOUN_FOLLOWERS,
} from '../lexicon/function-words';
import {
  CLITICS,
  CONTINUATIONS,
  COUNT_WORDS,
  INDEFINITE_OBJECTS,
  LEADING_ADVERBS,
  LIST_END_WORDS,
  LIST_JOINERS,
  MESSAGE_DETERMINERS,
  NAMING_BEFORE,
  OBJECT_PRONOUNS,
  OBJECT_SKIP,
  PLACE_OPENERS_AFTER_NAME,
  PLANNED_VERBS,
  RECEIVE_WORDS,
  SENT_OFF,
  SUBJECT_PRONOUNS,
  TELL_WORDS,
  THING_PARTICLES,
} from '../lexicon/grammar';
import { RELATIONSHIP_WORDS } from '../lexicon/relationships';
import {
  GRATITUDE_WORDS,
  IRREGULAR_PAST,
  MESSAGE_NOUNS,
  PURPOSE_MARKERS,
  SUGGESTION_VERBS,
} from '../lexicon/verbs';
import { ANSWER_DAYS, ANSWER_FILLERS, SELF_WORDS } from '../lexicon/words';
import { fold } from '../normalize';
import type { Sentence, Token } from '../tokens';
import { isPlausibleLowercaseName, unlistedRole } from './mentions';
import {
  ABSENCE_FAILURE_INDEX,
  type Act,
  CALL_FAILURE_INDEX,
  CAUSAL_INDEX,
  type Context,
  capitalizeName,
  DELIVERY_FAILURE_INDEX,
  indexPhrases,
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  matchPhrase,
  matchSequence,
  PREDICATE_WORDS,
  PREDICATES_BY_FIRST,
  type PronounRef,
  type Status,
  type Target,
} from './model';
import { germanGiftAsThanks, germanObjects } from './rules/german';
import { cliticTargets, romancePast, spanishPerfectAt } from './rules/romance';

export interface ClauseInfo {
  start: number;
  relative: boolean;
}

export function clauseStart(tokens: readonly Token[], index: number): ClauseInfo {
  for (let k = index - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (/^[,;:()"“”—–]$/.test(t.text)) return { start: k + 1, relative: false };
      continue;
    }
    if (RELATIVE_PRONOUNS.has(t.lower) && k > 0) return { start: k + 1, relative: true };
    if (CLAUSE_BREAK_WORDS.has(t.lower)) return { start: k + 1, relative: false };
  }
  return { start: 0, relative: false };
}

export function isNaming(tokens: readonly Token[], k: number, mentions: readonly Mention[]): boolean {
  if (NAMING_BEFORE.has(lowerAt(tokens, k - 1))) return true;
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
  return !isWord(next) || PRONOUN_FOLLOWERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || next.cap;
}

export function pronounRef(
  tokens: readonly Token[],
  sentence: number,
  i: number,
  table = OBJECT_PRONOUNS,
): PronounRef {
  const info = table.get(lowerAt(tokens, i)) ?? { gender: null, plural: false };
  return { sentence, index: i, gender: info.gender, plural: info.plural };
}

/** The person(s) right after a verb, over "to", "a long text to", "(on paper!)" and the like. */
export function objectsAfter(
  tokens: readonly Token[],
  from: number,
  sentence: Sentence,
  mentions: readonly Mention[],
  ctx: Context,
): Target[] {
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
      if (RELATIONSHIP_WORDS.has(lowerAt(tokens, j))) j++;
      continue;
    }
    // "Thanked everyone in my running club", "all at the depot": the group is the one thanked.
    if (
      ['everyone', 'everybody', 'all'].includes(t.lower) &&
      ['in', 'at', 'from', 'on'].includes(lowerAt(tokens, j + 1))
    ) {
      const group = mentions.find((m) => m.start === j + 2 && m.kind === 'rel' && !m.possessor);
      if (group) return [{ mention: group }];
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
      const ref = pronounRef(tokens, sentence.index, j);
      let q = j + 1;
      while (['both', 'all', 'two', 'three'].includes(lowerAt(tokens, q))) q++;
      if (ref.plural && [',', ':', '(', '—', '–'].includes(lowerAt(tokens, q))) {
        const named = mentions.find(
          (m) => m.start === q + 1 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
        );
        if (named) {
          const list = collectList(tokens, named, mentions);
          if (list.length > 1) return list;
        }
      }
      return [{ pronoun: ref }];
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
    // "a card and a box of fudge at …": the other things given go with the message.
    if (afterMessage && t.lower === 'and' && !mentions.some((m) => m.start === j + 1)) {
      let q = j + 1;
      while (q < Math.min(tokens.length, j + 6) && isWord(tokens[q]) && !THING_PLACE.has(lowerAt(tokens, q)))
        q++;
      if (THING_PLACE.has(lowerAt(tokens, q))) {
        j = q;
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
    if (
      afterMessage &&
      THING_PLACE.has(t.lower) &&
      !mentions.some((m) => m.start === j + 1 && !m.possessor)
    ) {
      const forWhom = (q: number) =>
        lowerAt(tokens, q) === 'for' ||
        (t.lower !== 'to' && lowerAt(tokens, q) === 'to' && mentions.some((m) => m.start === q + 1));
      let q = j + 1;
      while (q < Math.min(tokens.length, j + 5) && isWord(tokens[q]) && !forWhom(q)) q++;
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
      while (
        q < Math.min(tokens.length, j + 4) &&
        isWord(tokens[q]) &&
        !FUNCTION_WORDS.has(lowerAt(tokens, q))
      )
        q++;
      // "sent a card round to the team", "took flowers over to Pat": where the thing went, then whom to.
      if (q > j && THING_PARTICLES.has(lowerAt(tokens, q))) q++;
      if (
        ['to', 'for', 'à', 'a'].includes(lowerAt(tokens, q)) &&
        mentions.some((m) => m.start === q + 1 && (m.kind === 'name' || m.kind === 'rel'))
      ) {
        j = q;
        afterMessage = true;
        continue;
      }
    }
    if (isWord(t) && ctx.lowercaseMode && !t.cap && isPlausibleLowercaseName(t.lower)) {
      // "called nkechi and femi": lower-case names, listed.
      const found: Target[] = [];
      let q = j;
      for (;;) {
        const name = capitalizeName((tokens[q] as Token).text);
        found.push({
          mention: makeMention({
            kind: 'name',
            sentence: sentence.index,
            start: q,
            end: q + 1,
            name,
            key: fold(name),
          }),
        });
        let next = q + 1;
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
    let k = end;
    let joined = false;
    while (k < tokens.length && LIST_JOINERS.has(lowerAt(tokens, k)) && k - end < 3) {
      k++;
      joined = true;
    }
    // "à Loïc et à Solenne", "to Anna and to Ben": the preposition said again.
    if (joined && ['to', 'à', 'a', 'an'].includes(lowerAt(tokens, k))) k++;
    // "Thanked Leofric for ringing me every night, and my old physio, who …": the reason given
    // for one, then the next person thanked.
    if (!joined && out.length === 1 && lowerAt(tokens, k) === 'for') {
      let q = k + 1;
      while (
        q < Math.min(tokens.length, k + 20) &&
        !(lowerAt(tokens, q) === ',' && lowerAt(tokens, q + 1) === 'and')
      )
        q++;
      const then = mentions.find(
        (m) => m.start === q + 2 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
      );
      const clean = tokens.slice(k, q).every((x) => x.word || [',', "'", '’'].includes(x.text));
      const ends = then && (!isWord(tokens[then.end]) || LIST_END_WORDS.has(lowerAt(tokens, then.end)));
      if (then && clean && ends && !mentions.some((m) => m.start > k && m.start < q && m.kind !== 'self')) {
        out.push({ mention: then });
        end = then.end;
        continue;
      }
    }
    if (!joined) break;
    const next = mentions.find(
      (m) => m.start === k && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
    );
    if (!next) break;
    // "..., and her daughter Ria wrote back": a person followed by a verb starts a new clause.
    const after = tokens[next.end];
    // "Frank and Ingeborg next door for …": where they live ends the list too.
    const nextDoor = after?.lower === 'next' && lowerAt(tokens, next.end + 1) === 'door';
    if (isWord(after) && !LIST_END_WORDS.has(after.lower) && !LIST_JOINERS.has(after.lower) && !nextDoor)
      break;
    out.push({ mention: next });
    end = next.end;
  }
  return out;
}

export function modality(tokens: readonly Token[], from: number, to: number): 'negated' | 'plan' | null {
  let result: 'negated' | 'plan' | null = null;
  for (let k = from; k < to; k++) {
    const lower = lowerAt(tokens, k);
    if (NEGATION_WORDS.has(lower) || lower.endsWith("n't")) return 'negated';
    // "next week" is a plan, "next door" a place ("Popped next door to thank Dawn"); a capital inside
    // the sentence makes a name or a month of it ("a chat with Will", "back in May").
    const named =
      (tokens[k]?.cap === true && tokens.slice(0, k).some((t) => t.word)) ||
      // "esta mañana", "por la mañana": the morning, not tomorrow.
      (lower === 'mañana' && ['esta', 'la', 'cada', 'una', 'de'].includes(lowerAt(tokens, k - 1)));
    if (PLAN_WORDS.has(lower) && !named && !(lower === 'next' && lowerAt(tokens, k + 1) === 'door'))
      result = 'plan';
    if (lower === 'going' && lowerAt(tokens, k + 1) === 'to') result = 'plan';
  }
  return result;
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
  for (let k = index - 1; k >= clause.start; k--) {
    const lower = lowerAt(tokens, k);
    if (FIRST_PERSON.has(lower) || lower.startsWith("j'")) return false;
    if (spanishPerfectAt(tokens, k)) return false;
  }
  if (clause.relative) return true;
  let k = clause.start;
  while (k < index && (!isWord(tokens[k]) || LEADING_ADVERBS.has(lowerAt(tokens, k)))) k++;
  if (k >= index) return false;
  if (SUBJECT_PRONOUNS.has(lowerAt(tokens, k))) return true;
  return mentions.some((m) => m.start === k && (m.kind === 'name' || m.kind === 'rel') && !m.weak);
}

/** A relative clause at `at` whose subject is the person before it: "who kept saying", not "who I called". */
function subjectRelativeAt(tokens: readonly Token[], at: number): boolean {
  return ['who', 'that'].includes(lowerAt(tokens, at)) && !FIRST_PERSON.has(lowerAt(tokens, at + 1));
}

/** "It was Al (that) I called", "It's my aunt I have to thank": the person before the verb's clause. */
function cleftBefore(tokens: readonly Token[], verb: number, mentions: readonly Mention[]): Target[] {
  for (let q = 0; q + 2 < verb; q++) {
    const two = `${lowerAt(tokens, q)} ${lowerAt(tokens, q + 1)}`;
    const at = two === 'it was' || two === 'it is' ? q + 2 : lowerAt(tokens, q) === "it's" ? q + 1 : -1;
    if (at < 0) continue;
    const person = mentions.find(
      (m) => m.start === at && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
    );
    // "It was my husband who kept saying …": he is the subject of what follows, not its object.
    if (person && person.end < verb && !subjectRelativeAt(tokens, person.end)) return [{ mention: person }];
  }
  return [];
}

/** Heads a relative clause about the thanks may describe: "the one I never thanked", "the person I owe". */
const CLEFT_HEADS: ReadonlySet<string> = new Set(['one', 'person', 'people', 'man', 'woman', 'guy', 'lady']);
const CLEFT_ADVERBS: ReadonlySet<string> = new Set(['properly', 'enough', 'really', 'back', 'then', 'ever']);

/**
 * "The person I never thanked was Lorna", "the one I'd never thanked properly is Mrs. Quayle": the
 * verb stands in a clause about "the one", and the person is named after the copula.
 */
function cleftAfter(tokens: readonly Token[], after: number, mentions: readonly Mention[]): Target[] {
  let q = after;
  while (CLEFT_ADVERBS.has(lowerAt(tokens, q)) && q - after < 3) q++;
  if (!['was', 'is'].includes(lowerAt(tokens, q))) return [];
  const head = tokens.slice(Math.max(0, after - 7), after).some((t) => CLEFT_HEADS.has(t.lower));
  const person = mentions.find(
    (m) => m.start === q + 1 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
  );
  return head && person ? [{ mention: person }] : [];
}

/**
 * "Emailed the founder of the charity that paid for my course, Mrs. Bakare.": the object is a
 * description we have no word for, and the name set after a comma at the sentence's end is it.
 */
function closingApposition(tokens: readonly Token[], verb: number, mentions: readonly Mention[]): Target[] {
  const last = mentions.filter((m) => m.kind === 'name' && !m.possessor && m.start > verb).pop();
  if (!last || lowerAt(tokens, last.start - 1) !== ',') return [];
  if (tokens.slice(last.end).some((t) => t.word)) return [];
  if (mentions.some((m) => m.start > verb && m.start < last.start && (m.kind === 'name' || m.kind === 'rel')))
    return [];
  return [{ mention: last }];
}

/** Gratitude named between `from` and the end of its clause ("told her about how grateful I am"). */
function gratitudeInClause(tokens: readonly Token[], from: number): boolean {
  for (let q = from; q < tokens.length; q++) {
    const lower = lowerAt(tokens, q);
    if (/^[,;:]$/.test(lower) || CLAUSE_BREAK_WORDS.has(lower) || CONTINUATIONS.has(lower)) return false;
    if (GRATITUDE_WORDS.has(lower)) return true;
  }
  return false;
}

/** A verb in the past tense before `end`, nothing planned or negated: something the writer did. */
function pastBefore(tokens: readonly Token[], end: number): boolean {
  if (modality(tokens, 0, end) !== null) return false;
  for (let q = 0; q < end; q++) {
    const t = tokens[q] as Token;
    if (!isWord(t) || (t.cap && q > 0 && !atSentenceStartToken(tokens, q))) continue;
    if (IRREGULAR_PAST.has(t.lower) || (/^\p{L}{3,}ed$/u.test(t.lower) && !FUNCTION_WORDS.has(t.lower)))
      return true;
    if (romancePast(tokens, q)) return true;
  }
  return false;
}

/**
 * "Found him on LinkedIn and sent a message.": no recipient is written, so the message went to
 * whoever the writer was talking about, one person or several as a pronoun earlier in the sentence
 * says ("Tracked them down and sent a message").
 */
function understoodRecipient(tokens: readonly Token[], sentence: number, verb: number): PronounRef {
  let earlier = verb - 1;
  while (earlier >= 0 && !isObjectPronoun(tokens, earlier)) earlier--;
  const like = earlier >= 0 ? pronounRef(tokens, sentence, earlier) : null;
  return {
    sentence,
    index: verb,
    gender: like?.gender ?? null,
    plural: like?.plural ?? false,
    implicit: true,
    anyNumber: like === null,
  };
}

/**
 * A bare "thank" reports an act only in a few shapes: "Sarah told me to thank my coach Mike",
 * thanks as the purpose of something done ("called my dad to thank him", "drove me over so I
 * could thank Dr. Mensah", "para darle las gracias", "pour la remercier") and "I did thank her".
 * Anything else the writer means to do is a plan ("I'm planning to thank our janitor Winston"),
 * remembered so that a gift in the same breath is not taken for the thanks.
 */
function bareVerbMood(
  tokens: readonly Token[],
  k: number,
  clause: ClauseInfo,
  mentions: readonly Mention[],
  earlier: readonly Act[],
): Status | 'intent' | 'skip' {
  const prev = lowerAt(tokens, k - 1);
  const suggested =
    prev === 'to' && lowerAt(tokens, k - 2) === 'me' && SUGGESTION_VERBS.has(lowerAt(tokens, k - 3));
  const soICould =
    ['could', 'can'].includes(prev) &&
    FIRST_PERSON.has(lowerAt(tokens, k - 2)) &&
    ['so', 'that'].includes(lowerAt(tokens, k - 3));
  // The purpose marker may stand before a clitic: "pour la remercier".
  const marker = PURPOSE_MARKERS.has(prev)
    ? k - 1
    : CLITICS.has(prev) && PURPOSE_MARKERS.has(lowerAt(tokens, k - 2))
      ? k - 2
      : -1;
  // German "…gefahren, um mich bei Frau Kessler zu bedanken": "um" opens the purpose, "zu" closes it.
  const um =
    prev === 'zu' || lowerAt(tokens, k) === 'zu' ? tokens.slice(0, k).findIndex((t) => t.lower === 'um') : -1;
  const purpose =
    (marker >= 0 && (earlier.some((a) => a.status === 'done' && !a.answer) || pastBefore(tokens, marker))) ||
    (um > 0 && germanPerfectBefore(tokens, um)) ||
    (soICould && pastBefore(tokens, k - 3));
  const emphatic = prev === 'did';
  if (!suggested && !purpose && !emphatic)
    return subjectIsOther(tokens, clause, k, mentions) ? 'skip' : 'intent';
  if (!suggested && subjectIsOther(tokens, clause, k, mentions)) return 'skip';
  // "Sarah told me to thank Mike, but …", "… later": told to, not done yet.
  const rest = tokens
    .slice(k)
    .map((x) => x.lower)
    .join(' ');
  if (suggested && /(?:\bbut\b|\byet\b|tomorrow|later|next(?! door))/.test(rest)) return 'plan';
  return modality(tokens, suggested ? k - 1 : clause.start, k) === 'negated' ? 'negated' : 'done';
}

/** "Ich bin … gefahren", "habe … geschrieben": a German perfect before `end`. */
function germanPerfectBefore(tokens: readonly Token[], end: number): boolean {
  const aux = tokens
    .slice(0, end)
    .some((t) => ['bin', 'habe', 'hab', 'sind', 'haben', 'war'].includes(t.lower));
  return aux && tokens.slice(0, end).some((t) => /^ge\p{L}{3,}(?:t|en)$/u.test(t.lower));
}

/**
 * Where the person begins when the thanks itself is the subject and went to them: "my thank-you
 * went to", "the card goes to", "a thank-you letter went off to"; else 0.
 */
function messageWentTo(tokens: readonly Token[], k: number): number {
  // "A handwritten thank-you is on its way to her".
  if (lowerAt(tokens, k) === 'way' && lowerAt(tokens, k - 1) === 'its' && lowerAt(tokens, k - 2) === 'on') {
    const said = tokens.slice(Math.max(0, k - 7), k - 2).some((t) => MESSAGE_NOUNS.has(t.lower));
    return said && lowerAt(tokens, k + 1) === 'to' ? k + 2 : 0;
  }
  if (!['went', 'goes', 'go', 'going'].includes(lowerAt(tokens, k))) return 0;
  const before = [lowerAt(tokens, k - 1), lowerAt(tokens, k - 2)];
  if (!before.some((w) => MESSAGE_NOUNS.has(w) && w !== 'thank')) return 0;
  if (!before.some((w) => w.startsWith('thank') || GRATITUDE_WORDS.has(w))) {
    // "the card went to Mum" still needs the thanks said somewhere in the sentence.
    if (!tokens.some((x) => GRATITUDE_WORDS.has(x.lower) || x.lower.startsWith('thank'))) return 0;
  }
  let q = k + 1;
  if (['off', 'out', 'over', 'round'].includes(lowerAt(tokens, q))) q++;
  return lowerAt(tokens, q) === 'to' ? q + 1 : 0;
}

const atSentenceStartToken = (tokens: readonly Token[], q: number) => !tokens.slice(0, q).some((t) => t.word);

export function findActs(sentence: Sentence, mentions: readonly Mention[], ctx: Context): Act[] {
  const tokens = sentence.tokens;
  const acts: Act[] = [];
  /** Remembers a planned act at `k` on the people named from `from` on ("going to call Anna"). */
  const recordPlan = (k: number, from: number, thanks: boolean) => {
    const targets = objectsAfter(tokens, from, sentence, mentions, ctx);
    if (targets.length > 0)
      acts.push({ sentence: sentence.index, index: k, targets, status: 'plan', answer: false, thanks });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    // "A letter to Rabbi Feldstein went in the post this morning": the thing and whom it was for,
    // as the subject of its sending.
    if (k === tokens.findIndex((x) => x.word)) {
      const thing = messageNounPhrase(tokens, k);
      const to = k + thing;
      const person =
        thing > 0 && ['to', 'for'].includes(lowerAt(tokens, to))
          ? mentions.find(
              (m) => m.start === to + 1 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
            )
          : undefined;
      const sent = person && SENT_OFF.has(lowerAt(tokens, person.end));
      if (person && sent && modality(tokens, person.end, tokens.length) === null) {
        acts.push({
          sentence: sentence.index,
          index: k,
          targets: [{ mention: person }],
          status: 'done',
          answer: false,
          thanks: true,
        });
        continue;
      }
    }
    // "Today's thank-you went to Mrs. Kowalczyk", "a thank-you letter went off to Mme Quennec".
    const delivered = messageWentTo(tokens, k);
    if (delivered > 0) {
      const targets = objectsAfter(tokens, delivered, sentence, mentions, ctx);
      const clause = clauseStart(tokens, k);
      // "My thank-you is going to Mum tomorrow": only "went" has happened for sure.
      const until = t.lower === 'went' ? k : tokens.length;
      if (targets.length > 0 && modality(tokens, clause.start, until) === null) {
        acts.push({
          sentence: sentence.index,
          index: k,
          targets,
          status: 'done',
          answer: false,
          thanks: true,
        });
        continue;
      }
    }
    const predicate = (PREDICATES_BY_FIRST.get(t.lower) ?? []).find((p) => matchSequence(tokens, k, p.words));
    if (!predicate) {
      // "I'm going to call Anna tomorrow": not an act, but it makes "Anna!" above it a plan, not an answer.
      if (PLANNED_VERBS.has(t.lower) && lowerAt(tokens, k - 1) === 'did') {
        // "I did ring Kerensa": the emphatic "did" makes the plain verb a deed.
        const clause = clauseStart(tokens, k);
        const targets = objectsAfter(tokens, k + 1, sentence, mentions, ctx);
        if (
          targets.length > 0 &&
          modality(tokens, clause.start, k) === null &&
          !subjectIsOther(tokens, clause, k, mentions)
        )
          acts.push({
            sentence: sentence.index,
            index: k,
            targets,
            status: 'done',
            answer: false,
            thanks: false,
          });
        continue;
      }
      if (PLANNED_VERBS.has(t.lower)) {
        const clause = clauseStart(tokens, k);
        if (modality(tokens, clause.start, k) !== null && !subjectIsOther(tokens, clause, k, mentions)) {
          recordPlan(k, k + 1, false);
        }
      }
      continue;
    }
    // "a friend called Callum", "she's called Rosa": naming, not phoning.
    if (t.lower === 'called' && isNaming(tokens, k, mentions)) continue;
    const after = k + predicate.words.length;
    if (predicate.needs) {
      let found = false;
      // "Gave my stepmum, Rosalind, a card": the apposition's commas do not end the phrase.
      for (let q = after; q < Math.min(tokens.length, after + 20); q++) {
        if (!isWord(tokens[q]) && tokens[q]?.text !== ',') break;
        if (predicate.needs.includes(lowerAt(tokens, q))) found = true;
        // "a bottle of red as a thank you": "thank you" as a noun is the thank-you it needs.
        if (
          predicate.needs.includes('thank-you') &&
          lowerAt(tokens, q) === 'thank' &&
          lowerAt(tokens, q + 1) === 'you' &&
          ['a', 'little', 'small', 'big', 'proper'].includes(lowerAt(tokens, q - 1))
        )
          found = true;
      }
      // "We gave it to him at pickup", after "a card for her teacher" in the sentence before.
      if (!found && lowerAt(tokens, after) === 'it' && ctx.messageMentioned) found = true;
      if (!found) continue;
    }
    // "thanks to Henrike's reminder" is a cause, not an act.
    if (matchPhrase(tokens, k, CAUSAL_INDEX) > 0) continue;
    const clause = clauseStart(tokens, k);
    let status: Status = 'done';
    if (predicate.form === 'base') {
      const reading = bareVerbMood(tokens, k, clause, mentions, acts);
      if (reading === 'intent' || reading === 'skip') {
        if (reading === 'intent') recordPlan(k, after, true);
        continue;
      }
      status = reading;
    } else {
      // A German participle comes last and its object before it ("Oma angerufen"): whether someone
      // else is the subject is for germanObjects to say (a finite verb after them).
      if (predicate.object === 'after' && subjectIsOther(tokens, clause, k, mentions)) continue;
      const mood = modality(tokens, clause.start, k);
      if (mood) status = mood;
    }
    if (predicate.kind === 'attempt') status = status === 'done' ? 'attempt' : status;
    if (
      predicate.kind === 'weak' &&
      !tokens.some((x) => GRATITUDE_WORDS.has(x.lower)) &&
      !(HOSPITALITY_VERBS.has(t.lower) && mealAfter(tokens, after))
    )
      continue;
    let targets: Target[] = [];
    if (predicate.object === 'after') {
      targets = objectsAfter(tokens, after, sentence, mentions, ctx);
      if (targets.length === 0 && predicate.kind === 'thank') {
        const role = unlistedRole(tokens, after, sentence.index, ctx, mentions);
        if (role) targets = [{ mention: role }];
      }
      // "told my husband about this challenge": telling about something is not thanks unless it says so.
      const last = targets[targets.length - 1];
      if (last && 'mention' in last && TELL_WORDS.has(predicate.words[0] as string)) {
        const next = lowerAt(tokens, last.mention.end);
        // "Told his mum to tell him thank you": the one told carries the thanks to someone else.
        if (next === 'to' && ['tell', 'pass', 'give', 'say'].includes(lowerAt(tokens, last.mention.end + 1)))
          continue;
        if (['about', 'sobre', 'von', 'de'].includes(next) && !gratitudeInClause(tokens, last.mention.end))
          continue;
      }
      // "Not this week, I told him.": a speech tag after what was said, which holds no thanks.
      const tag =
        TELL_WORDS.has(predicate.words[0] as string) &&
        lowerAt(tokens, k - 1) === 'i' &&
        lowerAt(tokens, k - 2) === ',';
      // Words said to them ("You changed my life, I told him") are theirs to keep.
      const said = tokens.slice(0, k - 2);
      if (
        tag &&
        !said.some(
          (x) =>
            GRATITUDE_WORDS.has(x.lower) || x.lower.startsWith('thank') || ['you', 'your'].includes(x.lower),
        )
      )
        continue;
      if (targets.length === 0)
        targets = cliticTargets(
          tokens,
          sentence.index,
          k,
          predicate.words[0] as string,
          predicate.form === 'base',
          clause.start,
        );
    } else {
      const german = germanObjects(tokens, sentence.index, k, mentions, (q) =>
        pronounRef(tokens, sentence.index, q),
      );
      if (german.otherSubject) continue;
      targets = german.targets;
    }
    // "Gave Rory a lift and he said thank you": his thanks, to the writer, not an act of ours.
    if (
      targets.length === 0 &&
      predicate.kind === 'thank' &&
      predicate.form !== 'base' &&
      (SUBJECT_PRONOUNS.has(lowerAt(tokens, k - 1)) || subjectIsOther(tokens, clause, k, mentions))
    )
      continue;
    // "It was Al I called in the end": the person is put first, in a cleft.
    if (targets.length === 0) targets = cleftBefore(tokens, k, mentions);
    if (targets.length === 0) targets = cleftAfter(tokens, k + predicate.words.length, mentions);
    if (targets.length === 0 && predicate.object === 'after')
      targets = closingApposition(tokens, k, mentions);
    if (
      targets.length === 0 &&
      status === 'done' &&
      !INDEFINITE_OBJECTS.has(lowerAt(tokens, after)) &&
      ((predicate.kind === 'contact' && messageNear(tokens, after)) || predicate.kind === 'thank')
    ) {
      // "Messaged Sanjay and Lucy from my old running club to say thanks": the thanks is the
      // purpose of the act before it, and goes to the same people.
      const before = acts.filter(
        (a) => a.status === 'done' && a.targets.length > 0 && !a.answer && a.index < k,
      );
      const reached = before[before.length - 1];
      targets =
        predicate.form === 'base' && reached && PURPOSE_MARKERS.has(lowerAt(tokens, k - 1))
          ? reached.targets
          : [{ pronoun: understoodRecipient(tokens, sentence.index, k) }];
    }
    acts.push({
      sentence: sentence.index,
      index: k,
      targets,
      status,
      answer: false,
      thanks: predicate.kind === 'thank',
      call: CALL_WORDS.has(predicate.words[0] as string),
      weak: predicate.kind === 'weak',
    });
  }
  if (ctx.language === 'de' && !acts.some((a) => a.status === 'done' && a.targets.length > 0)) {
    const receiver = germanGiftAsThanks(tokens, sentence.index, mentions);
    if (receiver.length > 0)
      acts.push({
        sentence: sentence.index,
        index: 0,
        targets: receiver,
        status: 'done',
        answer: false,
        thanks: true,
      });
  }
  acts.push(
    ...receivedFromMe(sentence, mentions),
    ...thanksAsThing(sentence, mentions, acts),
    ...passedOn(sentence, mentions),
    ...relayed(sentence, mentions),
  );
  return acts;
}

/** Verbs of treating someone: "took Wen for lunch", "bought her a coffee", "treated him to dinner". */
const HOSPITALITY_VERBS: ReadonlySet<string> = new Set([
  'took',
  'bought',
  'treated',
  'offert',
  'offerte',
  'invité',
]);
const MEALS: ReadonlySet<string> = new Set([
  'lunch',
  'dinner',
  'breakfast',
  'brunch',
  'coffee',
  'coffees',
  'tea',
  'drink',
  'drinks',
  'pint',
  'pints',
  'beer',
  'beers',
  'meal',
  'curry',
  'cake',
  'pizza',
  'café',
  'verre',
  'déjeuner',
  'dîner',
  'repas',
  'comida',
  'cena',
  'desayuno',
  'kaffee',
  'mittagessen',
  'abendessen',
]);

/**
 * A meal or a drink given soon after a verb of treating: in a reply to the prompt, taking someone
 * for lunch is the thanks itself ("Took Wen from procurement for lunch").
 */
function mealAfter(tokens: readonly Token[], from: number): boolean {
  for (let q = from; q < Math.min(tokens.length, from + 9); q++) {
    if (!isWord(tokens[q])) return false;
    if (MEALS.has(lowerAt(tokens, q))) return true;
  }
  return false;
}

const GOES = new Set(['went', 'goes', 'go', 'going']);
const THANKS_NOUNS: ReadonlySet<string> = new Set([
  'thanks',
  'thank-you',
  'thankyou',
  'shout-out',
  'shoutout',
]);
const THANKS_ADJECTIVES: ReadonlySet<string> = new Set([
  'big',
  'huge',
  'special',
  'massive',
  'heartfelt',
  'sincere',
  'warm',
  'my',
  'a',
]);
const ADDRESS_TIME_WORDS: ReadonlySet<string> = new Set([
  'today',
  'tonight',
  'this',
  'week',
  'morning',
  'evening',
  'goes',
  'go',
  'went',
]);

/** Where a thing is left or put: "on the doorstep", "in our letterbox", "at the desk". */
const THING_PLACE: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'under',
  'into',
  'through',
  'thru',
  'to',
  'by',
  'outside',
]);
const AS_THANKS_INDEX = indexPhrases([
  'as a thank you',
  'as a thank-you',
  'as thanks',
  'as a thanks',
  'as a thankyou',
]);

/**
 * Thanks as a thing that travels: "Big thanks went to my landlord Mr. Abiodun", and a gift given
 * "as a thank you" to the person it was for ("Got coffee for Darnell, the janitor, as a thank you").
 */
function thanksAsThing(sentence: Sentence, mentions: readonly Mention[], found: readonly Act[]): Act[] {
  const tokens = sentence.tokens;
  const person = (at: number) =>
    mentions.find((m) => m.start === at && !m.possessor && (m.kind === 'name' || m.kind === 'rel'));
  const act = (index: number, first: Mention): Act => ({
    sentence: sentence.index,
    index,
    targets: collectList(tokens, first, mentions),
    status: 'done',
    answer: false,
    thanks: true,
  });
  const out: Act[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    const noun = lowerAt(tokens, k - 1);
    if (!GOES.has(lowerAt(tokens, k)) || lowerAt(tokens, k + 1) !== 'to') continue;
    if (!GRATITUDE_WORDS.has(noun) && !MESSAGE_NOUNS.has(noun)) continue;
    if (modality(tokens, 0, k) !== null || lowerAt(tokens, k) === 'going') continue;
    const first = person(k + 2);
    if (first) out.push(act(k, first));
  }
  // "Big thanks today to Rashida", "A huge thank you to the night staff": thanks addressed to
  // someone, not the cause in "Thanks to Hamid I passed".
  for (let k = 0; k < tokens.length - 2; k++) {
    const thanks = lowerAt(tokens, k);
    const length =
      thanks === 'thank' && lowerAt(tokens, k + 1) === 'you' ? 2 : THANKS_NOUNS.has(thanks) ? 1 : 0;
    if (length === 0) continue;
    let q = k + length;
    while (ADDRESS_TIME_WORDS.has(lowerAt(tokens, q))) q++;
    const addressed = q > k + length || length === 2 || THANKS_ADJECTIVES.has(lowerAt(tokens, k - 1));
    const first = lowerAt(tokens, q) === 'to' ? person(q + 1) : undefined;
    if (addressed && first && modality(tokens, 0, k) === null) out.push(act(k, first));
  }
  const asThanks = tokens.findIndex((_, k) => matchPhrase(tokens, k, AS_THANKS_INDEX) > 0);
  const doneWithPerson = found.some((a) => a.status === 'done' && a.targets.length > 0);
  if (asThanks > 0 && !doneWithPerson && pastBefore(tokens, asThanks)) {
    for (let k = 0; k < asThanks; k++) {
      if (!['for', 'to'].includes(lowerAt(tokens, k))) continue;
      const first = person(k + 1);
      if (first) {
        out.push(act(k, first));
        break;
      }
    }
  }
  return out;
}

const PASS_ON: ReadonlySet<string> = new Set([
  'pass',
  'passed',
  'passing',
  'forward',
  'forwarded',
  'forwarding',
]);

/**
 * Thanks relayed: "they passed my letter on to Dr. Vuković", "promised to pass it on to her",
 * "the school forwarded my card to Mrs. Iqbal". Whoever carried it, the words were the writer's.
 */
function passedOn(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  const out: Act[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!PASS_ON.has(lowerAt(tokens, k))) continue;
    let q = k + 1;
    let mine = false;
    while (q < Math.min(tokens.length, k + 5) && isWord(tokens[q]) && lowerAt(tokens, q) !== 'to') {
      const lower = lowerAt(tokens, q);
      if (lower === 'my' || lower === 'it' || MESSAGE_NOUNS.has(lower)) mine = true;
      q++;
    }
    if (!mine || lowerAt(tokens, q) !== 'to' || modality(tokens, 0, k) === 'negated') continue;
    // "I'll pass on your thanks to the team": the writer's own plan.
    const before = lowerAt(tokens, k - 1);
    if (
      ["i'll", "we'll", 'ill'].includes(before) ||
      (before === 'will' && ['i', 'we'].includes(lowerAt(tokens, k - 2)))
    )
      continue;
    const person = mentions.find(
      (m) => m.start === q + 1 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
    );
    const targets: Target[] = person
      ? collectList(tokens, person, mentions)
      : isObjectPronoun(tokens, q + 1)
        ? [{ pronoun: pronounRef(tokens, sentence.index, q + 1) }]
        : [];
    if (targets.length > 0)
      out.push({ sentence: sentence.index, index: k, targets, status: 'done', answer: false, thanks: true });
  }
  return out;
}

/** Words that open a sentence giving the day's answer. */
const ANSWER_OPENERS: readonly (readonly string[])[] = [
  ["today's", 'was'],
  ["today's", 'is'],
  ['today', 'it', 'was'],
  ['today', 'was'],
  ['mine', 'was'],
  ["today's", 'person', 'was'],
  ["today's", 'one', 'was'],
];

const RELAY_ASKERS: ReadonlySet<string> = new Set(['asked', 'told', 'got', 'begged']);

/** "Asked her dad to tell her thank you from me": the thanks reached the one it was for. */
function relayed(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  if (!tokens.some((t) => GRATITUDE_WORDS.has(t.lower))) return [];
  const out: Act[] = [];
  for (let k = 2; k < tokens.length - 1; k++) {
    if (!['tell', 'give', 'pass'].includes(lowerAt(tokens, k)) || lowerAt(tokens, k - 1) !== 'to') continue;
    const asked = tokens.slice(Math.max(0, k - 6), k - 1).some((t) => RELAY_ASKERS.has(t.lower));
    if (!asked || modality(tokens, 0, k - 1) !== null) continue;
    const person = mentions.find(
      (m) => m.start === k + 1 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
    );
    const target: Target | null = person
      ? { mention: person }
      : isObjectPronoun(tokens, k + 1)
        ? { pronoun: { ...pronounRef(tokens, sentence.index, k + 1), index: 0 } }
        : null;
    if (target)
      out.push({
        sentence: sentence.index,
        index: k,
        targets: [target],
        status: 'done',
        answer: false,
        thanks: true,
      });
  }
  return out;
}

/** "Both my grandparents got a call from me today": the receiver is the person thanked. */
export function receivedFromMe(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  const acts: Act[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!RECEIVE_WORDS.has(lowerAt(tokens, k))) continue;
    let q = k + 1;
    while (q < Math.min(tokens.length, k + 6) && lowerAt(tokens, q) !== 'from') q++;
    // "from me", or from nobody named: "Ezra got a thank-you for the drawing" (not "a card from Dad").
    const fromMe =
      q >= Math.min(tokens.length, k + 6) ||
      ['me', 'us', 'mí', 'nosotros', 'mir', 'uns', 'moi', 'nous'].includes(lowerAt(tokens, q + 1));
    // "… and then Amara and Sefton got one each": "one" is the thank-you named before it.
    const namedBefore = tokens.slice(0, k).some((t) => MESSAGE_NOUNS.has(t.lower) && t.lower !== 'thank');
    const message = tokens
      .slice(k + 1, q)
      .some((t) => MESSAGE_NOUNS.has(t.lower) || t.lower === 'call' || (t.lower === 'one' && namedBefore));
    if (!fromMe || !message) continue;
    const clause = clauseStart(tokens, k);
    let receiver = mentions.filter(
      (m) => m.start >= clause.start && m.end <= k && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
    );
    // "The lady at the post office, whose name is Bernadette, got a thank-you from me"
    if (receiver.length === 0)
      receiver = mentions.filter((m) => m.end <= k && (m.kind === 'name' || m.kind === 'rel')).slice(0, 1);
    // "Today he got a phone call from me": the one the pronoun stands for.
    const he = tokens.slice(clause.start, k).findIndex((t) => SUBJECT_PRONOUNS.has(t.lower));
    if (receiver.length === 0 && he >= 0) {
      acts.push({
        sentence: sentence.index,
        index: k,
        targets: [{ pronoun: pronounRef(tokens, sentence.index, clause.start + he) }],
        status: 'done',
        answer: false,
        thanks: true,
      });
      continue;
    }
    if (receiver.length > 0)
      acts.push({
        sentence: sentence.index,
        index: k,
        targets: receiver.map((mention) => ({ mention })),
        status: 'done',
        answer: false,
        thanks: true,
      });
  }
  return acts;
}

/** Mentions covering tokens[from..to) as a list answer, or null if other words are in the way. */
export function answerList(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly Mention[],
): Mention[] | null {
  const found: Mention[] = [];
  // A trailing description ("at reception", ", who let me pay rent late ...") runs to the next entry.
  const startsModifier = (at: number): boolean => {
    const next = tokens[at];
    return isWord(next) && MODIFIER_STARTERS.has(next.lower)
      ? true
      : next?.text === ',' &&
          isWord(tokens[at + 1]) &&
          MODIFIER_STARTERS.has((tokens[at + 1] as Token).lower);
  };
  const toNextEntry = (at: number): number => {
    let j = at;
    while (j < to) {
      const here = tokens[j] as Token;
      if (LIST_JOINERS.has(here.lower)) {
        let q = j + 1;
        if (here.text === ',' && lowerAt(tokens, q) === 'and') q++;
        // "…, and today Uncle Frank": the day of the next entry in a catch-up list.
        while (ANSWER_DAYS.has(lowerAt(tokens, q))) q++;
        if (['to', 'for'].includes(lowerAt(tokens, q))) q++;
        if (mentions.some((m) => m.start === q && (m.kind === 'name' || m.kind === 'rel'))) return q;
      }
      j++;
    }
    return j;
  };
  let j = from;
  while (j < to) {
    const t = tokens[j] as Token;
    const mention = mentions.find(
      (m) => m.start === j && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
    );
    if (mention) {
      found.push(mention);
      j = mention.end;
      // "- Uncle Bertie - phone call, he cried": what follows a dash is a comment on the person.
      if (['-', '–', '—'].includes(lowerAt(tokens, j))) return found;
      if (startsModifier(j)) j = toNextEntry(j);
      continue;
    }
    // "Pippa, my colleague Ashok's six-year-old, …": an owner inside the last entry's description.
    const owner = mentions.find((m) => m.start === j && m.possessor);
    if (owner && found.length > 0 && found[found.length - 1]?.end === j) {
      j = owner.end;
      while (j < to && isWord(tokens[j]) && !LIST_JOINERS.has(lowerAt(tokens, j))) j++;
      if (startsModifier(j)) j = toNextEntry(j);
      continue;
    }
    // "A thank-you each today: to Pippa, …, and to Odalys and Tancredi": whom each one went to.
    const toWhom =
      ['to', 'for'].includes(t.lower) &&
      (j === from || LIST_JOINERS.has(lowerAt(tokens, j - 1))) &&
      mentions.some((m) => m.start === j + 1 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor);
    if (!t.word || toWhom || ANSWER_FILLERS.has(t.lower) || LIST_JOINERS.has(t.lower)) {
      if (t.text === '(') {
        while (j < to && lowerAt(tokens, j) !== ')') j++;
      }
      j++;
      continue;
    }
    return null;
  }
  return found.length > 0 ? found : null;
}

export function introBlocks(tokens: readonly Token[], from: number, to: number): boolean {
  let thanks = false;
  let negation = false;
  for (let k = from; k < to; k++) {
    const lower = lowerAt(tokens, k);
    if (PLAN_WORDS.has(lower) && !['about', 'may', 'if', 'first'].includes(lower)) return true;
    // "There are three of us on the rota: Nicola, Hannah and Wes": who is there, not who was thanked.
    if (lower === 'there' && ['are', 'were', 'is', 'was', "'s"].includes(lowerAt(tokens, k + 1))) return true;
    if (NEGATION_WORDS.has(lower) || lower.endsWith("n't")) negation = true;
    if (GRATITUDE_WORDS.has(lower) || PREDICATE_WORDS.has(lower)) thanks = true;
  }
  return negation && thanks;
}

export function findAnswers(
  all: readonly Sentence[],
  mentionsBySentence: readonly Mention[][],
  acts: readonly Act[],
): Act[] {
  const answers: Act[] = [];
  const firstContent = all.find((s) => !isPreamble(s));
  let listParagraph = -1; // a paragraph that opened with a bare answer: its following lines may be more
  all.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    const mentions = mentionsBySentence[index] as Mention[];
    const colon = tokens.findIndex((t) => t.text === ':');
    let list: Mention[] | null = null;
    if (colon >= 0 && !introBlocks(tokens, 0, colon))
      list = answerList(tokens, colon + 1, tokens.length, mentions);
    const listLine = sentence.lineStart && sentence.paragraph === listParagraph;
    if (!list && (sentence === firstContent || sentence.bullet || sentence.afterColonLine || listLine)) {
      if (sentence.bullet || sentence.afterColonLine) {
        const intro = [...all.slice(0, index)].reverse().find((s) => !s.bullet && !s.afterColonLine);
        if (
          intro &&
          intro.paragraph === sentence.paragraph &&
          introBlocks(intro.tokens, 0, intro.tokens.length)
        )
          return;
      }
      list = answerList(tokens, 0, tokens.length, mentions);
      if (list && sentence === firstContent) listParagraph = sentence.paragraph;
    }
    // "A thank-you card for Esme, our childminder.": a sentence that is only the thing and whom it was for.
    if (!list && sentence === firstContent) {
      // "Kurze Karte an Frau Brenner:", "Un mot pour Hélène": in other languages too, with an adjective.
      const thing =
        messageNounPhrase(tokens, 0) ||
        (MESSAGE_NOUNS.has(lowerAt(tokens, 0)) ? 1 : MESSAGE_NOUNS.has(lowerAt(tokens, 1)) ? 2 : 0);
      const colon = tokens.findIndex((t, q) => q > thing && t.text === ':');
      if (thing > 0 && ['for', 'to', 'an', 'für', 'à', 'pour', 'a', 'para'].includes(lowerAt(tokens, thing)))
        list = answerList(tokens, thing + 1, colon > 0 ? colon : tokens.length, mentions);
    }
    // A catch-up by turns: "Hier, c'était le tour de ma voisine Josiane", "Tuesday was Mum's turn".
    if (!list) {
      const turn = tokens.findIndex(
        (_, q) =>
          ['le', 'au'].includes(lowerAt(tokens, q)) &&
          lowerAt(tokens, q + 1) === 'tour' &&
          lowerAt(tokens, q + 2) === 'de',
      );
      const first = (at: number) =>
        mentions.find((m) => m.start === at && (m.kind === 'name' || m.kind === 'rel') && !m.possessor);
      const owner = mentions.find(
        (m) =>
          m.possessor &&
          lowerAt(tokens, m.end) === 'turn' &&
          ['was', 'is'].includes(lowerAt(tokens, m.start - 1)),
      );
      const found = turn >= 0 ? first(turn + 3) : owner;
      if (found) list = [found];
    }
    // "Today's was Bogdan, the porter", "Mine was my aunt": an answer however late it comes.
    const opener = ANSWER_OPENERS.find((words) => words.every((w, q) => tokens[q]?.lower === w));
    if (!list && opener) list = answerList(tokens, opener.length, tokens.length, mentions);
    // A catch-up, line by line: "day 2 my neighbour big al for taking my bins out", "Day 4: Shaz
    // at work, bought her a brew", and "today …" among such lines.
    const day = sentence.lineStart ? dayLinePrefix(tokens, all, sentence.paragraph) : 0;
    if (!list && day > 0) {
      const written = tokens[day];
      // "day 4 shaz at work, bought her a brew": a lower-case name opening the day's line.
      const lowerName =
        isWord(written) &&
        !written.cap &&
        // typed all in lower case ("Day 2 catch-up: I called …" is not)
        tokens.slice(day).every((x) => !x.cap) &&
        isPlausibleLowercaseName(written.lower) &&
        (!isWord(tokens[day + 1]) || PLACE_OPENERS_AFTER_NAME.has(lowerAt(tokens, day + 1)))
          ? makeMention({
              kind: 'name',
              sentence: sentence.index,
              start: day,
              end: day + 1,
              name: capitalizeName(written.text),
              key: fold(written.text),
            })
          : undefined;
      const first =
        mentions.find((m) => m.start === day && (m.kind === 'name' || m.kind === 'rel') && !m.possessor) ??
        lowerName;
      list = answerList(tokens, day, tokens.length, mentions) ?? (first ? [first] : null);
    }
    // "I thanked two people today. Femi, who …, and my old headteacher": the sentence after a
    // count of people thanked lists them, or says what went to whom ("First a text to Océane,
    // then a call to my godfather, Dagfinn").
    if (!list && index > 0 && countsThanked((all[index - 1] as Sentence).tokens))
      list = answerList(tokens, 0, tokens.length, mentions) ?? sentToEach(tokens, mentions);
    // "I thanked my boss. And my therapist." continues the act before it.
    const firstWord = tokens.find((t) => t.word);
    if (!list && firstWord && CONTINUATIONS.has(firstWord.lower) && index > 0) {
      const previous = acts.filter((a) => a.sentence === sentence.index - 1 && a.status === 'done');
      if (previous.length > 0)
        list = answerList(tokens, tokens.indexOf(firstWord) + 1, tokens.length, mentions);
    }
    // A lone capitalised word opening the reply ("Lucia!") is an answer only when nothing else in
    // the reply says whom they thanked; "Easy." or "Tough one." must not become a person.
    if (list && list.length === 1 && sentence === firstContent && colon < 0 && !sentence.bullet) {
      const only = list[0] as Mention;
      const lone =
        only.kind === 'name' && !only.relationship && only.name !== null && !only.name.includes(' ');
      if (lone && acts.some((a) => a.status === 'done' && a.targets.length > 0)) list = null;
    }
    // "It was my husband Radek who kept saying I should …": a cleft on whoever did something.
    const only = list?.length === 1 ? list[0] : undefined;
    const before = only
      ? tokens
          .slice(0, only.start)
          .filter((t) => t.word)
          .map((t) => t.lower)
          .join(' ')
      : '';
    if (only && ['it was', "it's", 'it is'].includes(before) && subjectRelativeAt(tokens, only.end))
      list = null;
    if (list) {
      answers.push({
        sentence: sentence.index,
        index: list[0]?.start ?? 0,
        targets: list.map((mention) => ({ mention })),
        status: 'done',
        answer: true,
        thanks: true,
      });
    }
  });
  return answers;
}

/** Where a catch-up line's person begins after "day 3", "Day 3:" or, among such lines, "today"; else 0. */
function dayLinePrefix(tokens: readonly Token[], all: readonly Sentence[], paragraph: number): number {
  let q = tokens.findIndex((t) => t.word);
  if (q < 0) return 0;
  if (lowerAt(tokens, q) === 'day' && /^[1-7]$/.test(lowerAt(tokens, q + 1))) q += 2;
  else if (
    ['today', 'yesterday'].includes(lowerAt(tokens, q)) &&
    all.some((s) => s.paragraph === paragraph && s.lineStart && lowerAt(s.tokens, 0) === 'day')
  )
    q += 1;
  else return 0;
  while ([':', '-', '–', '—', ')', '.'].includes(lowerAt(tokens, q))) q++;
  return q;
}

/** "Thanked two people today", "Two thank-yous today": a number of people or thanks, none named. */
function countsThanked(tokens: readonly Token[]): boolean {
  const thanks = tokens.some((t) => t.lower.startsWith('thank'));
  return (
    thanks &&
    tokens.some(
      (t, q) =>
        COUNT_WORDS.has(t.lower) &&
        ['people', 'folks', 'persons', 'thank-yous', 'thankyous', 'thank-you', 'thanks'].includes(
          lowerAt(tokens, q + 1),
        ),
    )
  );
}

/** "a text to Océane …, then a phone call to my godfather, Dagfinn": each message and its person. */
function sentToEach(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] | null {
  const found: Mention[] = [];
  for (let q = 0; q < tokens.length; q++) {
    if (!MESSAGE_NOUNS.has(lowerAt(tokens, q)) && lowerAt(tokens, q) !== 'call') continue;
    if (!['to', 'for'].includes(lowerAt(tokens, q + 1))) continue;
    const person = mentions.find(
      (m) => m.start >= q + 2 && m.start <= q + 3 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
    );
    if (person && !found.includes(person)) found.push(person);
  }
  return found.length > 0 ? found : null;
}

const INTERJECTIONS: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'lol',
  'haha',
  'hah',
  'so',
  'well',
  'right',
  'hmm',
  'um',
  'erm',
  'phew',
  'wow',
  'oh',
  'yes',
  'yay',
  'done',
]);

/** A greeting, or an opening of interjections only ("lol ok.", "Right, so."): not yet the answer. */
export function isPreamble(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => t.word);
  return (
    isGreeting(sentence) ||
    (words.length > 0 && words.length <= 3 && words.every((t) => INTERJECTIONS.has(t.lower)))
  );
}

export function isGreeting(sentence: Sentence): boolean {
  const first = sentence.tokens.find((t) => t.word);
  return (
    first !== undefined &&
    ['hi', 'hey', 'hello', 'dear', 'hola', 'hallo', 'bonjour', 'salut', 'coucou', 'hiya'].includes(
      first.lower,
    ) &&
    sentence.tokens.filter((t) => t.word).length <= 4
  );
}

export function applyFailures(all: readonly Sentence[], acts: Act[]): void {
  for (const sentence of all) {
    const tokens = sentence.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const call = matchPhrase(tokens, k, CALL_FAILURE_INDEX) > 0;
      // "when I moved away": the participant's own move says nothing about reaching anyone.
      const absent =
        matchPhrase(tokens, k, ABSENCE_FAILURE_INDEX) > 0 && !FIRST_PERSON.has(lowerAt(tokens, k - 1));
      if (!call && !absent && matchPhrase(tokens, k, DELIVERY_FAILURE_INDEX) === 0) continue;
      // "no answer" undoes a call, not a text ("Texted Will. He didn't answer" still thanked him).
      const undoable = (a: Act) => a.status === 'done' && !a.answer && (!call || a.call === true);
      const same = acts.filter((a) => a.sentence === sentence.index && a.index < k && undoable(a));
      const earlierHere = acts.some((a) => a.sentence === sentence.index && a.index < k);
      // "… got a postcard from me. On Monday I typed STOP into a reply and deleted it": the
      // thing this sentence names is what was deleted, not the one before.
      const ownThing = tokens
        .slice(0, k)
        .some(
          (t, q) =>
            (MESSAGE_NOUNS.has(t.lower) || t.lower === 'reply') &&
            ['a', 'an', 'another'].includes(lowerAt(tokens, q - 1)),
        );
      // The last message of the sentence before and the thanks it carried: "Texted Jo to thank her.
      // The message bounced." undoes both; "Called Mum …, then texted Jo. It bounced." only the text.
      const before = acts
        .filter((a) => a.sentence === sentence.index - 1 && undoable(a))
        .sort((a, b) => a.index - b.index);
      const lastContact =
        before.filter((a) => !a.thanks).pop()?.index ?? before[before.length - 1]?.index ?? 0;
      const targets =
        same.length > 0
          ? [same[same.length - 1] as Act]
          : earlierHere || ownThing
            ? []
            : before.filter((a) => a.index >= lastContact);
      for (const target of targets) target.status = 'failed';
    }
  }
}

/** Things brought along as thanks: "went back with a card", "dropped in with a tin of biscuits". */
const BROUGHT_THINGS: ReadonlySet<string> = new Set([
  ...MESSAGE_NOUNS,
  'biscuits',
  'chocolates',
  'chocolate',
  'cake',
  'cakes',
  'bouquet',
  'wine',
  'bottle',
  'tin',
  'box',
  'hamper',
  'cookies',
  'brownies',
  'sweets',
  'treats',
  'fudge',
  'plant',
]);

/**
 * "The person I never thanked was Lorna … I went back to the ward today with a card": thanks owed
 * to someone (a negated or planned act with its person), then a visit with a gift and no other
 * receiver in the next two sentences, is that thanks given.
 */
export function applyDelivery(all: readonly Sentence[], acts: Act[]): void {
  const owed = acts.filter(
    (a) =>
      a.thanks &&
      (a.status === 'negated' || a.status === 'plan') &&
      a.targets.length > 0 &&
      a.targets.every((t) => 'mention' in t),
  );
  for (const debt of owed) {
    for (const sentence of all.slice(debt.sentence + 1, debt.sentence + 3)) {
      const tokens = sentence.tokens;
      const reached = acts.some((a) => a.sentence === sentence.index && a.targets.length > 0);
      const withAt = tokens.findIndex(
        (t, k) => t.lower === 'with' && tokens.slice(k + 1, k + 5).some((x) => BROUGHT_THINGS.has(x.lower)),
      );
      if (reached || withAt < 0 || !pastBefore(tokens, withAt)) continue;
      const clause = clauseStart(tokens, withAt);
      if (subjectIsOther(tokens, clause, withAt, [])) continue;
      acts.push({ ...debt, sentence: sentence.index, index: withAt, status: 'done' });
      break;
    }
  }
}

/**
 * "I'd never thanked her ... So today I did." and "Sarah told me to thank Mike, so I did": a bare
 * "I did" turns the last planned or negated act into a done one. Not "I did it: thanked Bogdan",
 * where the act is spelled out after the colon.
 */
export function applyEllipsis(all: readonly Sentence[], acts: Act[]): void {
  for (const sentence of all) {
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (lowerAt(tokens, k) !== 'did' || !FIRST_PERSON.has(lowerAt(tokens, k - 1))) continue;
      let next = k + 1;
      if (lowerAt(tokens, next) === 'it' || lowerAt(tokens, next) === 'that') next++;
      const after = tokens[next];
      if (
        after &&
        (after.text === ':' ||
          (after.word &&
            !['today', 'tonight', 'too', 'yesterday', 'finally', 'in', 'this', 'after', 'at'].includes(
              after.lower,
            )))
      )
        continue;
      const earlier = acts.filter(
        (a) =>
          (a.sentence < sentence.index || (a.sentence === sentence.index && a.index < k)) &&
          sentence.index - a.sentence <= 2 &&
          a.targets.length > 0,
      );
      const last = earlier[earlier.length - 1];
      if (last && (last.status === 'negated' || last.status === 'plan')) last.status = 'done';
    }
  }
}
