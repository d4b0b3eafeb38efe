/**
 * Thanks that reaches someone other than as the object of a thanking verb: thanks as a thing that
 * went to them ("Big thanks went to my landlord"), a gift "as a thank you", thanks passed on or
 * relayed by someone else, and a message they received from the writer ("got a call from me").
 */

import { FIRST_PERSON } from '../lexicon/cues';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import {
  ANSWER_AUXILIARIES,
  ANSWER_VERBS,
  BACK_VERBS,
  GERMAN_RECEIVED,
  MESSAGE_DETERMINERS,
  OPENING_CONNECTIVES,
  PRESENT_RECEIVE_WORDS,
  RECEIVE_WORDS,
  SUBJECT_PRONOUNS,
} from '../lexicon/grammar';
import {
  ADDRESS_OPENERS,
  ADDRESS_TIME_WORDS,
  ADDRESSED_ACKNOWLEDGEMENTS,
  ADDRESSED_PAIRS,
  ADDRESSED_THANKS,
  AS_THANKS_PHRASES,
  GOING_WORDS,
  GRATITUDE_WORDS,
  MESSAGE_NOUNS,
  PASS_ON_WORDS,
  PASSIVE_AUXILIARIES,
  PASSIVE_SENDING_WORDS,
  RELAY_ASKERS,
  THANKS_ADJECTIVES,
  THANKS_GONE_NOUNS,
  THANKS_NOUNS,
} from '../lexicon/verbs';
import { DONE_TIMES } from '../lexicon/words';
import type { Sentence } from '../tokens';
import {
  clauseStart,
  collectList,
  isObjectPronoun,
  isPastForm,
  messageNounPhrase,
  modality,
  pastBefore,
  pronounRef,
} from './clauses';
import {
  type Act,
  doneAct,
  indexPhrases,
  isWord,
  lowerAt,
  type Mention,
  matchPhrase,
  type Target,
} from './model';

const AS_THANKS_INDEX = indexPhrases(AS_THANKS_PHRASES);

/**
 * Thanks as a thing that travels: "Big thanks went to my landlord Mr. Abiodun", and a gift given
 * "as a thank you" to the person it was for ("Got coffee for Darnell, the janitor, as a thank you").
 */
export function thanksAsThing(
  sentence: Sentence,
  mentions: readonly Mention[],
  found: readonly Act[],
): Act[] {
  const tokens = sentence.tokens;
  const person = (at: number) =>
    mentions.find((m) => m.start === at && !m.possessor && (m.kind === 'name' || m.kind === 'rel'));
  const act = (index: number, first: Mention): Act =>
    doneAct(sentence.index, index, collectList(tokens, first, mentions));
  const out: Act[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    if (lowerAt(tokens, k + 1) !== 'to') continue;
    // "Thanks were given to my brother Cormac": the same journey in the passive.
    let n = k - 1;
    if (PASSIVE_SENDING_WORDS.has(lowerAt(tokens, k))) {
      while (n > 0 && PASSIVE_AUXILIARIES.has(lowerAt(tokens, n))) n--;
      if (n === k - 1) continue;
    } else if (!GOING_WORDS.has(lowerAt(tokens, k))) continue;
    // "My thanks today went to Nizhoni": a time may stand between the thanks and where it went.
    while (n > 0 && ADDRESS_TIME_WORDS.has(lowerAt(tokens, n))) n--;
    const noun = lowerAt(tokens, n);
    if (!GRATITUDE_WORDS.has(noun) && !MESSAGE_NOUNS.has(noun)) continue;
    if (modality(tokens, 0, k) !== null || lowerAt(tokens, k) === 'going') continue;
    const first = person(k + 2);
    if (first) out.push(act(k, first));
  }
  // "Big thanks today to Rashida", "A huge thank you to the night staff": thanks addressed to
  // someone, not the cause in "Thanks to Hamid I passed".
  for (let k = 0; k < tokens.length - 2; k++) {
    const thanks = lowerAt(tokens, k);
    // "Aujourd'hui, merci à Nadia, la boulangère", "Ein großes Danke an Frau Kowalski".
    const to = ADDRESSED_THANKS.get(thanks);
    // Said by the writer, opening its clause ("A huge shout-out to …"), not "Mum gave me a shout-out to …".
    const opening = tokens
      .slice(clauseStart(tokens, k).start, k)
      .every((x) => !x.word || THANKS_ADJECTIVES.has(x.lower) || ADDRESS_OPENERS.has(x.lower));
    if (
      to?.has(lowerAt(tokens, k + 1)) &&
      modality(tokens, 0, k) === null &&
      (opening || !ADDRESSED_ACKNOWLEDGEMENTS.has(thanks))
    ) {
      const first = person(k + 2) ?? person(k + 1);
      if (first) out.push(act(k, first));
      continue;
    }
    const pair = ADDRESSED_PAIRS.find(([a, b]) => thanks === a && lowerAt(tokens, k + 1) === b);
    if (pair && opening && modality(tokens, 0, k) === null) {
      const at = pair[2] === null ? k + 2 : lowerAt(tokens, k + 2) === pair[2] ? k + 3 : -1;
      const first = at > 0 ? person(at) : undefined;
      if (first) out.push(act(k, first));
      continue;
    }
    // "A word of thanks to Perpetua", "a letter of gratitude to Mr Villanueva": the thanks a thing carried.
    const carrier = tokens[k - 2];
    const carried =
      lowerAt(tokens, k - 1) === 'of' &&
      isWord(carrier) &&
      !FUNCTION_WORDS.has(carrier.lower) &&
      GRATITUDE_WORDS.has(thanks);
    const length =
      thanks === 'thank' && lowerAt(tokens, k + 1) === 'you'
        ? 2
        : THANKS_NOUNS.has(thanks) || carried
          ? 1
          : 0;
    if (length === 0) continue;
    let q = k + length;
    while (ADDRESS_TIME_WORDS.has(lowerAt(tokens, q))) q++;
    const addressed =
      q > k + length || length === 2 || carried || THANKS_ADJECTIVES.has(lowerAt(tokens, k - 1));
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

/**
 * Thanks relayed: "they passed my letter on to Dr. Vuković", "promised to pass it on to her",
 * "the school forwarded my card to Mrs. Iqbal". Whoever carried it, the words were the writer's.
 */
export function passedOn(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  const out: Act[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!PASS_ON_WORDS.has(lowerAt(tokens, k))) continue;
    let q = k + 1;
    let mine = false;
    while (q < Math.min(tokens.length, k + 5) && isWord(tokens[q]) && lowerAt(tokens, q) !== 'to') {
      const lower = lowerAt(tokens, q);
      if (lower === 'my' || lower === 'it' || MESSAGE_NOUNS.has(lower)) mine = true;
      q++;
    }
    // "I didn't know her name, so I wrote to the practice and they passed my letter on to …": only
    // a negation in its own clause undoes the passing on.
    const negated = modality(tokens, clauseStart(tokens, k).start, k) === 'negated';
    if (!mine || lowerAt(tokens, q) !== 'to' || negated) continue;
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
    if (targets.length > 0) out.push(doneAct(sentence.index, k, targets));
  }
  return out;
}

/** "Asked her dad to tell her thank you from me": the thanks reached the one it was for. */
export function relayed(sentence: Sentence, mentions: readonly Mention[]): Act[] {
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
    if (target) out.push(doneAct(sentence.index, k, [target]));
  }
  return out;
}

