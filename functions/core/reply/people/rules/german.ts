/**
 * German puts the participle last: the person thanked stands between the subject and the verb
 * ("Ich habe Oma angerufen", "habe meinem alten Chef, Herrn Wagner, eine E-Mail geschrieben").
 */

import { GERMAN_FINITE_OTHER, OBJECT_PRONOUNS } from '../../lexicon/grammar';
import {
  GERMAN_CLAUSE_OPENERS,
  GERMAN_FIRST_PERSON,
  GERMAN_OTHER_SUBJECTS,
  GERMAN_SUBJECT_BEFORE_DATIVE,
  GERMAN_SUBORDINATORS,
} from '../../lexicon/languages';
import type { Token } from '../../tokens';
import { lowerAt, type Mention, type PronounRef, type Target } from '../model';

export function germanClauseStart(tokens: readonly Token[], index: number): number {
  for (let q = index - 1; q >= 0; q--) {
    const lower = lowerAt(tokens, q);
    if (lower === ';' || lower === ':' || GERMAN_CLAUSE_OPENERS.has(lower)) return q + 1;
  }
  return 0;
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
  const start = germanClauseStart(tokens, verb);
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
    }
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
