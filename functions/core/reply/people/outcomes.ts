/**
 * What later sentences do to acts already read: a failure ("no answer", "it bounced") undoes the
 * act it follows, a bare "So today I did." turns the last plan into a done act, and a visit with a
 * gift delivers thanks that were owed. Each returns new acts; the ones it is given are unchanged.
 */

import {
  ANSWERED_WORDS,
  DIED_WORDS,
  FIRST_PERSON,
  INDEFINITE_SUBJECTS,
  LINE_NOUNS,
  RELATIVE_PRONOUNS,
} from '../lexicon/cues';
import { BROUGHT_THINGS } from '../lexicon/gifts';
import {
  COUNT_WORDS,
  DELIVERED_WORDS,
  DELIVERY_VERBS,
  FUTURE_WORDS,
  MEMBER_COUNTS,
  NOT_YET_WORDS,
} from '../lexicon/grammar';
import { MESSAGE_NOUNS } from '../lexicon/verbs';
import { DONE_TIMES, ELLIPSIS_ADVERBS, ELLIPSIS_TIMES } from '../lexicon/words';
import type { Sentence, Token } from '../tokens';
import { clauseStart, collectList, isObjectPronoun, modality, pastBefore, subjectIsOther } from './clauses';
import {
  ABSENCE_FAILURE_INDEX,
  type Act,
  CALL_FAILURE_INDEX,
  DELIVERY_FAILURE_INDEX,
  doneAct,
  isWord,
  lowerAt,
  type Mention,
  matchPhrase,
  type Target,
} from './model';

/**
 * "I have written him a card and shall hand it to him first thing tomorrow", "… but haven't posted
 * it yet": a message written, and its giving still to come in the same sentence, is thanks
 * planned, not given.
 */
export function applyUndelivered(all: readonly Sentence[], given: readonly Act[]): Act[] {
  return given.map((act) => {
    if (act.status !== 'done') return act;
    const tokens = (all[act.sentence] as Sentence).tokens;
    for (let q = act.index + 1; q < tokens.length; q++) {
      if (!['and', 'but'].includes(lowerAt(tokens, q))) continue;
      let r = q + 1;
      if (FIRST_PERSON.has(lowerAt(tokens, r))) r++;
      // "Wrote a letter to Mrs Ferreira but haven't posted it yet": written, not yet given.
      const not = ['have', 'has', 'had', 'did'].includes(lowerAt(tokens, r)) ? r + 1 : r;
      const notYet =
        NOT_YET_WORDS.has(lowerAt(tokens, not)) &&
        DELIVERED_WORDS.has(lowerAt(tokens, not + 1)) &&
        lowerAt(tokens, not + 2) === 'it';
      if (notYet && tokens.slice(act.index, q).some((t) => MESSAGE_NOUNS.has(t.lower)))
        return { ...act, status: 'plan' as const };
      if (!FUTURE_WORDS.has(lowerAt(tokens, r))) continue;
      while (['to', 'going', 'probably'].includes(lowerAt(tokens, r + 1))) r++;
      const handing = DELIVERY_VERBS.has(lowerAt(tokens, r + 1)) && lowerAt(tokens, r + 2) === 'it';
      const message = tokens.slice(act.index, q).some((t) => MESSAGE_NOUNS.has(t.lower));
      if (handing && message) return { ...act, status: 'plan' as const };
    }
    return act;
  });
}

/**
 * "I phoned his carer, who held the phone up for him, and I thanked him": someone reached only to
 * reach another, whom a relative clause on them names by a pronoun and whom the thanks later in
 * the same sentence went to, is no one thanked.
 */
export function applyIntermediaries(all: readonly Sentence[], given: readonly Act[]): Act[] {
  return given.filter((act) => {
    const only = act.targets.length === 1 ? act.targets[0] : undefined;
    if (act.status !== 'done' || act.thanks || act.answer || !only || !('mention' in only)) return true;
    const tokens = (all[act.sentence] as Sentence).tokens;
    const reached = only.mention.end;
    if (lowerAt(tokens, reached) !== ',' || !RELATIVE_PRONOUNS.has(lowerAt(tokens, reached + 1))) return true;
    let end = reached + 2;
    while (end < tokens.length && !/^[,;.!?]$/.test(lowerAt(tokens, end))) end++;
    // The other one, as an object ("held the phone up for him"), not an owner ("her whole summer").
    const others = new Set<string>();
    for (let q = reached + 2; q < end; q++) if (isObjectPronoun(tokens, q)) others.add(lowerAt(tokens, q));
    const thankedAfter = given.some(
      (a) =>
        a.sentence === act.sentence &&
        a.index > end &&
        a.status === 'done' &&
        a.thanks &&
        a.targets.some((t) => 'pronoun' in t && others.has(lowerAt(tokens, t.pronoun.index))),
    );
    return !thankedAfter;
  });
}

/**
 * "…, but the number belongs to someone else now", "but a stranger answered": the wrong line.
 */