/** "Both my grandparents got a call from me today": the receiver is the person thanked. */
export function receivedFromMe(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  const acts: Act[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!RECEIVE_WORDS.has(lowerAt(tokens, k))) continue;
    // "the night I got my diagnosis": what the writer got is no thanks of theirs.
    if (FIRST_PERSON.has(lowerAt(tokens, k - 1))) continue;
    // German puts the participle last: "Birte hat heute ein Dankeschön von mir bekommen".
    const last = GERMAN_RECEIVED.has(lowerAt(tokens, k));
    const from = last ? clauseStart(tokens, k).start : k + 1;
    // "The night nurses got a big tin of chocolates and a card from me": what they got, up to the
    // clause's end.
    let to = last ? k : Math.min(tokens.length, k + 10);
    for (let p = from; p < to; p++) if (!last && /^[.,;:!?]$/.test(lowerAt(tokens, p))) to = p;
    let q = from;
    while (q < to && !['from', 'von'].includes(lowerAt(tokens, q))) q++;
    // "from me", or from nobody named: "Ezra got a thank-you for the drawing" (not "a card from Dad").
    const fromMe =
      q >= to || ['me', 'us', 'mí', 'nosotros', 'mir', 'uns', 'moi', 'nous'].includes(lowerAt(tokens, q + 1));
    // "… and then Amara and Sefton got one each": "one" is the thank-you named before it.
    const namedBefore = tokens.slice(0, k).some((t) => MESSAGE_NOUNS.has(t.lower) && t.lower !== 'thank');
    const message = tokens
      .slice(from, q)
      .some(
        (t) =>
          MESSAGE_NOUNS.has(t.lower) ||
          THANKS_GONE_NOUNS.has(t.lower) ||
          t.lower === 'call' ||
          (t.lower === 'one' && namedBefore),
      );
    if (!fromMe || !message) continue;
    const clause = clauseStart(tokens, k);
    const person = (m: Mention) => (m.kind === 'name' || m.kind === 'rel') && !m.possessor;
    let receiver = mentions.filter((m) => m.start >= clause.start && m.end <= k && person(m));
    // "Mira, Tomas and Cyrus got a text each", "Marnix, Oona, and Jip all got …": a list's first
    // names before the clause's comma.
    for (let first = receiver[0]; first; ) {
      const at = first.start;
      const comma = lowerAt(tokens, at - 1) === ',' ? at - 1 : -1;
      const serial =
        ['and', '&'].includes(lowerAt(tokens, at - 1)) && lowerAt(tokens, at - 2) === ',' ? at - 2 : -1;
      const end = serial >= 0 ? serial : comma;
      if (end < 0) break;
      const before = mentions.find((m) => m.end === end && person(m));
      if (!before) break;
      receiver = [before, ...receiver];
      first = before;
    }
    // "The lady at the post office, whose name is Bernadette, got a thank-you from me"
    if (receiver.length === 0)
      receiver = mentions.filter((m) => m.end <= k && (m.kind === 'name' || m.kind === 'rel')).slice(0, 1);
    // "Today he got a phone call from me": the one the pronoun stands for.
    const he = tokens.slice(clause.start, k).findIndex((t) => SUBJECT_PRONOUNS.has(t.lower));
    if (receiver.length === 0 && he >= 0) {
      acts.push(
        doneAct(sentence.index, k, [{ pronoun: pronounRef(tokens, sentence.index, clause.start + he) }]),
      );
      continue;
    }
    if (receiver.length === 0) continue;
    const act = doneAct(
      sentence.index,
      k,
      receiver.map((mention) => ({ mention })),
    );
    // "Birte wird morgen ein Dankeschön bekommen": still to come as the clause says.
    const said = modality(tokens, clause.start, k);
    if (said) {
      acts.push({ ...act, status: said });
      continue;
    }
    // "Grandad gets a phone call on Sunday": still to come, unless it says today.
    // ("at" and "this" only as "at last", "this morning": "at Christmas" is still to come.)
    const today = tokens.some(
      (t, q) =>
        DONE_TIMES.has(t.lower) &&
        (t.lower !== 'at' || lowerAt(tokens, q + 1) === 'last') &&
        (t.lower !== 'last' || lowerAt(tokens, q - 1) === 'at') &&
        (t.lower !== 'this' || DONE_TIMES.has(lowerAt(tokens, q + 1))),
    );
    acts.push(PRESENT_RECEIVE_WORDS.has(lowerAt(tokens, k)) && !today ? { ...act, status: 'plan' } : act);
  }
  return acts;
}

