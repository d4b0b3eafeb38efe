/**
 * Whom did the participant thank? Works on their own words only (quotes and signatures already
 * removed) in English, Spanish, German or French:
 *
 * 1. Mentions: names (with titles, diacritics, apostrophes, hyphens, family-name-first order),
 *    relationship descriptions ("my sister Anna", "our neighbors Dawn and Abe", "the sanitation
 *    crew"), with appositives and parentheses ("Ingrid, my first lab supervisor", "Omar (bus
 *    driver)") giving the relationship and nicknames ("Bartholomew (Bart to everyone)").
 * 2. Acts: a thanking or contact verb with the participant as subject and a person as object
 *    ("Called my cousin", "I wrote a proper letter (on paper!) to Harriet", "je l'ai remerciée",
 *    "Oma angerufen"), not negated, planned, attempted or undone by a failure ("no answer").
 *    Bare answers count too: "Coach Rivera.", a bullet list, "Two people: my landlord and Greta".
 * 3. Pronouns ("thanked her") resolve to the most recent compatible person mentioned, preferring
 *    main clauses and respecting gender where the text gives it ("his wife, Dorothy" is not "him").
 *
 * People only mentioned, the participant, the service and places are never entries.
 */

import { type Channel, channelOf } from '../channel';
import { NAME_CORRECTION, NAME_MEANT, NAME_SELF_CORRECTION } from '../lexicon/corrections';
import { FIRST_PERSON, NOBODY_PHRASES, RELATIVE_PRONOUNS } from '../lexicon/cues';
import { FUNCTION_WORDS, OWN_POSSESSIVES } from '../lexicon/function-words';
import { CONTINUATIONS, LANGUAGE_MARKERS } from '../lexicon/grammar';
import { ANIMAL_WORDS, KINSHIP_NAMES } from '../lexicon/relationships';
import { MESSAGE_NOUNS } from '../lexicon/verbs';
import { fold } from '../normalize';
import { type Sentence, sentences as splitSentences } from '../tokens';
import { findActs } from './acts';
import { findAnswers, isPreamble } from './answers';
import { isPastForm } from './clauses';
import {
  buildEntities,
  type Company,
  companiesOf,
  type Entity,
  entityName,
  resolvePronoun,
} from './entities';
import { findMentions } from './mentions';
import {
  type Act,
  type Context,
  type Language,
  type Mention,
  type PeopleOptions,
  type PeopleResult,
  type Status,
  stripPossessive,
  type ThankedPerson,
  textOf,
} from './model';
import { atSentenceStart } from './names';
import {
  applyDelivery,
  applyDone,
  applyEllipsis,
  applyFailures,
  applyGiftVisit,
  applyIntermediaries,
  applyMembers,
  applyUndelivered,
} from './outcomes';
import { findSpokenThanks } from './speech';

export type { PeopleOptions, PeopleResult, ThankedPerson };