function wrongLine(tokens: readonly Token[], k: number): boolean {
  if (lowerAt(tokens, k) !== 'but') return false;
  let q = k + 1;
  if (
    ['the', 'her', 'his', 'their', 'that'].includes(lowerAt(tokens, q)) &&
    LINE_NOUNS.has(lowerAt(tokens, q + 1))
  )
    return isWord(tokens[q + 2]) || lowerAt(tokens, q + 1) === "number's";
  if (!INDEFINITE_SUBJECTS.has(lowerAt(tokens, q))) return false;
  for (q++; q <= k + 5; q++) if (ANSWERED_WORDS.has(lowerAt(tokens, q))) return true;
  return false;
}

/** "…, but he had died in the spring", "but his wife said he had passed away": no one left to reach. */
function diedSince(tokens: readonly Token[], k: number): boolean {
  if (lowerAt(tokens, k) !== 'but') return false;
  for (let r = k + 1; r <= k + 8 && isWord(tokens[r]); r++)
    if (['he', 'she'].includes(lowerAt(tokens, r)) && diedAt(tokens, r + 1)) return true;
  return false;
}

function diedAt(tokens: readonly Token[], q: number): boolean {
  const at = ['had', 'has', "'d"].includes(lowerAt(tokens, q)) ? q + 1 : q;
  return (
    DIED_WORDS.has(lowerAt(tokens, at)) &&
    (lowerAt(tokens, at) !== 'passed' || lowerAt(tokens, at + 1) === 'away')
  );
}

export function applyFailures(all: readonly Sentence[], given: readonly Act[]): Act[] {
  const acts = given.map((a) => ({ ...a }));
  for (const sentence of all) {
    const tokens = sentence.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const call = matchPhrase(tokens, k, CALL_FAILURE_INDEX) > 0 || wrongLine(tokens, k);
      // A death undoes only an act of its own sentence ("I rang my old coach to thank him, but he
      // had passed away"), never one before it ("I thanked my uncle. My aunt …, but she died").
      const died = diedSince(tokens, k) && acts.some((a) => a.sentence === sentence.index && a.index < k);
      // "when I moved away": the participant's own move says nothing about reaching anyone.
      const absent =
        (matchPhrase(tokens, k, ABSENCE_FAILURE_INDEX) > 0 && !FIRST_PERSON.has(lowerAt(tokens, k - 1))) ||
        died;
      if (!call && !absent && matchPhrase(tokens, k, DELIVERY_FAILURE_INDEX) === 0) continue;
      // "no answer" undoes a call, not a text ("Texted Will. He didn't answer" still thanked him).
      // "Called my old landlady to thank her, but …", "texted my coach to thank her, but I had her
      // number wrong": the thanks the call or message was for goes with it.
      const lastReach = acts
        .filter(
          (a) =>
            a.sentence === sentence.index &&
            a.index < k &&
            a.status === 'done' &&
            (call ? a.call === true : !a.thanks),
        )
        .pop();
      const forTheReach = (a: Act) =>
        lastReach !== undefined && a.sentence === lastReach.sentence && a.index > lastReach.index && a.thanks;
      const undoable = (a: Act) =>
        a.status === 'done' && !a.answer && (!call || a.call === true || forTheReach(a));
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
          ? lastReach && same.some(forTheReach)
            ? [lastReach, ...same.filter(forTheReach)]
            : [same[same.length - 1] as Act]
          : earlierHere || ownThing
            ? []
            : before.filter((a) => a.index >= lastContact);
      for (const target of targets) target.status = 'failed';
    }
  }
  return acts;
}

/**
 * "The person I never thanked was Lorna … I went back to the ward today with a card": thanks owed
 * to someone (a negated or planned act with its person), then a visit with a gift and no other
 * receiver in the next two sentences, is that thanks given.
 */
export function applyDelivery(all: readonly Sentence[], given: readonly Act[]): Act[] {
  const acts = given.map((a) => ({ ...a }));
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
  return acts;
}

/**
 * "The receptionist at my son's school, a lovely woman called Sheryl, rang me every time he was
 * upset. I went in this morning with flowers.": in a reply that reports no thanks otherwise, a
 * visit the writer made with a gift is the thanks, to whoever the story was just about.
 */
export function applyGiftVisit(all: readonly Sentence[], given: readonly Act[]): Act[] {
  const person = (t: Target) => 'pronoun' in t || t.mention.kind === 'name' || t.mention.kind === 'rel';
  if (given.some((a) => a.status === 'done' && a.targets.some(person))) return [...given];
  for (const sentence of all) {
    const tokens = sentence.tokens;
    const withAt = tokens.findIndex(
      (t, k) => t.lower === 'with' && tokens.slice(k + 1, k + 5).some((x) => BROUGHT_THINGS.has(x.lower)),
    );
    if (withAt < 0 || given.some((a) => a.sentence === sentence.index && a.targets.some(person))) continue;
    if (!pastBefore(tokens, withAt) || !FIRST_PERSON.has(lowerAt(tokens, clauseStart(tokens, withAt).start)))
      continue;
    // "sat in the car park with a card for the nurse …, then chickened out": the gift never went.
    if (tokens.some((_, k) => k > withAt && matchPhrase(tokens, k, DELIVERY_FAILURE_INDEX) > 0)) continue;
    const understood = { sentence: sentence.index, index: withAt, gender: null, plural: false };
    const target: Target = { pronoun: { ...understood, implicit: true, anyNumber: true } };
    return [...given, doneAct(sentence.index, withAt, [target])];
  }
  return [...given];
}

