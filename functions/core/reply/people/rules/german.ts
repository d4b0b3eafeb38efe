/**
 * German puts the participle last: the person thanked stands between the subject and the verb
 * ("Ich habe Oma angerufen", "habe meinem alten Chef, Herrn Wagner, eine E-Mail geschrieben").
 */

import { NEGATION_WORDS, PLAN_WORDS } from '../../lexicon/cues';
import { ENTRY_PREPOSITIONS, GERMAN_FINITE_OTHER, OBJECT_PRONOUNS } from '../../lexicon/grammar';
import {
  GERMAN_CLAUSE_OPENERS,
  GERMAN_COMPANION_PREPOSITIONS,
  GERMAN_DATIVE_DETERMINERS,
  GERMAN_FIRST_PERSON,
  GERMAN_GIFT_PARTICIPLES,
  GERMAN_OTHER_SUBJECTS,
  GERMAN_SEPARATED_PAST,
  GERMAN_SUBJECT_BEFORE_DATIVE,
  GERMAN_SUBORDINATORS,
  GERMAN_THANKS_NOUNS,
} from '../../lexicon/languages';
import type { Predicate } from '../../lexicon/verbs';
import { fold } from '../../normalize';
import type { Token } from '../../tokens';
import {
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  PREDICATES_BY_FIRST,
  type PronounRef,
  type Target,
} from '../model';

export function germanClauseStart(
  tokens: readonly Token[],
  index: number,
  mentions: readonly Mention[] = [],
): number {
  const person = (m: Mention) => m.kind === 'name' || m.kind === 'rel';
  for (let q = index - 1; q >= 0; q--) {
    const lower = lowerAt(tokens, q);
    // "bei Vroni, Vitus und Mats bedankt": an "und" between two people joins them, not two clauses.
    const next = ENTRY_PREPOSITIONS.has(lowerAt(tokens, q + 1)) ? q + 2 : q + 1;
    const joinsPeople =
      lower === 'und' &&
      mentions.some((m) => m.end === q && person(m)) &&
      mentions.some((m) => m.start === next && person(m));
    if (lower === ';' || lower === ':' || (GERMAN_CLAUSE_OPENERS.has(lower) && !joinsPeople)) return q + 1;
  }
  return 0;
}

/**
 * "Ich rief Onkel Dieter an, um mich zu bedanken": the particle ending its clause, with its verb
 * earlier in the clause, read as the participle ("angerufen") with the people between them.
 */
export function separatedParticlePredicate(tokens: readonly Token[], at: number): Predicate | undefined {
  const next = tokens[at + 1];
  if (isWord(next) && !GERMAN_CLAUSE_OPENERS.has(next.lower)) return undefined;
  const particle = lowerAt(tokens, at);
  for (let q = germanClauseStart(tokens, at); q < at; q++) {
    const participle = GERMAN_SEPARATED_PAST.get(`${lowerAt(tokens, q)} ${particle}`);
    const predicate = participle ? PREDICATES_BY_FIRST.get(participle)?.[0] : undefined;
    if (predicate) return { ...predicate, words: [particle] };
  }
  return undefined;
}

export interface GermanObjects {
  targets: Target[];
  /** Someone else is the verb's subject ("Meine Mutter hat mich angerufen"). */
  otherSubject: boolean;
}

/** The people before the participle at `verb`, and whether the clause's subject is someone else. */
export function germanObjects(
  tokens: readonly Token[],
  sentence: number,
  verb: number,
  mentions: readonly Mention[],
  pronounAt: (q: number) => PronounRef,
): GermanObjects {
  const start = germanClauseStart(tokens, verb, mentions);
  const targets: Target[] = [];
  let other = false;
  for (let q = start; q < verb; q++) {
    const m = mentions.find((x) => x.start === q && (x.kind === 'name' || x.kind === 'rel') && !x.possessor);
    if (m) {
      // A person before a finite verb is the subject.
      if (GERMAN_FINITE_OTHER.has(lowerAt(tokens, m.end))) other = true;
      else targets.push({ mention: m });
    } else if (
      OBJECT_PRONOUNS.has(lowerAt(tokens, q)) &&
      !GERMAN_SUBJECT_BEFORE_DATIVE.has(lowerAt(tokens, q - 1))
    ) {
      targets.push({ pronoun: pronounAt(q) });
    } else if (
      lowerAt(tokens, q) === 'sie' &&
      tokens.slice(start, q).some((t) => GERMAN_FIRST_PERSON.has(t.lower))
    ) {
      // "Ich habe sie angerufen", "Ich rief sie an": the writer the subject, "sie" is the object,
      // her or them.
      targets.push({ pronoun: { ...pronounAt(q), gender: null, anyNumber: true } });
    }
  }
  // "Gestern bedankte ich mich bei meinem Opa", "Ich dankte Frau Weber": a finite verb in second
  // place has its objects after it, up to the end of its clause.
  for (let q = verb + 1; targets.length === 0 && q < tokens.length; q++) {
    const lower = lowerAt(tokens, q);
    if (/^[,;:.!?]$/.test(lower) || ['und', 'aber', 'dann', 'denn', 'weil', 'dass'].includes(lower)) break;
    const m = mentions.find((x) => x.start === q && (x.kind === 'name' || x.kind === 'rel') && !x.possessor);
    if (m) targets.push({ mention: m });
    else if (OBJECT_PRONOUNS.has(lower) && q > verb + 1) targets.push({ pronoun: pronounAt(q) });
  }
  const firstPerson = tokens.slice(start, verb).some((t) => GERMAN_FIRST_PERSON.has(t.lower));
  // "…, dass sie jeden Sonntag mit Papa telefoniert": a subordinate clause whose subject is someone else.
  if (
    GERMAN_SUBORDINATORS.has(lowerAt(tokens, start - 1)) &&
    GERMAN_OTHER_SUBJECTS.has(lowerAt(tokens, start))
  )
    other = true;
  void sentence;
  return { targets, otherSubject: other && !firstPerson };
}