function guessLanguage(text: string): Language {
  const words = fold(text).match(/[\p{L}']+/gu) ?? [];
  let best: Language = 'en';
  let bestScore = 0;
  for (const language of ['en', 'es', 'de', 'fr'] as const) {
    const markers = LANGUAGE_MARKERS[language];
    const score = words.reduce((n, w) => (markers.has(w) ? n + 1 : n), 0);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

function isLowercaseText(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  // Acronyms ("ID", "OK", "GP") say nothing of how the writer types names.
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  return capitalised / words.length < 0.03;
}

function isShouted(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => w === w.toUpperCase()).length / words.length > 0.5;
}

/** Words written capitalised where a sentence does not start: names, whatever starts a sentence. */
function midSentenceCaps(all: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of all)
    tokens.forEach((t, i) => {
      if (t.word && t.cap && !t.upper && !atSentenceStart(tokens, i))
        found.add(stripPossessive(t.lower).base);
    });
  return found;
}

/** The act's sentence ends in a colon and a list follows it. */
function introducesList(all: readonly Sentence[], place: ActPlace): boolean {
  const tokens = all[place.sentence]?.tokens ?? [];
  return tokens[tokens.length - 1]?.text === ':' && all[place.sentence + 1]?.afterColonLine === true;
}

/** "Thanked my team at work: Priyanka, Olu and Henrik": a group whose members are named after a colon. */
function namesFollowColon(all: readonly Sentence[], group: Mention, entities: readonly Entity[]): boolean {
  const tokens = all[group.sentence]?.tokens ?? [];
  const colon = tokens.findIndex(
    (t, k) => k >= group.end && k <= group.end + 4 && [':', '-', '–', '—'].includes(t.text),
  );
  if (colon < 0) return false;
  // The names open what follows the colon or dash ("…: Priyanka, Olu and Henrik"); a brand later on
  // ("- left a tin of Quality Street") lists nobody.
  return entities.some((e) =>
    e.mentions.some(
      (m) => m.kind === 'name' && m.sentence === group.sentence && m.start > colon && m.start <= colon + 2,
    ),
  );
}

/** The only person a sentence names, when the sentence is nothing else ("Jo.", "My old flatmate."). */
function soleMention(
  sentence: Sentence | undefined,
  mentions: readonly Mention[],
  withPlace = false,
): Mention | null {
  if (!sentence) return null;
  const here = mentions.filter((m) => m.sentence === sentence.index);
  if (here.length !== 1) return null;
  const only = here[0] as Mention;
  // "My first landlady in London.": where they are is part of the description.
  const placeAt = sentence.tokens[only.end]?.text === ',' ? only.end + 1 : only.end;
  const tail =
    withPlace &&
    ['in', 'at', 'from', 'on', 'under', 'near', 'behind', 'across', 'opposite'].includes(
      sentence.tokens[placeAt]?.lower ?? '',
    )
      ? sentence.tokens.length
      : only.end;
  const words = sentence.tokens.filter((t, k) => t.word && (k < only.start || k >= tail));
  return words.length === 0 ? only : null;
}

/** "My landlord, of all people!": the only person of a sentence, then a comma and a few words. */
function describedWithComment(sentence: Sentence, mentions: readonly Mention[]): Mention | null {
  const here = mentions.filter((m) => m.sentence === sentence.index);
  const only = here[0];
  if (here.length !== 1 || !only || sentence.tokens.slice(0, only.start).some((t) => t.word)) return null;
  if (sentence.tokens[only.end]?.text !== ',') return null;
  const rest = sentence.tokens.slice(only.end + 1).filter((t) => t.word);
  // A word on them, not a clause of its own ("…, who I called", "…, I rang her").
  const comment = rest.every(
    (t) => !t.cap && !isPastForm(t.lower) && !FIRST_PERSON.has(t.lower) && !RELATIVE_PRONOUNS.has(t.lower),
  );
  return rest.length > 0 && rest.length <= 3 && comment ? only : null;
}

/** "…but my own Priya!": the name a sentence ends on, nothing after it. */
function closingName(sentence: Sentence, mentions: readonly Mention[]): Mention | null {
  const last = mentions.filter((m) => m.sentence === sentence.index).at(-1);
  if (last?.kind !== 'name' || last.possessor) return null;
  return sentence.tokens.slice(last.end).some((t) => t.word) ? null : last;
}

/**
 * "Jo. My old flatmate. Texted her …", "Not the Priya from your example, my own Priya! My mentor.":
 * a sentence that is only a description, right after one that is only a name or ends on one,
 * describes that name; the two are one person.
 */
function joinSentenceAppositions(all: readonly Sentence[], mentions: Mention[]): Mention[] {
  const absorbed = new Set<Mention>();
  for (let k = 0; k + 1 < all.length; k++) {
    // Lines of a list ("* Pilar at reception", "* my roommate") are one person each.
    const listed = [all[k], all[k + 1]].some((s) => s?.bullet || s?.afterColonLine);
    if (listed) continue;
    const name = soleMention(all[k], mentions) ?? closingName(all[k] as Sentence, mentions);
    const rel = soleMention(all[k + 1], mentions, true);
    if (name?.kind !== 'name' || rel?.kind !== 'rel' || rel.plural || rel.others) continue;
    name.relationship ??= rel.relationship;
    name.gender ??= rel.gender;
    name.describedIn = rel.sentence;
    absorbed.add(rel);
  }
  // "My landlord, of all people! Mr Baptiste fixed the boiler …": a description alone (a word on
  // it at most), then a sentence whose subject is a name with no description of its own.
  for (let k = 0; k + 1 < all.length; k++) {
    const next = all[k + 1] as Sentence;
    // Only as the reply's opening: a list's last line is no description of what follows.
    if ([all[k], next].some((s) => s?.bullet || s?.afterColonLine) || mentions.some((m) => m.sentence < k))
      continue;
    const rel = soleMention(all[k], mentions) ?? describedWithComment(all[k] as Sentence, mentions);
    const first = next.tokens.findIndex((t) => t.word);
    const name = mentions.find((m) => m.sentence === next.index && m.start === first);
    if (
      rel?.kind !== 'rel' ||
      rel.plural ||
      rel.others ||
      !OWN_POSSESSIVES.has(all[k]?.tokens[rel.start]?.lower ?? '')
    )
      continue;
    if (name?.kind !== 'name' || name.relationship || name.possessor || KINSHIP_NAMES.has(name.key ?? ''))
      continue;
    const verb = next.tokens[name.end];
    if (!verb?.word || verb.cap || FUNCTION_WORDS.has(verb.lower)) continue;
    name.relationship = rel.relationship;
    name.gender ??= rel.gender;
    absorbed.add(rel);
  }
  // "It was Al I called in the end, my stepdad.": a description closing the sentence after a
  // comma describes the one person the sentence named.
  for (const sentence of all) {
    const here = mentions.filter((m) => m.sentence === sentence.index && !absorbed.has(m));
    const last = here[here.length - 1];
    const names = here.filter((m) => m.kind === 'name' && !m.possessor);
    const closes = last && sentence.tokens.slice(last.end).every((t) => !t.word);
    if (
      last?.kind !== 'rel' ||
      last.plural ||
      last.others ||
      !closes ||
      names.length !== 1 ||
      here.length !== 2 ||
      sentence.tokens[last.start - 1]?.text !== ','
    )
      continue;
    const name = names[0] as Mention;
    name.relationship ??= last.relationship;
    name.gender ??= last.gender;
    absorbed.add(last);
  }
  return mentions.filter((m) => !absorbed.has(m));
}

/** What the acts say about one person: how each act went, and where the thanks was reported. */
interface Evidence {
  statuses: Status[];
  /** Thanked by a thanking or contact verb (not only a bare answer or a gift). */
  strong: boolean;
  /** Where the acts that were done stand, for how the thanks was given. */
  places: ActPlace[];
}

interface ActPlace {
  sentence: number;
  index: number;
}

interface Tally {
  byEntity: ReadonlyMap<number, Evidence>;
  /** Some act of thanks was done, whoever it reached. */
  someone: boolean;
  /** Done acts whose person could not be identified (a pronoun with no antecedent). */
  unresolved: number;
}

/** Resolves every act's targets to people and sums up, per person, what was done. */
function tallyActs(
  acts: readonly Act[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
  companies: readonly Company[],
): Tally {
  const byEntity = new Map<number, Evidence>();
  let unresolved = 0;
  let someone = false;
  for (const act of acts) {
    const done = act.status === 'done';
    const full = done && !act.weak && !act.answer;
    for (const target of act.targets) {
      let resolved: Entity[];
      if ('pronoun' in target) {
        resolved = resolvePronoun(target.pronoun, mentions, entities, acts, companies);
        if (resolved.length === 0 && done) unresolved++;
      } else {
        const m = target.mention;
        if (m.kind === 'service' || m.kind === 'self') continue;
        resolved = m.entity >= 0 ? [entities[m.entity] as Entity] : [];
      }
      for (const entity of resolved) {
        const before = byEntity.get(entity.id) ?? { statuses: [], strong: false, places: [] };
        const place = { sentence: act.sentence, index: act.index };
        byEntity.set(entity.id, {
          statuses: [...before.statuses, act.status],
          strong: before.strong || full,
          places: done && before.places.length < 3 ? [...before.places, place] : before.places,
        });
      }
      if (full) someone = true;
    }
    // "Thanked her" with no object we could read still reports thanks.
    if (done && act.targets.length === 0 && act.thanks) someone = true;
  }
  return { byEntity, someone, unresolved };
}

/** The words around an act (its clause, more or less): what says how the thanks was given. */
function actClause(all: readonly Sentence[], place: ActPlace): string {
  const tokens = all[place.sentence]?.tokens ?? [];
  // From the start of the act's clause ("In person, I thanked …" keeps its manner; "Texted Mom
  // and called Dad" gives Dad the call), to a little past the verb's object.
  let start = place.index;
  while (start > Math.max(0, place.index - 6)) {
    const before = tokens[start - 1]?.lower ?? '';
    if (CONTINUATIONS.has(before) || /^[;:.!?]$/.test(before)) break;
    start--;
  }
  return textOf(tokens, start, place.index + 20);
}

/** How the thanks was given: said by the act's clause, or by the sentences after a bare answer. */
function channelFor(all: readonly Sentence[], places: readonly ActPlace[]): Channel | null {
  for (const place of places) {
    const channel = channelOf(actClause(all, place));
    if (channel) return channel;
  }
  const first = places[0]?.sentence ?? 0;
  for (const next of [first + 1, first + 2]) {
    const channel = channelOf(actClause(all, { sentence: next, index: 0 }));
    if (channel) return channel;
  }
  return null;
}

/** The people thanked, in order of first mention, each with how the thanks was given when it is said. */
function chooseThanked(
  entities: readonly Entity[],
  evidence: ReadonlyMap<number, Evidence>,
  all: readonly Sentence[],
  senderKey: string | null,
): ThankedPerson[] {
  const thanked: ThankedPerson[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    const found = evidence.get(entity.id);
    if (!found?.statuses.includes('done')) continue;
    // A bare answer or a gift is undone by a plan or a failure reported for the same person.
    if (!found.strong && found.statuses.some((s) => s !== 'done')) continue;
    if (entity.mentions.every((m) => m.kind === 'rel' && !m.identified)) continue; // "a few people"
    // "Thanked the three receptionists at the surgery:" and then their names: the names are the entries.
    if (
      entity.mentions.every((m) => m.kind === 'rel' && m.plural) &&
      (found.places.some((p) => introducesList(all, p)) ||
        entity.mentions.some((m) => namesFollowColon(all, m, entities)))
    )
      continue;
    const name = entityName(entity);
    if (!name) continue;
    const key = fold(name);
    if (seen.has(key) || (senderKey && key === senderKey)) continue;
    seen.add(key);
    const relationship = entity.mentions.find((m) => m.relationship)?.relationship ?? null;
    const channel = channelFor(all, found.places);
    thanked.push({ name, relationship, channel });
  }
  return thanked;
}

/** Finds the people the participant reports having thanked. Never throws on any string. */
/** "I meant Jo not Jen", "sorry, I mean Craig, not Greg": the writer's own correction of a name. */
/** `thanked` with the entry at `at` renamed `right` (and any other entry already so named merged into it). */
function renamed(thanked: ThankedPerson[], at: number, right: string): ThankedPerson[] {
  return thanked
    .map((p, k) => (k === at ? { ...p, name: right } : p))
    .filter((p, k) => k === at || fold(p.name) !== fold(right));
}

/** Names the writer corrected in the same reply ("I mean Craig, not Greg", "No, wait: it's Rhian"). */
function correctedInText(thanked: ThankedPerson[], text: string): ThankedPerson[] {
  let out = thanked;
  for (const [, right, wrong] of text.matchAll(NAME_CORRECTION)) {
    if (!right || !wrong) continue;
    const at = out.findIndex((p) => fold(p.name) === fold(wrong));
    if (at >= 0) out = renamed(out, at, right);
  }
  // "I mean Dymphna.": the name meant for the one person thanked, or in place of the other one
  // ("It was Dymphna I thanked" said again after it).
  for (const [, right] of text.matchAll(NAME_MEANT)) {
    if (!right) continue;
    const meant = out.findIndex((p) => fold(p.name) === fold(right));
    if (out.length === 1 && meant < 0) out = renamed(out, 0, right);
    else if (out.length === 2 && meant >= 0) out = [out[meant] as ThankedPerson];
  }
  // The right name alone replaces the one much like it (the same first three letters).
  for (const [, right] of text.matchAll(NAME_SELF_CORRECTION)) {
    if (!right) continue;
    const stem = fold(right).slice(0, 3);
    const at = out.findIndex((p) => fold(p.name) !== fold(right) && fold(p.name).startsWith(stem));
    if (at >= 0) out = renamed(out, at, right);
  }
  return out;
}

/** Every mention of a pet ("our dog Biscuit" and, later, "Biscuit") leaves the people. */
function withoutPets(bySentence: Mention[][]): Mention[][] {
  const pets = new Set(
    bySentence
      .flat()
      .filter((m) => m.relationship !== null && ANIMAL_WORDS.has(m.relationship))
      .map((m) => m.key ?? m),
  );
  if (pets.size === 0) return bySentence;
  return bySentence.map((list) => list.filter((m) => !pets.has(m.key ?? m)));
}

/**
 * "Thanks given: 1. Chioma 2. Mrs Field 3. my cousin Luis": a numbered list written on one line
 * (after a colon or opening it), put one entry to a line as a list is (its numbers would otherwise
 * end sentences). "Am 1. Dezember … am 2. Dezember" inside a sentence is left as it is.
 */
function unfoldNumberedLists(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      /(?:^|:)\s*1[.)]\s+\S.*\s2[.)]\s+\S/.test(line)
        ? line.replace(/(^|[:\s])\s*([1-9])[.)]\s+/g, '$1\n$2. ')
        : line,
    )
    .join('\n');
}