/**
 * "My old teacher replied to my thank-you note", "Tomasz texted back to my message", "She loved my
 * card": someone answering what the writer sent had it, so was thanked. The writer's message is
 * "my" message; the one who answered is the clause's subject before the verb.
 */
export function answeredMine(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  const acts: Act[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    const lower = lowerAt(tokens, k);
    let q = k + 1;
    if (BACK_VERBS.has(lower) && lowerAt(tokens, q) === 'back') q++;
    else if (!ANSWER_VERBS.has(lower)) continue;
    if (lowerAt(tokens, q) === 'to') q++;
    if (lowerAt(tokens, q) !== 'my' || messageNounPhrase(tokens, q) === 0) continue;
    const clause = clauseStart(tokens, k);
    // "she hasn't replied to my message yet": the message was sent all the same.
    let verb = k;
    while (verb > clause.start && ANSWER_AUXILIARIES.has(lowerAt(tokens, verb - 1))) verb--;
    const subject = mentions.find(
      (m) =>
        m.start === clause.start && m.end === verb && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
    );
    const pronoun = verb === clause.start + 1 && SUBJECT_PRONOUNS.has(lowerAt(tokens, clause.start));
    const target: Target | null = subject
      ? { mention: subject }
      : pronoun
        ? { pronoun: pronounRef(tokens, sentence.index, clause.start) }
        : null;
    if (target) acts.push(doneAct(sentence.index, k, [target]));
  }
  return acts;
}

/**
 * "then a txt to Théo to say thx", "voice note to my uncle Zacharias saying thx": a sentence that
 * opens with the message and whom it went to, with no verb, reports it sent.
 */
export function messageOpening(sentence: Sentence, mentions: readonly Mention[]): Act[] {
  const tokens = sentence.tokens;
  let q = tokens.findIndex((t) => t.word);
  if (q < 0) return [];
  while (OPENING_CONNECTIVES.has(lowerAt(tokens, q))) q++;
  const start = q;
  if (MESSAGE_DETERMINERS.has(lowerAt(tokens, q))) q++;
  // Adjectives only before the message ("a quick txt"), no verb ("I wrote a long email to …").
  while (q - start < 3 && isWord(tokens[q]) && !MESSAGE_NOUNS.has(lowerAt(tokens, q))) {
    const lower = lowerAt(tokens, q);
    if (FUNCTION_WORDS.has(lower) || isPastForm(lower)) return [];
    q++;
  }
  if (!MESSAGE_NOUNS.has(lowerAt(tokens, q))) return [];
  while (MESSAGE_NOUNS.has(lowerAt(tokens, q))) q++;
  if (lowerAt(tokens, q) !== 'to' || modality(tokens, 0, tokens.length) !== null) return [];
  const person = mentions.find(
    (m) => m.start === q + 1 && !m.possessor && (m.kind === 'name' || m.kind === 'rel'),
  );
  if (!person) return [];
  const thanks = tokens.slice(start, q).some((t) => t.lower.startsWith('thank'));
  return [doneAct(sentence.index, start, collectList(tokens, person, mentions), thanks)];
}
