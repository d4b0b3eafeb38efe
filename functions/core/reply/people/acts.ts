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
  NEGATION_WIDENERS,
  RELATIVE_PRONOUNS,
} from '../lexicon/cues';
import { OWN_POSSESSIVES } from '../lexicon/function-words';
import { HOSPITALITY_VERBS, MEALS } from '../lexicon/gifts';
import {
  CLEFT_ADVERBS,
  CLITICS,
  CONTINUATIONS,
  COPULA_ADVERBS,
  COUNT_WORDS,
  GENERIC_PEOPLE,
  INDEFINITE_OBJECTS,
  PASSIVE_AUXILIARIES,
  PERSONAL_PLACES,
  PLACE_OWNERS,
  PLANNED_VERBS,
  SENT_OFF,
  SUBJECT_PRONOUNS,
  TELL_WORDS,
} from '../lexicon/grammar';
import {
  ADDRESS_TIME_WORDS,
  CHANCE_NOUNS,
  CHANCE_VERBS,
  GRATITUDE_WORDS,
  MESSAGE_NOUNS,
  PURPOSE_MARKERS,
  SAID_IT_AFTER,
  SUGGESTION_VERBS,
  THANKS_GONE_NOUNS,
  THANKS_GONE_TO,
  THANKS_GONE_VERBS,
  WRITTEN_THINGS,
} from '../lexicon/verbs';
import { HABIT_OR_PLAN_WORDS, PAST_TIME_ADVERBS, PRESENT_OPENERS, SELF_WORDS } from '../lexicon/words';
import type { Sentence, Token } from '../tokens';
import { namedAfterDescription } from './appositions';
import {
  type ClauseInfo,
  clauseStart,
  collectList,
  isNaming,
  isObjectPronoun,
  isPastForm,
  messageNear,
  messageNounPhrase,
  modality,
  objectsAfter,
  pastBefore,
  pronounRef,
  subjectIsOther,
  subjectRelativeAt,
} from './clauses';
import { unlistedRole } from './descriptions';
import { answeredMine, messageOpening, passedOn, receivedFromMe, relayed, thanksAsThing } from './indirect';
import {
  type Act,
  CAUSAL_INDEX,
  type Context,
  doneAct,
  isWord,
  lowerAt,
  type Mention,
  matchPhrase,
  matchSequence,
  PREDICATES_BY_FIRST,
  type PronounRef,
  type Status,
  type Target,
} from './model';
import { germanGiftAsThanks, germanObjects, separatedParticlePredicate } from './rules/german';
import { cliticTargets, encliticPredicate } from './rules/romance';

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

/**
 * "The person I never thanked was Lorna", "the one I'd never thanked properly is Mrs. Quayle": the
 * verb stands in a clause about "the one", and the person is named after the copula.
 */