export function findThanked(text: string, options: PeopleOptions = {}): PeopleResult {
  const all = splitSentences(unfoldNumberedLists(text.slice(0, 50_000))).slice(0, 400);
  const ctx: Context = {
    lowercaseMode: isLowercaseText(text),
    shouting: isShouted(text),
    midSentenceCaps: midSentenceCaps(all),
    language: guessLanguage(text),
    messageMentioned: false,
    openingSentence: Math.max(
      0,
      all.findIndex((s) => !isPreamble(s)),
    ),
  };
  const senderKey = options.senderName ? fold(options.senderName.trim()) : null;

  const mentionsBySentence = withoutPets(all.map((s) => findMentions(s, ctx, senderKey)));
  const heard = all.flatMap((s, k) => {
    const found = findActs(s, mentionsBySentence[k] as Mention[], ctx);
    if (s.tokens.some((t) => MESSAGE_NOUNS.has(t.lower) && t.lower !== 'thanks' && t.lower !== 'thank'))
      ctx.messageMentioned = true;
    return found;
  });
  // Thanks in the writer's quoted words says whom the verb before it reached ("Le dije: «Maite, …»").
  const spoken = findSpokenThanks(all, mentionsBySentence);
  const said = (a: Act) => spoken.some((x) => x.sentence === a.sentence && x.index === a.index);
  const read = [...heard.filter((a) => !said(a)), ...spoken].sort(
    (a, b) => a.sentence - b.sentence || a.index - b.index,
  );
  const acts = applyDone(
    all,
    applyGiftVisit(
      all,
      applyDelivery(
        all,
        applyEllipsis(all, applyUndelivered(all, applyFailures(all, applyIntermediaries(all, read)))),
      ),
    ),
  );
  // "Bill! My first boss at the garage.": a word-name standing alone, described by the sentence
  // after it, is a person.
  for (let k = 0; k + 1 < all.length; k++) {
    const name = soleMention(all[k], mentionsBySentence[k] ?? []);
    const rel = soleMention(all[k + 1], mentionsBySentence[k + 1] ?? [], true);
    if (name?.kind === 'name' && name.weak && rel?.kind === 'rel' && !rel.plural) name.weak = false;
  }
  const answers = findAnswers(all, mentionsBySentence, acts, ctx);
  // A weak word-name ("Hope!") is a person when the sentence is an answer.
  // It is what the reply is about, too: a later "her" may mean it ("The first was our health
  // visitor, who … I thanked her").
  for (const act of answers)
    for (const t of act.targets)
      if ('mention' in t) {
        t.mention.weak = false;
        t.mention.salient = true;
      }
  // Whom the writer reached is what the story is about: "I wrote to Tiberio …, the last time we
  // saw each other was at my brother's wedding. I told him thank you" means Tiberio.
  for (const act of acts)
    if (act.status === 'done' && !act.answer)
      for (const t of act.targets) if ('mention' in t && !t.mention.subordinate) t.mention.salient = true;
  const { acts: settled, replaced } = applyMembers(all, [...answers, ...acts], mentionsBySentence);
  const mentions = mentionsBySentence.flat().filter((m) => !m.weak && !replaced.has(m));
  // Lower-case names found at verb objects or opening a catch-up line join the mention list.
  for (const act of settled)
    for (const t of act.targets)
      if ('mention' in t && !mentions.includes(t.mention)) mentions.push(t.mention);
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const entities = buildEntities(joinSentenceAppositions(all, mentions));

  const companies = all.flatMap((s) => companiesOf(s, mentions));
  const tally = tallyActs(settled, mentions, entities, companies);
  const thanked = correctedInText(chooseThanked(entities, tally.byEntity, all, senderKey), text);
  const nobody = NOBODY_PHRASES.some((p) => fold(text).includes(p));
  const { someone, unresolved } = tally;
  return {
    thanked,
    thankedSomeone: thanked.length > 0 || (someone && !(nobody && thanked.length === 0 && unresolved === 0)),
    unresolved,
  };
}