/**
 * "Did it. Sat with her for a bit and said all of it.": a reply that opens by saying the day's
 * thanks is done ("Did it.", "Done!", "Done it today.") reports thanks, whoever it went to.
 */
export function applyDone(all: readonly Sentence[], given: readonly Act[]): Act[] {
  const first = all.find((s) => s.tokens.some((t) => t.word));
  if (!first) return [...given];
  const words = first.tokens.filter((t) => t.word).map((t) => t.lower);
  const end = first.tokens[first.tokens.length - 1]?.text;
  const done =
    (words[0] === 'did' && words[1] === 'it') ||
    (words[0] === 'done' && (words.length === 1 || words[1] === 'it'));
  const rest = words.slice(words[0] === 'done' && words[1] !== 'it' ? 1 : 2);
  if (!done || end === '?' || !rest.every((w) => DONE_TIMES.has(w))) return [...given];
  return [...given, doneAct(first.index, 0, [])];
}

/**
 * "I'd never thanked her ... So today I did." and "Sarah told me to thank Mike, so I did": a bare
 * "I did" turns the last planned or negated act into a done one. Not "I did it: thanked Bogdan",
 * where the act is spelled out after the colon.
 */
export function applyEllipsis(all: readonly Sentence[], given: readonly Act[]): Act[] {
  const acts = given.map((a) => ({ ...a }));
  for (const sentence of all) {
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      // "so tonight I finally did": an adverb may stand between.
      const subject = ELLIPSIS_ADVERBS.has(lowerAt(tokens, k - 1)) ? k - 2 : k - 1;
      if (lowerAt(tokens, k) !== 'did' || !FIRST_PERSON.has(lowerAt(tokens, subject))) continue;
      // "I'm not going to pretend I did", "I wish I did": said of what was not done.
      if (modality(tokens, clauseStart(tokens, subject).start, subject) !== null) continue;
      let next = k + 1;
      if (lowerAt(tokens, next) === 'it' || lowerAt(tokens, next) === 'that') next++;
      // "so today I did it finally: I thanked Guiying": spelled out after adverbs too.
      let spelled = next;
      while (ELLIPSIS_ADVERBS.has(lowerAt(tokens, spelled)) || ELLIPSIS_TIMES.has(lowerAt(tokens, spelled)))
        spelled++;
      if (lowerAt(tokens, spelled) === ':') continue;
      const after = tokens[next];
      if (
        after &&
        (after.text === ':' ||
          (after.word &&
            !ELLIPSIS_TIMES.has(after.lower) &&
            !['in', 'this', 'after', 'at'].includes(after.lower)))
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
  return acts;
}

/**
 * "The dinner ladies at my kids' school. Both of them, Pat and Lorraine.": a group thanked, then
 * the sentence after it naming its people ("both of them", "all three of them", "the two of them"),
 * is those people, one entry each; the group's mention is returned as replaced, so that a later
 * "them" goes to the people ("Gave them a card").
 */
export function applyMembers(
  all: readonly Sentence[],
  acts: readonly Act[],
  mentionsBySentence: readonly (readonly Mention[])[],
): { acts: Act[]; replaced: ReadonlySet<Mention> } {
  const replaced = new Set<Mention>();
  const settled = acts.map((act) => {
    const group = act.targets.length === 1 ? act.targets[0] : undefined;
    if (act.status !== 'done' || !group || !('mention' in group) || !group.mention.plural) return act;
    const next = all[act.sentence + 1];
    if (!next || next.paragraph !== all[act.sentence]?.paragraph) return act;
    const tokens = next.tokens;
    const of = tokens.findIndex((t, q) => t.lower === 'of' && lowerAt(tokens, q + 1) === 'them');
    const before = tokens.slice(0, Math.max(0, of)).filter((t) => t.word);
    const counted =
      of > 0 &&
      before.length <= 3 &&
      before.every((t) => MEMBER_COUNTS.has(t.lower) || COUNT_WORDS.has(t.lower));
    if (!counted) return act;
    const mentions = mentionsBySentence[next.index] ?? [];
    let at = of + 2;
    // "Only two of them were on shift, Watch Manager Kay Ibekwe and …": a few words, then the list.
    const colon = tokens.findIndex((t, q) => q > at && q <= at + 5 && [',', ':'].includes(t.text));
    if (isWord(tokens[at]) && colon > 0) at = colon;
    while ([',', ':', '-', '–', '—', '('].includes(lowerAt(tokens, at))) at++;
    const first = mentions.find((m) => m.start === at && m.kind === 'name' && !m.possessor);
    const people = first ? collectList(tokens, first, mentions) : [];
    if (people.length < 2 || people.some((t) => !('mention' in t) || t.mention.kind !== 'name')) return act;
    replaced.add(group.mention);
    return { ...act, targets: people };
  });
  return { acts: settled, replaced };
}