function cleftAfter(tokens: readonly Token[], after: number, mentions: readonly Mention[]): Target[] {
  // "The person I thanked today was …", "the one I thanked over the phone on Sunday is …": when or
  // how the clause says it, then the copula; no comma, no new clause, nobody named on the way.
  let q = after;
  while (q - after < 6 && isWord(tokens[q]) && !['was', 'is'].includes(lowerAt(tokens, q))) {
    const lower = lowerAt(tokens, q);
    if (CLAUSE_BREAK_WORDS.has(lower) && !CLEFT_ADVERBS.has(lower)) return [];
    if (mentions.some((m) => m.start === q)) return [];
    q++;
  }
  if (!['was', 'is'].includes(lowerAt(tokens, q))) return [];
  const head = tokens.slice(Math.max(0, after - 7), after).some((t) => GENERIC_PEOPLE.has(t.lower));
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

/**
 * "Found him on LinkedIn and sent a message.": no recipient is written, so the message went to
 * whoever the writer was talking about, one person or several as a pronoun earlier in the sentence
 * says ("Tracked them down and sent a message").
 */
function understoodRecipient(tokens: readonly Token[], sentence: number, verb: number): PronounRef {
  let earlier = verb - 1;
  while (earlier >= 0 && !isObjectPronoun(tokens, earlier)) earlier--;
  // "got to stand on her doorstep with tulips and say thank you", "touched his feet and said thank
  // you": whoever it belongs to, as a pronoun says it (and may reach back as far as one).
  const home = tokens.findIndex(
    (t, q) =>
      q > earlier && q < verb && PLACE_OWNERS.has(t.lower) && PERSONAL_PLACES.has(lowerAt(tokens, q + 1)),
  );
  if (home >= 0) return pronounRef(tokens, sentence, home, PLACE_OWNERS);
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
  // "got to stand on her doorstep with tulips and say thank you": a verb joined by "and" to an
  // infinitive shares its mood.
  const joinedTo = prev === 'and' ? infinitiveBefore(tokens, k - 1) : -1;
  if (joinedTo >= 0) return bareVerbMood(tokens, joinedTo, clause, mentions, earlier);
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
  // "I did thank her"; "I didn't just thank Odile", "Not only did I thank …", "I couldn't not
  // thank her": done, and more.
  const before = lowerAt(tokens, k - 2);
  const emphatic =
    prev === 'did' ||
    (NEGATION_WIDENERS.has(prev) && ["didn't", 'did'].includes(before)) ||
    (FIRST_PERSON.has(prev) && before === 'did' && lowerAt(tokens, k - 3) === 'only') ||
    (prev === 'not' && (before.endsWith("n't") || before === 'not'));
  // "I was able to thank him at the party".
  const able =
    prev === 'to' && lowerAt(tokens, k - 2) === 'able' && ['was', 'were'].includes(lowerAt(tokens, k - 3));
  if (able) return modality(tokens, clause.start, k) === 'negated' ? 'negated' : 'done';
  if (helpedTo(tokens, k)) return modality(tokens, clause.start, k) === 'negated' ? 'negated' : 'done';
  if (pastInPresent(tokens, k, clause) || thanksInPresent(tokens, k, clause)) return 'done';
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

/**
 * Where what follows "said it" begins, when "it" is what was said and nothing more ("finally said
 * it.", "said it to her face", "said it properly"); else 0 ("said it was fine" says something else).
 */
function saidItAt(tokens: readonly Token[], k: number): number {
  if (lowerAt(tokens, k) !== 'said' || lowerAt(tokens, k + 1) !== 'it') return 0;
  const next = tokens[k + 2];
  return !isWord(next) || SAID_IT_AFTER.has(next.lower) ? k + 2 : 0;
}

/**
 * "My daughter helped me write a card to Mr Gupta", "Ma fille m'a aidée à écrire une lettre à
 * Mme Renaud", "Managed to tell her": someone helped, or it took some doing; the verb at `k` is the
 * writer's, and done.
 */
function helpedTo(tokens: readonly Token[], k: number): boolean {
  const prev = lowerAt(tokens, k - 1);
  const helper = prev === 'to' ? k - 2 : k - 1;
  return (
    // "Managed to tell her before she left": done, with some effort.
    (prev === 'to' && ['managed', 'got'].includes(lowerAt(tokens, k - 2))) ||
    // "Had the chance to thank him at the reunion", "finally had time to ring Gran": a chance taken.
    chanceTaken(tokens, k) ||
    // "I did manage to thank his wife": the same, stressed.
    (prev === 'to' && lowerAt(tokens, k - 2) === 'manage' && lowerAt(tokens, k - 3) === 'did') ||
    (lowerAt(tokens, helper) === 'me' && lowerAt(tokens, helper - 1) === 'helped') ||
    (prev === 'à' && /^aidée?$/.test(lowerAt(tokens, k - 2)) && lowerAt(tokens, k - 3) === "m'a")
  );
}

/** "had the chance to", "got a moment to", "found time to": before the verb at `k`. */
function chanceTaken(tokens: readonly Token[], k: number): boolean {
  if (lowerAt(tokens, k - 1) !== 'to' || !CHANCE_NOUNS.has(lowerAt(tokens, k - 2))) return false;
  const verb = ['the', 'a'].includes(lowerAt(tokens, k - 3)) ? k - 4 : k - 3;
  return CHANCE_VERBS.has(lowerAt(tokens, verb));
}

/**
 * "finally i send a message to dona celeste", "yesterday I call my mother": the writer's verb at
 * `k` in the present after a time already past, as a learner may tell what was done.
 */
function pastInPresent(tokens: readonly Token[], k: number, clause: ClauseInfo): boolean {
  return (
    FIRST_PERSON.has(lowerAt(tokens, k - 1)) &&
    tokens.slice(clause.start, k).some((x) => PAST_TIME_ADVERBS.has(x.lower)) &&
    modality(tokens, clause.start, k) === null
  );
}

/**
 * "I thank my teacher Mister Park for help me", "Today I thank my neighbour Fatima": the thanks
 * itself told in the present, as a learner may, with nothing around it of a plan or a habit
 * ("I thank my mum every Sunday").
 */
function thanksInPresent(tokens: readonly Token[], k: number, clause: ClauseInfo): boolean {
  if (lowerAt(tokens, k) !== 'thank' || lowerAt(tokens, k - 1) !== 'i') return false;
  // The writer's own clause, not "(my wife) suggested I thank …": only a time or a joiner before "I".
  if (tokens.slice(clause.start, k - 1).some((x) => isWord(x) && !PRESENT_OPENERS.has(x.lower))) return false;
  if (modality(tokens, clause.start, k) !== null) return false;
  let end = k + 1;
  // (The reason after "for" is its own: "… for help me with English every Tuesday".)
  while (
    end < tokens.length &&
    isWord(tokens[end]) &&
    !CLAUSE_BREAK_WORDS.has(lowerAt(tokens, end)) &&
    lowerAt(tokens, end) !== 'for'
  )
    end++;
  return !tokens.slice(clause.start, end).some((x) => HABIT_OR_PLAN_WORDS.has(x.lower));
}

/** "has (officially) been", "was", "got" right before the participle at `k`: a passive. */
function passiveBefore(tokens: readonly Token[], k: number): boolean {
  let q = k - 1;
  while (q > k - 3 && (COPULA_ADVERBS.has(lowerAt(tokens, q)) || /^\p{L}{3,}ly$/u.test(lowerAt(tokens, q))))
    q--;
  return PASSIVE_AUXILIARIES.has(lowerAt(tokens, q));
}

/** The verb of the nearest "to"-infinitive before `end` in the same stretch of words, or -1. */
function infinitiveBefore(tokens: readonly Token[], end: number): number {
  for (let q = end - 1; q > 0 && end - q <= 12; q--) {
    if (!isWord(tokens[q])) return -1;
    if (lowerAt(tokens, q) === 'to' && isWord(tokens[q + 1])) return q + 1;
  }
  return -1;
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
  const gone = thanksGoneTo(tokens, k);
  if (gone > 0) return gone;
  if (!['went', 'goes', 'go', 'going'].includes(lowerAt(tokens, k))) return 0;
  const before = [lowerAt(tokens, k - 1), lowerAt(tokens, k - 2)];
  // "A big thank you went out to …": the two words as one noun.
  const thankYou = before[0] === 'you' && before[1] === 'thank';
  if (!thankYou && !before.some((w) => MESSAGE_NOUNS.has(w) && w !== 'thank')) return 0;
  // "a card went off today to Mrs. Culverhouse": in a reply to the prompt, the card is the thanks.
  let q = k + 1;
  if (['off', 'out', 'over', 'round'].includes(lowerAt(tokens, q))) q++;
  // "a card went off today to Mrs. Culverhouse"
  while (ADDRESS_TIME_WORDS.has(lowerAt(tokens, q)) && q - k < 5) q++;
  // "Today's thank-you went by email to …": the way it went, then whom to.
  if (['by', 'via'].includes(lowerAt(tokens, q)) && isWord(tokens[q + 1]) && lowerAt(tokens, q + 2) === 'to')
    q += 2;
  return lowerAt(tokens, q) === 'to' ? q + 1 : 0;
}

/**
 * "Made a card for Mrs Quigley", "made her a little video": something written or recorded for
 * someone, in a reply about thanking, is the thanks (a gift alone, "bought flowers", needs the
 * sentence to say so).
 */
function writtenThing(tokens: readonly Token[], after: number): boolean {
  for (let q = after; q < Math.min(tokens.length, after + 5); q++) {
    if (!isWord(tokens[q])) return false;
    if (WRITTEN_THINGS.has(lowerAt(tokens, q))) return true;
  }
  return false;
}

/**
 * "My thanks today were for Íñigo", "Mi agradecimiento de hoy fue para …", "Mein Dank ging heute
 * an …", "Mon merci du jour est allé à …": the thanks a few words before its verb (what day it
 * was may stand between), then to whom; else 0.
 */
function thanksGoneTo(tokens: readonly Token[], k: number): number {
  if (!THANKS_GONE_VERBS.has(lowerAt(tokens, k))) return 0;
  // "The thank you was for Esther": the two words as one noun, as "thank-you".
  const noun = [k - 1, k - 2, k - 3, k - 4].find(
    (q) =>
      THANKS_GONE_NOUNS.has(lowerAt(tokens, q)) ||
      (lowerAt(tokens, q) === 'you' && lowerAt(tokens, q - 1) === 'thank'),
  );
  if (noun === undefined || tokens.slice(noun + 1, k).some((t) => !t.word)) return 0;
  // "My thanks to Rhiannon was …": the thanks already has its person.
  if (tokens.slice(noun + 1, k).some((t) => THANKS_GONE_TO.has(t.lower) && t.lower !== 'de')) return 0;
  let q = k + 1;
  while (
    ADDRESS_TIME_WORDS.has(lowerAt(tokens, q)) ||
    ['heute', 'hoy', "aujourd'hui"].includes(lowerAt(tokens, q))
  )
    q++;
  return THANKS_GONE_TO.has(lowerAt(tokens, q)) ? q + 1 : 0;
}

/** A thank-you as the thing a contact verb sends: "posted a thank-you", "left a thank you card". */
function thankYouAfter(tokens: readonly Token[], after: number): boolean {
  const length = messageNounPhrase(tokens, after);
  if (length === 0) return false;
  return tokens.slice(after, after + length).some((t) => t.lower.startsWith('thank'));
}

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
    // "Caught him at the bus stop and finally said it", "said it to her face": in a reply about
    // thanking, "it" is the thanks.
    const saidIt = saidItAt(tokens, k);
    if (saidIt > 0) {
      const clause = clauseStart(tokens, k);
      if (!subjectIsOther(tokens, clause, k, mentions)) {
        const to = lowerAt(tokens, saidIt) === 'to' ? saidIt + 1 : -1;
        const person = mentions.find((m) => m.start === to && (m.kind === 'name' || m.kind === 'rel'));
        const targets: Target[] = person
          ? [{ mention: person }]
          : to > 0 && isObjectPronoun(tokens, to)
            ? [{ pronoun: pronounRef(tokens, sentence.index, to) }]
            : [{ pronoun: understoodRecipient(tokens, sentence.index, k) }];
        // ("I'd never said it out loud" tells of before, not of a thanks withheld today.)
        if (modality(tokens, clause.start, k) === null) {
          acts.push(doneAct(sentence.index, k, targets));
          continue;
        }
      }
    }
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
        acts.push(doneAct(sentence.index, k, [{ mention: person }]));
        continue;
      }
    }
    // "Today's thank-you went to Mrs. Kowalczyk", "a thank-you letter went off to Mme Quennec".
    const delivered = messageWentTo(tokens, k);
    if (delivered > 0) {
      const targets = objectsAfter(tokens, delivered, sentence, mentions, ctx);
      const clause = clauseStart(tokens, k);
      // "My thank-you is going to Mum tomorrow": only "went" has happened for sure. A relative
      // clause on whom it went to is theirs ("…, Esther, who never once asked me …").
      const relative = tokens.findIndex(
        (x, q) => q > delivered && x.text === ',' && RELATIVE_PRONOUNS.has(lowerAt(tokens, q + 1)),
      );
      const until = t.lower === 'went' ? k : relative > 0 ? relative : tokens.length;
      if (targets.length > 0 && modality(tokens, clause.start, until) === null) {
        acts.push(doneAct(sentence.index, k, targets));
        continue;
      }
    }
    const predicate =
      (PREDICATES_BY_FIRST.get(t.lower) ?? []).find((p) => matchSequence(tokens, k, p.words)) ??
      encliticPredicate(t.lower) ??
      (ctx.language === 'de' ? separatedParticlePredicate(tokens, k) : undefined);
    if (!predicate) {
      // "I'm going to call Anna tomorrow": not an act, but it makes "Anna!" above it a plan, not an answer.
      if (
        PLANNED_VERBS.has(t.lower) &&
        (pastInPresent(tokens, k, clauseStart(tokens, k)) || helpedTo(tokens, k))
      ) {
        const targets = objectsAfter(tokens, k + 1, sentence, mentions, ctx);
        if (targets.length > 0) acts.push(doneAct(sentence.index, k, targets, false));
        continue;
      }
      if (PLANNED_VERBS.has(t.lower) && lowerAt(tokens, k - 1) === 'did') {
        // "I did ring Kerensa": the emphatic "did" makes the plain verb a deed.
        const clause = clauseStart(tokens, k);
        const targets = objectsAfter(tokens, k + 1, sentence, mentions, ctx);
        if (
          targets.length > 0 &&
          modality(tokens, clause.start, k) === null &&
          !subjectIsOther(tokens, clause, k, mentions)
        )
          acts.push(doneAct(sentence.index, k, targets, false));
        continue;
      }
      if (PLANNED_VERBS.has(t.lower)) {
        const clause = clauseStart(tokens, k);
        if (modality(tokens, clause.start, k) !== null && !subjectIsOther(tokens, clause, k, mentions)) {
          recordPlan(k, k + 1, false);
        }
      }
      // "Tucked a thank-you note into Finnbar's bucket": any past verb of the writer's that hands
      // over a thank-you is a giving, whatever the verb.
      const opening = k === tokens.findIndex((x) => x.word) || FIRST_PERSON.has(lowerAt(tokens, k - 1));
      if (opening && isPastForm(t.lower) && thankYouAfter(tokens, k + 1)) {
        const targets = objectsAfter(tokens, k + 1, sentence, mentions, ctx);
        if (targets.length > 0 && modality(tokens, clauseStart(tokens, k).start, k) === null)
          acts.push(doneAct(sentence.index, k, targets, false));
      }
      continue;
    }
    // "picked Mum up from the station", "picked out a card", "chose a card for Gran": collecting,
    // or choosing a thing; only someone chosen is the day's person.
    if (['chose', 'picked'].includes(t.lower)) {
      const chosen = mentions.some((m) => m.start === k + 1 && (m.kind === 'name' || m.kind === 'rel'));
      if (!chosen || tokens.slice(k + 1, k + 5).some((x) => ['up', 'out', 'on'].includes(x.lower))) continue;
    }
    // "a friend called Callum", "she's called Rosa": naming, not phoning.
    if (t.lower === 'called' && isNaming(tokens, k, mentions)) continue;
    const after = k + predicate.words.length;
    // "Straight to voicemail with my cousin, so I left one anyway": the one named before it.
    const oneNamedBefore =
      lowerAt(tokens, after) === 'one' && tokens.slice(0, k).some((x) => predicate.needs?.includes(x.lower));
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
      if (!found && oneNamedBefore) found = true;
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
      const passive = t.lower === 'thanked' && passiveBefore(tokens, k);
      // "Mum was thanked by my brother": someone else's thanks.
      if (passive && lowerAt(tokens, k + 1) === 'by' && !SELF_WORDS.has(lowerAt(tokens, k + 2))) continue;
      if (predicate.object === 'after' && !passive && subjectIsOther(tokens, clause, k, mentions)) continue;
      const mood = modality(tokens, clause.start, k);
      if (mood) status = mood;
    }
    if (predicate.kind === 'attempt') status = status === 'done' ? 'attempt' : status;
    if (
      predicate.kind === 'weak' &&
      !tokens.some((x) => GRATITUDE_WORDS.has(x.lower)) &&
      !(HOSPITALITY_VERBS.has(t.lower) && mealAfter(tokens, after)) &&
      !writtenThing(tokens, after)
    )
      continue;
    let targets: Target[] = [];
    if (predicate.object === 'after') {
      targets = objectsAfter(tokens, after, sentence, mentions, ctx);
      // "Messaged my nain on WhatsApp … to thank her": reached in order to thank, the same.
      // "Rang the Hendersons next door to thank them", "called the groundsman to thank him": the same.
      const object = lowerAt(tokens, after);
      const toThank =
        predicate.kind === 'contact' &&
        (OWN_POSSESSIVES.has(object) || object === 'the') &&
        tokens.some(
          (x, q) =>
            q > after &&
            x.lower === 'thank' &&
            lowerAt(tokens, q - 1) === 'to' &&
            ['her', 'him', 'them'].includes(lowerAt(tokens, q + 1)),
        );
      if (targets.length === 0 && (predicate.kind === 'thank' || toThank)) {
        // "Said thank you to the groundsman": the person after "to".
        const at = lowerAt(tokens, after) === 'to' ? after + 1 : after;
        const role = unlistedRole(tokens, at, sentence.index, ctx, mentions, toThank);
        // ("… a la panadera, la señora Ruiz, y hoy a mi compañero Beto": and whoever follows.)
        if (role) targets = collectList(tokens, role, mentions);
      }
      const only = targets.length === 1 ? targets[0] : undefined;
      if (targets.length === 0 || (only && 'mention' in only && only.mention.kind === 'rel')) {
        const named = namedAfterDescription(
          tokens,
          lowerAt(tokens, after) === 'to' ? after + 1 : after,
          mentions,
        );
        if (named && (!only || ('mention' in only && only.mention.end === named.start - 1)))
          targets = [{ mention: named }];
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
      // ("Saw Barnaby, I told him he's the reason I still play": what was told follows, no tag.)
      const tag =
        TELL_WORDS.has(predicate.words[0] as string) &&
        lowerAt(tokens, k - 1) === 'i' &&
        lowerAt(tokens, k - 2) === ',' &&
        !isWord(tokens[k + 2]);
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
        targets = cliticTargets(tokens, sentence.index, k, t.lower, predicate.form === 'base', clause.start);
    } else {
      const german = germanObjects(tokens, sentence.index, k, mentions, (q) =>
        pronounRef(tokens, sentence.index, q),
      );
      if (german.otherSubject) continue;
      targets = german.targets;
    }
    // "Nadia (my big sister) has officially been thanked": a passive; its subject is the one thanked.
    if (targets.length === 0 && t.lower === 'thanked' && passiveBefore(tokens, k)) {
      let first = clause.start;
      while (first < k && !isWord(tokens[first])) first++;
      const subject = mentions.find(
        (m) => m.start === first && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
      );
      if (subject) targets = [{ mention: subject }];
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
    // "Thanked two people in the end: …": the list after the colon says whom.
    const colon = tokens.findIndex((x, q) => q > after && x.text === ':');
    const countedList =
      COUNT_WORDS.has(lowerAt(tokens, after)) && colon > 0 && tokens.slice(colon).some((x) => x.word);
    if (
      targets.length === 0 &&
      status === 'done' &&
      !countedList &&
      !INDEFINITE_OBJECTS.has(lowerAt(tokens, after)) &&
      ((predicate.kind === 'contact' && (messageNear(tokens, after) || oneNamedBefore)) ||
        predicate.kind === 'thank')
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
      // "Posted a thank-you on the neighbourhood group for whoever found my cat": a thank-you
      // sent is thanks reported, whoever it reached.
      thanks: predicate.kind === 'thank' || (predicate.kind === 'contact' && thankYouAfter(tokens, after)),
      call: CALL_WORDS.has(predicate.words[0] as string),
      weak: predicate.kind === 'weak',
    });
  }
  if (ctx.language === 'de' && !acts.some((a) => a.status === 'done' && a.targets.length > 0)) {
    const receiver = germanGiftAsThanks(tokens, sentence.index, mentions);
    if (receiver.length > 0) acts.push(doneAct(sentence.index, 0, receiver));
  }
  const received = receivedFromMe(sentence, mentions);
  acts.push(...soDid(tokens, sentence.index, mentions, [...acts, ...received]));
  acts.push(
    ...received,
    ...answeredMine(sentence, mentions),
    ...messageOpening(sentence, mentions),
    ...thanksAsThing(sentence, mentions, acts),
    ...passedOn(sentence, mentions),
    ...relayed(sentence, mentions),
  );
  return ctx.language === 'en' ? acts : oneGenderForTheClitics(acts);
}