/** "als (kleines) Dankeschön", "zum Dank": where a sentence says what was given was the thanks. */
function thanksPurposeAt(tokens: readonly Token[]): number {
  for (let q = 0; q < tokens.length; q++) {
    const lower = lowerAt(tokens, q);
    if (lower === 'zum' && GERMAN_THANKS_NOUNS.has(lowerAt(tokens, q + 1))) return q;
    if (lower !== 'als') continue;
    for (const r of [q + 1, q + 2, q + 3]) if (GERMAN_THANKS_NOUNS.has(lowerAt(tokens, r))) return q;
  }
  return -1;
}

/**
 * "Hab dem Sepp vom Bauhof ein Bier ausgegeben, als Dankeschön", "Habe der Gabi aus der
 * Buchhaltung als Dankeschön Pralinen mitgebracht": a gift or a treat the writer gave as thanks;
 * the one thanked is its dative receiver. Spoken German puts an article before a first name, so a
 * capitalised word after the dative article that no description covers is taken for the name.
 */
export function germanGiftAsThanks(
  tokens: readonly Token[],
  sentence: number,
  mentions: readonly Mention[],
): Target[] {
  const purpose = thanksPurposeAt(tokens);
  if (purpose < 0) return [];
  const verb = tokens.findIndex((t) => GERMAN_GIFT_PARTICIPLES.has(t.lower));
  if (verb < 0) return [];
  // "… als Dankeschön Pralinen mitgebracht": the purpose phrase inside the clause does not open one.
  const start = germanClauseStart(tokens, Math.min(purpose, verb));
  const clause = tokens.slice(start, verb);
  if (!clause.some((t) => GERMAN_FIRST_PERSON.has(t.lower))) return [];
  if (clause.some((t) => NEGATION_WORDS.has(t.lower) || PLAN_WORDS.has(t.lower))) return [];
  // "Ich habe Frau Schulz Blumen gebracht": a name needs no article to be the receiver; one after a
  // preposition ("mit Lena gebacken") is someone the writer did it with.
  const named = mentions.find(
    (m) =>
      m.start >= start &&
      m.end <= verb &&
      m.kind === 'name' &&
      !m.possessor &&
      !GERMAN_DATIVE_DETERMINERS.has(lowerAt(tokens, m.start - 1)) &&
      !GERMAN_COMPANION_PREPOSITIONS.has(lowerAt(tokens, m.start - 1)),
  );
  if (named && !tokens.slice(start, named.start).some((t) => GERMAN_DATIVE_DETERMINERS.has(t.lower)))
    return [{ mention: named }];
  for (let q = start; q < verb; q++) {
    // "den Müllmännern Kekse hingestellt": "den" is a dative before a plural role, an accusative
    // before a thing ("den Kuchen"), so only a role we know counts after it.
    if (lowerAt(tokens, q) === 'den' && q !== purpose) {
      const group = mentions.find(
        (m) => (m.start === q || m.start === q + 1) && m.kind === 'rel' && m.plural,
      );
      if (group) return [{ mention: group }];
    }
    if (!GERMAN_DATIVE_DETERMINERS.has(lowerAt(tokens, q)) || q === purpose) continue;
    let head = q + 1;
    while (head < verb && isWord(tokens[head]) && !(tokens[head] as Token).cap) head++;
    const person = mentions.find(
      (m) => (m.start === q || m.start === head) && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
    );
    if (person) return [{ mention: person }];
    const word = tokens[head];
    if (!isWord(word) || !word.cap || word.upper || GERMAN_THANKS_NOUNS.has(word.lower)) return [];
    // Abstract nouns are no receivers: "der Nachbarschaft", "der Gemeinde".
    if (/(?:ung|heit|keit|schaft|tion|nde|ei)$/.test(word.lower)) return [];
    return [
      {
        mention: makeMention({
          kind: 'name',
          sentence,
          start: head,
          end: head + 1,
          name: word.text,
          key: fold(word.text),
        }),
      },
    ];
  }
  return [];
}