/**
 * "je lui ai écrit pour la remercier", "la llamé para darle las gracias": two object pronouns of one
 * sentence, one saying her sex and the other not ("lui", "le"), are one person: both take the sex
 * said.
 */
function oneGenderForTheClitics(acts: Act[]): Act[] {
  // The one pronoun an act is done to, a singular one said by the writer.
  const pronounOf = (a: Act): PronounRef | null => {
    const target = a.targets.length === 1 ? a.targets[0] : undefined;
    return target && 'pronoun' in target && !target.pronoun.plural && !target.pronoun.implicit
      ? target.pronoun
      : null;
  };
  const refs = acts.flatMap((a) => pronounOf(a) ?? []);
  const genders = new Set(refs.flatMap((r) => r.gender ?? []));
  if (refs.length < 2 || genders.size !== 1) return acts;
  const [gender = null] = genders;
  return acts.map((a) => {
    const ref = pronounOf(a);
    return ref && ref.gender === null ? { ...a, targets: [{ pronoun: { ...ref, gender } }] } : a;
  });
}

/**
 * "Anouska and Torben both got a thank-you from me today, and so did little Jorinde", "… as did
 * Mr. Obi": the act before, for them too.
 */
function soDid(
  tokens: readonly Token[],
  sentence: number,
  mentions: readonly Mention[],
  before: Act[],
): Act[] {
  const out: Act[] = [];
  for (let q = 1; q + 2 < tokens.length; q++) {
    if (!['so', 'as'].includes(lowerAt(tokens, q))) continue;
    if (!['did', 'was', 'were', 'had', 'does'].includes(lowerAt(tokens, q + 1))) continue;
    const who = mentions.find(
      (m) => m.start >= q + 2 && m.start <= q + 3 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
    );
    const act = before.find((a) => a.status === 'done' && a.index < q && a.targets.length > 0);
    if (who && act) out.push(doneAct(sentence, q, [{ mention: who }], act.thanks));
  }
  return out;
}

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
