/**
 * Finding people in a sentence: each name (names.ts) and description (descriptions.ts) as a
 * mention, with what decides whether a capitalised word is a person here (a German noun, a weekday,
 * a brand after a thing, a word-name used as a word), then the appositions that join a name to its
 * relationship or nickname (appositions.ts).
 */
import {
  CLAUSE_BREAK_WORDS,
  COMMENT_ADVERBS,
  COMMENT_VERBS,
  INTERRUPTED_CUES,
  MOTION_WORDS,
  NEGATION_WORDS,
  PLACE_PREPOSITIONS,
  QUOTED_SIGN_OFFS,
  RELATIVE_PRONOUNS,
  ROMANCE_MOTION_WORDS,
  STREET_NOUNS,
  SUBORDINATORS,
} from '../lexicon/cues';
import {
  ARTICLES,
  CONTRACTED_ARTICLES,
  CONTRACTED_PREPOSITIONS,
  FUNCTION_WORDS,
  GERMAN_CONTRACTIONS,
  GERMAN_DETERMINERS,
  OTHER_POSSESSIVES,
  OWN_POSSESSIVES,
  PRONOUN_FOLLOWERS,
  QUANTIFIERS,
  ROMANCE_NAME_ARTICLES,
} from '../lexicon/function-words';
import {
  CLAUSE_GOES_ON,
  CLEFT_COPULAS,
  CLEFT_OPENERS,
  COPULAS,
  COUNT_WORDS,
  ENGLISH_THIRD_SUBJECTS,
  GROUP_NAME_HEADS,
  LIST_JOINERS,
  MEANS_PREPOSITIONS,
  MEDIA_VERBS,
  NAME_NOUNS,
  NAMING_BEFORE,
  NAMING_VERBS,
  NICKNAME_PREFIXES,
  OBJECTS_BEFORE_ORIGIN,
  PLACE_MODIFIERS,
  PLACE_OPENERS_AFTER_NAME,
  PLACE_OWNERS,
  PREPOSITIONS,
  QUE_CONJUNCTIONS,
  ROMANCE_RELATIVE_PREPOSITIONS,
  SUBJECT_OPENERS,
  SUBJECT_PRONOUNS,
  THING_PARTICLES,
} from '../lexicon/grammar';
import { GERMAN_CLAUSE_OPENERS, PERSONAL_A_VERBS } from '../lexicon/languages';
import {
  COMPOUND_HEADS,
  DESCRIPTIVE_ADJECTIVES,
  EVALUATIVE_ADJECTIVES,
  type Gender,
  KINSHIP_NAMES,
  RELATIONSHIP_WORDS,
} from '../lexicon/relationships';
import { TITLES } from '../lexicon/titles';
import {
  GRATITUDE_WORDS,
  MESSAGE_NOUNS,
  QUOTE_CLOSERS,
  QUOTE_OPENERS,
  SPEECH_VERBS,
  SUGGESTION_VERBS,
  THANKS_GONE_NOUNS,
} from '../lexicon/verbs';
import {
  COMMON_WORDS,
  EMAIL_MAKING_VERBS,
  ORG_NOUNS,
  OUR_EMAILS,
  TEMPORAL_NOUNS,
  WEEKDAY_NAMES,
} from '../lexicon/words';
import { fold } from '../normalize';
import type { Sentence, Token } from '../tokens';
import { attachAppositives, copulaAt, identifiedAs, markCompanions, predicative } from './appositions';
import { clauseStart, isObjectPronoun, isPastForm } from './clauses';
import {
  GERMAN_MODIFIER,
  parseRelationship,
  purposeSo,
  relationshipLabel,
  trailingPlace,
  unlistedRole,
} from './descriptions';
import {
  type Context,
  capitalizeFirst,
  capitalizeName,
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  matchPhrase,
  PREDICATE_WORDS,
  SERVICE_INDEX,
  stripPossessive,
  textOf,
  typedName,
} from './model';
import {
  atSentenceStart,
  ELIDED_ARTICLE,
  isAcronym,
  isPlausibleLowercaseName,
  type NameParse,
  parseName,
  type RelParse,
  relationshipAt,
} from './names';

/**
 * "The year Grandad was ill he paid …", "The winter Mum was in hospital she …": a sentence opening
 * with an article and a noun, then someone and their verb, is a clause about that noun with its
 * "that" or "when" left out; who is in it is the story's, not the sentence's subject.
 */
function reducedRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const noun = tokens[i - 1];
  return (
    i === 2 &&
    t.cap &&
    !t.upper &&
    lowerAt(tokens, 0) === 'the' &&
    noun?.word === true &&
    !noun.cap &&
    !FUNCTION_WORDS.has(noun.lower) &&
    isWord(tokens[i + 1]) &&
    !tokens[i + 1]?.cap
  );
}

/**
 * German capitalises nouns: a capitalised word whose phrase opens with an article, a possessive or
 * a numeral over lower-case adjectives ("meinem alten Ausbilder", "die drei Jahre") is a noun.
 */
function inGermanNounPhrase(tokens: readonly Token[], i: number): boolean {
  // "vor fünf Jahren", "seit 3 Wochen": a numeral right before a capitalised word makes it a noun.
  const before = lowerAt(tokens, i - 1);
  // "zur Probe", "beim Umzug": a preposition and its article in one word.
  if (GERMAN_CONTRACTIONS.has(before)) return true;
  if (
    /^\d+$/.test(before) ||
    /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\p{L}+zehn|\p{L}+zig|\p{L}+ßig|hundert)$/u.test(
      before,
    )
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
/** "her colleague Iñigo": the sex of the one a possessive before a description points to. */
function ownerGenderAt(tokens: readonly Token[], i: number, others: boolean): Gender | null {
  return others ? (PLACE_OWNERS.get(lowerAt(tokens, i))?.gender ?? null) : null;
}

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
function modifiesThing(tokens: readonly Token[], end: number, start: number): boolean {
  const next = lowerAt(tokens, end) === 'group' ? end + 1 : end;
  if (COMPOUND_HEADS.has(lowerAt(tokens, next))) return true;
  // "my first editor at the student paper": where someone is, a person word before a thing's noun.
  const where = ['at', 'in', 'on'].includes(lowerAt(tokens, start - 1));
  const after = tokens[next];
  return (
    where &&
    ARTICLES.has(lowerAt(tokens, start)) &&
    isWord(after) &&
    !after.cap &&
    !FUNCTION_WORDS.has(after.lower) &&
    !RELATIONSHIP_WORDS.has(after.lower) &&
    !isPastForm(after.lower) &&
    !/s$/.test(after.lower) &&
    !isWord(tokens[next + 1])
  );
}

/**
 * Where a group's own name ends, when one starts at i: two to four capitalised words, the last a
 * group's head ("Tuesday Choir", "Blue Watch", "Harbour Rescue Unit"); else i. It stands for the
 * group's people ("Thanked them all").
 */
function groupName(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 4 && isWord(tokens[k]) && tokens[k]?.cap) k++;
  if (k - i < 2 || !GROUP_NAME_HEADS.has(lowerAt(tokens, k - 1))) return i;
  return TITLES.has(lowerAt(tokens, i)) ? i : k;
}

/** "Olive, it's Ramona, from Mr. Kettering's form," I said: the writer, by their own first name. */
function introducesSelf(tokens: readonly Token[], i: number, key: string, senderKey: string | null): boolean {
  if (!senderKey || senderKey.split(' ')[0] !== key) return false;
  const before = tokens
    .slice(Math.max(0, i - 2), i)
    .map((t) => t.lower)
    .join(' ');
  return /(?:^|\s)(?:it's|it’s|i'm|i’m|this is|it is|i am)$/.test(before);
}

/**
 * "se fue a Punta Arenas", "la voisine de mes grands-parents à Mouscron", "la rue Colbert à Tours":
 * Spanish and French "a"/"à" before a place, after a verb of going, a person or a capitalised name.
 * After a verb or a thing it is the person reached ("j'ai écrit à Annick", "un message à Maëlys").
 */
function romancePlace(tokens: readonly Token[], i: number, found: readonly Mention[]): boolean {
  const prev = lowerAt(tokens, i - 1);
  // "est allé à Mme Perrin": a title says a person, not where one went.
  if ((prev !== 'a' && prev !== 'à') || TITLES.has(lowerAt(tokens, i))) return false;
  const before = tokens[i - 2];
  if (!isWord(before)) return false;
  return (
    ROMANCE_MOTION_WORDS.has(before.lower) ||
    found.some((m) => m.end === i - 1 && (m.kind === 'rel' || m.kind === 'name')) ||
    (before.cap && !atSentenceStart(tokens, i - 2))
  );
}

/**
 * "after the layoff it was Uncle Fitzroy who turned up", "who kept me going was Mr. Obi", "quem me
 * levava era a Conceição": a cleft or pseudo-cleft, which puts its person in focus; not a relative
 * clause about someone just named ("Eileen, who was my mum's best friend").
 */
function clefted(tokens: readonly Token[], m: Mention, found: readonly Mention[]): boolean {
  const before = tokens
    .slice(Math.max(0, m.start - 2), m.start)
    .map((t) => t.lower)
    .join(' ');
  if (['it was', "it's", 'it is'].includes(before) && RELATIVE_PRONOUNS.has(lowerAt(tokens, m.end)))
    return true;
  const copula = ROMANCE_NAME_ARTICLES.has(lowerAt(tokens, m.start - 1)) ? m.start - 2 : m.start - 1;
  if (!CLEFT_COPULAS.has(lowerAt(tokens, copula))) return false;
  const opener = tokens.findIndex((t, q) => q < copula && CLEFT_OPENERS.has(t.lower));
  const antecedentEnd = lowerAt(tokens, opener - 1) === ',' ? opener - 1 : opener;
  return opener >= 0 && !found.some((x) => x.end === antecedentEnd);
}

/**
 * Where the subject that `m` opens ends: over the people named with it ("Magnus and Aoife") and
 * where they are ("Joaquín and Bettina from the science corridor asked me to …").
 */
function subjectWithCompany(tokens: readonly Token[], m: Mention, found: readonly Mention[]): number {
  let end = m.end;
  for (;;) {
    const next = found.find((x) => x.start === end + 1 && (x.kind === 'name' || x.kind === 'rel'));
    if (!next || !['and', ','].includes(lowerAt(tokens, end))) break;
    end = next.end;
  }
  return trailingPlace(tokens, end)?.end ?? end;
}

/** Where a run of capitalised words from `i` ends. */
function capitalRunEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  while (isWord(tokens[end]) && (tokens[end] as Token).cap) end++;
  return end;
}

/**
 * "El invierno que murió mi padre …", "l'année où …": a Romance relative clause, opened after an
 * article and its noun ("comunicarles que …" only says what follows).
 */
function romanceRelative(tokens: readonly Token[], i: number): boolean {
  if (!['que', 'qui', 'où', 'donde'].includes(lowerAt(tokens, i))) return false;
  // "el mes en que mi hija …", "la semana en la que …": a preposition, maybe an article, before it.
  let noun = i - 1;
  if (ARTICLES.has(lowerAt(tokens, noun)) && ROMANCE_RELATIVE_PREPOSITIONS.has(lowerAt(tokens, noun - 1)))
    noun -= 2;
  else if (ROMANCE_RELATIVE_PREPOSITIONS.has(lowerAt(tokens, noun))) noun -= 1;
  return isWord(tokens[noun]) && !tokens[noun]?.cap && ARTICLES.has(lowerAt(tokens, noun - 1));
}

/** "sin que el jefe se enterara", "pour que ma fille …", "antes de que …": "que" opening a clause. */
function conjunctionQue(tokens: readonly Token[], i: number): boolean {
  if (lowerAt(tokens, i) !== 'que') return false;
  const before = lowerAt(tokens, i - 1);
  return QUE_CONJUNCTIONS.has(before) || (before === 'de' && QUE_CONJUNCTIONS.has(lowerAt(tokens, i - 2)));
}

/**
 * "The coffee that Marguerite leaves on my desk", "the goat gif that Ewout drops": after a noun
 * phrase, "that" before the name at `i` opens a clause whose subject the name is; it is no article.
 */
function relativeThatBefore(tokens: readonly Token[], i: number): boolean {
  if (lowerAt(tokens, i - 1) !== 'that' || !isWord(tokens[i + 1]) || tokens[i + 1]?.cap) return false;
  let head = i - 2;
  while (
    head > i - 5 &&
    isWord(tokens[head]) &&
    !tokens[head]?.cap &&
    !FUNCTION_WORDS.has(lowerAt(tokens, head))
  )
    head--;
  return head < i - 2 && (ARTICLES.has(lowerAt(tokens, head)) || OWN_POSSESSIVES.has(lowerAt(tokens, head)));
}

/**
 * "after the layoff", "since my operation": a word that may open a clause,
 * here a preposition before a noun phrase, so no clause of background people opens.
 */
function prepositionHere(tokens: readonly Token[], i: number): boolean {
  if (!['after', 'before', 'since', 'until'].includes(lowerAt(tokens, i))) return false;
  const next = lowerAt(tokens, i + 1);
  if (!ARTICLES.has(next) && !OWN_POSSESSIVES.has(next)) return false;
  // "after my dad died", "after the shop was sold": a noun phrase and its own verb are a clause.
  for (let q = i + 2; q <= i + 4; q++) {
    const t = tokens[q];
    if (!isWord(t) || t.cap) return true;
    if (isPastForm(t.lower) || ['was', 'were', 'had', 'is', 'are', 'has'].includes(t.lower)) return false;
  }
  return true;
}

/**
 * "We had just sat down when I saw…", "the choir was about to start when…", "we were eating when…",
 * "I was just vexing at the bus stop until Mercy came": an English "when" or "until" after an
 * unfinished clause of its own (no comma between) brings the event.
 */
function interruptingWhen(tokens: readonly Token[], i: number): boolean {
  if (!['when', 'until'].includes(lowerAt(tokens, i)) || i === 0 || !isWord(tokens[i - 1])) return false;
  let start = i - 1;
  while (start > 0 && isWord(tokens[start - 1])) start--;
  const clause = tokens.slice(start, i).map((t) => t.lower);
  return clause.some(
    (w, k) =>
      (INTERRUPTED_CUES.has(w) && (w !== 'about' || clause[k + 1] === 'to')) ||
      ((w === 'was' || w === 'were') && /^[a-z]{3,}ing$/.test(clause[k + 1] ?? '')),
  );
}

/** A thing that carries thanks, or the thanks itself: "my thank-you went to …", "my gratitude went to …". */
const thanksWord = (lower: string) => MESSAGE_NOUNS.has(lower) || THANKS_GONE_NOUNS.has(lower);

/** "rafferty 🙏 my old football coach": the first word, then only symbols, then an own possessive. */
function describedAfter(tokens: readonly Token[]): boolean {
  let next = 1;
  while (next < tokens.length && !isWord(tokens[next]) && tokens[next]?.text !== ',') next++;
  return next > 1 && OWN_POSSESSIVES.has(lowerAt(tokens, next));
}

/**
 * Typed in lower case, people the sentence is about: a name alone ("willow!!"), a name beside the
 * writer ("me n vilja were …", "vilja and i"), a name opening a clause before its past verb, maybe
 * with where they are from ("then crystal from number 9 pulled over").
 */
function typedSubjects(tokens: readonly Token[], sentence: number, found: readonly Mention[]): Mention[] {
  const words = tokens.filter((t) => t.word);
  const out: Mention[] = [];
  const taken = (k: number) => found.some((m) => m.start <= k && k < m.end);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap || taken(k) || !isPlausibleLowercaseName(t.lower)) continue;
    const alone = words.length === 1;
    const opening = k === 0 || SUBJECT_OPENERS.has(lowerAt(tokens, k - 1));
    const beside =
      (['n', 'and', '&'].includes(lowerAt(tokens, k - 1)) && ['me', 'i'].includes(lowerAt(tokens, k - 2))) ||
      (opening &&
        ['n', 'and', '&'].includes(lowerAt(tokens, k + 1)) &&
        ['me', 'i'].includes(lowerAt(tokens, k + 2)));
    let verb = k + 1;
    if (PLACE_OPENERS_AFTER_NAME.has(lowerAt(tokens, verb)) && lowerAt(tokens, verb) !== 'for')
      while (
        verb < Math.min(tokens.length, k + 6) &&
        isWord(tokens[verb]) &&
        !isPastForm(lowerAt(tokens, verb))
      )
        verb++;
    const subject = opening && isPastForm(lowerAt(tokens, verb));
    // "bogdan from the night bus.", "rafferty 🙏 my old football coach, …": opening the sentence,
    // with only where they are from, or who they are, after it.
    const placed = k === 0 ? trailingPlace(tokens, 1) : null;
    const placedOnly = placed !== null && tokens.slice(placed.end).every((x) => !isWord(x));
    const described = k === 0 && describedAfter(tokens);
    if (alone || beside || subject || placedOnly || described)
      out.push(typedName(tokens, sentence, k, k + 1));
  }
  return out;
}

/** Where a quoted sign-off that opens at `i` ends ("love Mum", "xx Dad"); `i` if none does. */
function quotedSignOff(tokens: readonly Token[], i: number): number {
  if (!QUOTED_SIGN_OFFS.has(lowerAt(tokens, i)) || !QUOTE_OPENERS.has(tokens[i - 1]?.text ?? '')) return i;
  for (let q = i + 1; q <= i + 4 && q < tokens.length; q++) {
    const t = tokens[q] as Token;
    if (QUOTE_CLOSERS.has(t.text)) return q > i + 1 ? q : i;
    if (!t.word && t.text !== ',') return i;
  }
  return i;
}

export function findMentions(sentence: Sentence, ctx: Context, senderKey: string | null): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  // Where groups we have no word for work: "down to the deckhands on the 7:10 ferry".
  const workplaces: { from: number; to: number }[] = [];
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
      (SUBORDINATORS.has(t.lower) && !interruptingWhen(tokens, i) && !prepositionHere(tokens, i)) ||
      (['who', 'whom', 'whose', 'which'].includes(t.lower) && i > 0) ||
      (ctx.language !== 'en' && (romanceRelative(tokens, i) || conjunctionQue(tokens, i))) ||
      purposeSo(tokens, i) ||
      reducedRelative(tokens, i)
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
    // `instead of just "love Mum"`: a sign-off quoted is the writer, by what they sign.
    const signed = quotedSignOff(tokens, i);
    if (signed > i) {
      out.push(makeMention({ kind: 'self', sentence: sentence.index, start: i, end: signed }));
      i = signed;
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
    // A group's own name, whatever its first word: "Tuesday Choir", "Green Team", "Blue Watch".
    const group = groupName(tokens, i);
    if (group > i) {
      const text = textOf(tokens, i, group);
      out.push(
        makeMention({
          kind: 'name',
          sentence: sentence.index,
          start: i,
          end: group,
          name: text,
          key: fold(text),
          subordinate,
          plural: true,
        }),
      );
      i = group;
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
    // ("as well as his wife" joins another person on.)
    const asWellAs = lowerAt(tokens, i - 1) === 'as' && lowerAt(tokens, i - 2) === 'well';
    const likened =
      (['like', 'as', 'of'].includes(lowerAt(tokens, i - 1)) && !asWellAs) ||
      (['a', 'an'].includes(t.lower) && ['like', 'as', 'of'].includes(lowerAt(tokens, i - 1)));
    // French "son cabinet", Spanish "son amigos": the possessive and the verb, not a son.
    if (
      rel?.word.canonical === 'son' &&
      lowerAt(tokens, rel.end - 1) === 'son' &&
      ['fr', 'es'].includes(ctx.language)
    )
      rel = null;
    // "the volunteer helpline", "the nurses' station": a person word modifying a thing.
    if (rel && !rel.possessive && modifiesThing(tokens, rel.end, i)) {
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
      const relationship = rel.fondOnly ? null : relationshipLabel(rel);
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
              ownerGender: ownerGenderAt(tokens, i, rel.others),
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
        // "al conductor del autobús de la línea 27": an article joined to its preposition too.
        (ARTICLES.has(t.lower) || CONTRACTED_ARTICLES.has(t.lower) || bareOpening) &&
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
      const occasion =
        rel.own && place?.text.split(' ').some((w) => WEEKDAY_NAMES.has(w.toLowerCase())) === true;
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
        description = `${description} ${textOf(tokens, end, q)}`;
        end = q;
        identified = true;
        // Whoever comes later in the clause ("… and says hello to my son") is the story's.
        relativeGoesOn = q < tokens.length && (tokens[q] as Token).word;
      }
      // "at the vet clinic", "the school office": a role naming the kind of place after it.
      const placeNoun = tokens[end];
      if (isWord(placeNoun) && !placeNoun.cap && ORG_NOUNS.has(placeNoun.lower) && !rel.possessive) {
        i = end;
        continue;
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
          ownerGender: ownerGenderAt(tokens, i, rel.others),
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
    // "on every Guides camp", "each Tesco van": after a quantifier, a capitalised word before a
    // noun is what kind of thing.
    const quantified =
      isWord(prev) && QUANTIFIERS.has(prev.lower) && isWord(tokens[i + 1]) && !tokens[i + 1]?.cap;
    const relativeThat = relativeThatBefore(tokens, i);
    const afterArticle =
      isWord(prev) &&
      !TITLES.has(t.lower) &&
      !articleName &&
      !relativeThat &&
      (quantified ||
        (ARTICLES.has(prev.lower) && !personalA) ||
        OTHER_POSSESSIVES.has(prev.lower) ||
        (OWN_POSSESSIVES.has(prev.lower) && ctx.language === 'de'));
    // "a huge Dutchman who shouted …", "an elderly Glaswegian": after an indefinite article and its
    // adjectives, a capitalised word says what kind of person, it is no name ("a friend Dave" and
    // "a nurse named Adwoa" are names: a role or a naming word stands between).
    let adjective = i - 1;
    while (
      adjective > i - 4 &&
      isWord(tokens[adjective]) &&
      !(tokens[adjective] as Token).cap &&
      !FUNCTION_WORDS.has(lowerAt(tokens, adjective)) &&
      !RELATIONSHIP_WORDS.has(lowerAt(tokens, adjective)) &&
      !NAMING_VERBS.has(lowerAt(tokens, adjective)) &&
      !NAMING_BEFORE.has(lowerAt(tokens, adjective))
    )
      adjective--;
    const kindAfterAdjectives =
      ctx.language === 'en' &&
      adjective < i - 1 &&
      ['a', 'an'].includes(lowerAt(tokens, adjective)) &&
      !TITLES.has(t.lower) &&
      !tokens[i + 1]?.cap;
    // "wir haben zusammen Abi gemacht", "Geschichte studiert": a bare noun right before a participle
    // that takes no person is what was done, not someone.
    const participle = lowerAt(tokens, i + 1);
    const germanThingDone =
      ctx.language === 'de' &&
      !atSentenceStart(tokens, i) &&
      /^(?:ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert)$/u.test(participle) &&
      !PREDICATE_WORDS.has(participle) &&
      (!isWord(tokens[i + 2]) || GERMAN_CLAUSE_OPENERS.has(lowerAt(tokens, i + 2)));
    // "wieder Kontakt zu Annika aufgenommen", "einen Brief an Oma": a bare noun before "zu"/"an" and
    // the person it goes to.
    const germanThingTo =
      ctx.language === 'de' &&
      !atSentenceStart(tokens, i) &&
      ['zu', 'an'].includes(lowerAt(tokens, i + 1)) &&
      tokens[i + 2]?.cap === true;
    const germanNounPhrase =
      ctx.language === 'de' &&
      !TITLES.has(t.lower) &&
      (inGermanNounPhrase(tokens, i) || germanThingDone || germanThingTo);
    // "went up to Declan and said …": someone approached, then spoken to, is no place.
    const andThen = [i + 1, i + 2, i + 3].find((q) => lowerAt(tokens, q) === 'and');
    const approached =
      prev?.lower === 'to' &&
      ['up', 'over'].includes(lowerAt(tokens, i - 2)) &&
      andThen !== undefined &&
      tokens.slice(i, andThen).every((x) => x.cap) &&
      (SPEECH_VERBS.has(lowerAt(tokens, andThen + 1)) || GRATITUDE_WORDS.has(lowerAt(tokens, andThen + 1)));
    const metSomeone =
      approached ||
      (prev?.lower === 'into' &&
        isWord(prev2) &&
        ['ran', 'run', 'bumped', 'bump', 'running'].includes(prev2.lower));
    const afterPlace =
      (isWord(prev) &&
        !metSomeone &&
        (PLACE_PREPOSITIONS.has(prev.lower) ||
          (prev.lower === 'to' &&
            isWord(prev2) &&
            MOTION_WORDS.has(prev2.lower) &&
            // "my thank-you went to Gran", "a jar of chutney went to Mireille": a thing went, to a
            // person ("My thanks today went to Nizhoni", "my gratitude this week went to …": a time
            // may come between).
            ![i - 3, i - 4, i - 5].some((q) => thanksWord(lowerAt(tokens, q))) &&
            !thingBefore(tokens, i - 3, out)) ||
          // "she rang me from Cebu": where someone did something from, after whom they did it to.
          (prev.lower === 'from' && OBJECTS_BEFORE_ORIGIN.has(lowerAt(tokens, i - 2))) ||
          // "He drove me down to Dorset", "flew back to Lagos".
          (prev.lower === 'to' &&
            THING_PARTICLES.has(lowerAt(tokens, i - 2)) &&
            tokens.slice(Math.max(0, i - 5), i - 2).some((x) => MOTION_WORDS.has(x.lower))) ||
          romancePlace(tokens, i, out) ||
          // "la rue Colbert", "la calle Alcalá": a street named before its name.
          STREET_NOUNS.has(prev.lower))) ||
      // "Saint-Brieuc", "Sainte-Foy", "St-Malo": a town named after a saint, in one word.
      /^(?:saint|sainte|st|ste|san|santa|são)-\p{L}/u.test(t.lower);
    const name = parseName(tokens, i, ctx, false);
    if (name) {
      // "Mr. Hughes's mailbox", "at Mrs. Okoye's house": the owner is a person a pronoun may name
      // ("… thanking him"), though never the object of a verb by the possessive itself; "at Lou's,"
      // with no head noun is a shop's name. "meinem alten Ausbilder": German capitalises every noun.
      // "Dapo's the one I thanked", "Kim's been amazing": the 's is "is" or "has", not an owner.
      // "drove over to Winifred's so I could thank her": where one goes to, it is her place.
      const contracted =
        ['the', 'a', 'an', 'been', 'always', 'so', 'such', 'just', 'my', 'our'].includes(
          lowerAt(tokens, name.end),
        ) && !(afterPlace && ['so', 'just'].includes(lowerAt(tokens, name.end)));
      // "Breakfast at Mum's, thanked her": a kinship name's place is a home, never a shop.
      const owner =
        name.possessive &&
        !afterArticle &&
        !contracted &&
        (isWord(tokens[name.end]) ||
          !afterPlace ||
          name.relationship !== null ||
          KINSHIP_NAMES.has(name.key));
      const read = MEDIA_VERBS.has(lowerAt(tokens, i - 1));
      const plain =
        (!name.possessive || contracted) && !afterArticle && !kindAfterAdjectives && !afterPlace && !read;
      if (
        !germanNounPhrase &&
        (owner || plain) &&
        name.key !== senderKey &&
        !introducesSelf(tokens, i, name.key, senderKey)
      ) {
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
            ownedGender: owner ? (relationshipAt(tokens, name.end)?.word.gender ?? null) : null,
            subordinate,
          }),
        );
      }
      i = name.possessive ? name.end : skipOrigin(tokens, name.end);
      continue;
    }
    // "on Thursday Maria, the cook, …": a day is a time of its own, the capital after it someone.
    if (t.cap && afterPlace && WEEKDAY_NAMES.has(t.lower)) {
      i++;
      continue;
    }
    // "in SM Megamall", "in Moremi Hall": a place's name is one run of capitals, none of it a person.
    if (t.cap && (afterPlace || ORG_NOUNS.has(lowerAt(tokens, capitalRunEnd(tokens, i) - 1)))) {
      i = capitalRunEnd(tokens, i);
      continue;
    }
    // "took a tin of biscuits down to the deckhands on the 7:10 ferry (and thanked them)": people
    // we have no word for, things were taken to where they work (or to who they are), and whom a
    // later "them" may mean.
    if (
      ctx.language === 'en' &&
      t.lower === 'the' &&
      ['to', 'for'].includes(lowerAt(tokens, i - 1)) &&
      !out.some((m) => m.start === i || m.start === i + 1)
    ) {
      const group = unlistedRole(tokens, i, sentence.index, ctx, out);
      // "… out to the street sweepers who do our road": "who" says they are people.
      const end = group?.end ?? i;
      const placedOrWho = ['at', 'on', 'in', 'from', 'who'].includes(lowerAt(tokens, end));
      // "Took coffee to the street sweepers and thanked them": the "them" that follows.
      const thankedThem =
        lowerAt(tokens, end) === 'and' &&
        GRATITUDE_WORDS.has(lowerAt(tokens, end + 1)) &&
        lowerAt(tokens, end + 2) === 'them';
      if (group?.plural && (placedOrWho || thankedThem)) {
        // Named by what they are ("Deckhands"): where they work only says which ones.
        const words = textOf(tokens, group.start + 1, group.end);
        out.push({ ...group, description: capitalizeFirst(words), key: fold(words) });
        // Whoever the place names ("the cricket club") is where they are, not whom "them" means.
        const place = trailingPlace(tokens, group.end);
        if (place) workplaces.push({ from: group.end, to: place.end });
        i = group.end;
        continue;
      }
    }
    i++;
  }
  for (const m of out) if (workplaces.some((w) => m.start >= w.from && m.end <= w.to)) m.subordinate = true;
  // "Henrietta in your example is my grandmother's name", "Not Priya from your example": the
  // prompt's made-up person, talked about, is nobody the writer met.
  for (let m = out.length - 1; m >= 0; m--) {
    const x = out[m] as Mention;
    // "Henrietta and her winter walks in your example": what is said of them may come between.
    const exampleAt = (q: number) =>
      ['in', 'from'].includes(lowerAt(tokens, q)) &&
      ['your', 'the'].includes(lowerAt(tokens, q + 1)) &&
      ['example', 'email', 'prompt'].includes(lowerAt(tokens, q + 2));
    let after = x.end;
    while (
      after < x.end + 5 &&
      isWord(tokens[after]) &&
      !exampleAt(after) &&
      !out.some((o) => o.start === after)
    )
      after++;
    const inExample = exampleAt(x.end) || (exampleAt(after) && lowerAt(tokens, x.end) === 'and');
    // "Your example about Ottoline made me smile": the example's person named after it.
    const exampleOf =
      ['about', 'of', 'with'].includes(lowerAt(tokens, x.start - 1)) &&
      ['example', 'examples'].includes(lowerAt(tokens, x.start - 2));
    // "Your Pastor Gideon who checked in every week: I had one of those too": a name the reader
    // owns is the example's, not someone of the writer's.
    const yours = x.kind === 'name' && [x.start - 1, x.start].some((q) => lowerAt(tokens, q) === 'your');
    if (inExample || exampleOf || yours) out.splice(m, 1);
  }
  // Typed in lower case, a name opening the reply with who they are after it ("rafferty 🙏 my old
  // football coach, …") is found before appositives are joined.
  if (ctx.lowercaseMode) {
    const described = typedSubjects(tokens, sentence.index, out).filter(
      (x) => x.start === 0 && describedAfter(tokens),
    );
    if (described.length > 0) {
      out.push(...described);
      out.sort((a, b) => a.start - b.start);
    }
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
  // "When the flat flooded my brother-in-law Tunde took a week off": with no comma after an opening
  // clause that already has its verb, a person followed by a verb in the past is the main clause's
  // subject, not the story's.
  if (SUBORDINATORS.has(lowerAt(tokens, 0)))
    for (const m of out) {
      if (!m.subordinate || tokens.slice(0, m.start).some((t) => t.text === ',')) continue;
      const opened = tokens.slice(1, m.start).some((t) => isPastForm(t.lower));
      if (opened && isPastForm(lowerAt(tokens, m.end))) m.subordinate = false;
    }
  // "(yes, really, his mum was obsessed with King Arthur)": people in an aside that is a clause of
  // its own are the story's; a name or a list in brackets ("(Terrence)", "(Farid and Bea)") is not.
  for (const m of out) {
    const open = tokens
      .slice(0, m.start)
      .map((t) => t.text)
      .lastIndexOf('(');
    const close = tokens.findIndex((t, q) => q > open && t.text === ')');
    if (open < 0 || close < m.start) continue;
    const aside = tokens.slice(open + 1, close);
    if (aside.some((t) => isPastForm(t.lower) || ['is', 'was', 'are', 'were'].includes(t.lower)))
      m.subordinate = true;
  }
  if (ctx.lowercaseMode) out.push(...typedSubjects(tokens, sentence.index, out));
  out.sort((a, b) => a.start - b.start);
  // The first person of each clause is its likely subject, and a likely antecedent later on.
  let clauseOpen = true;
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    const lower = lowerAt(tokens, k);
    // "Auberon (yes, his parents …) quietly paid my rent and told our landlord": an aside in
    // brackets opens no clause of the sentence around it.
    const close = lower === '(' ? tokens.findIndex((t, q) => q > k && t.text === ')') : -1;
    if (close > 0) {
      k = close;
      continue;
    }
    if (/^[,;:]$/.test(lower) || CLAUSE_BREAK_WORDS.has(lower)) clauseOpen = true;
    // "He covered my shifts and told our manager": the pronoun is the clause's subject ("she was
    // my Auntie Winsome" says who she is).
    else if (ENGLISH_THIRD_SUBJECTS.has(lower) && !COPULAS.has(lowerAt(tokens, k + 1))) clauseOpen = false;
    while (m < out.length && (out[m] as Mention).start < k) m++;
    const here = out[m];
    if (here && here.start === k && (here.kind === 'name' || here.kind === 'rel')) {
      // "She rang the bank, the landlord, the solicitor.": an item of a list follows a comma but is
      // no clause's subject, which a verb would follow.
      const after = lowerAt(tokens, here.end);
      const listItem =
        lowerAt(tokens, k - 1) === ',' && (!isWord(tokens[here.end]) || ['and', 'or'].includes(after));
      // Spanish marks a person object with "a" ("le mandé un audio a Encarnación"): no preposition.
      const personalA = lowerAt(tokens, k - 1) === 'a' && here.kind === 'name' && ctx.language !== 'en';
      // "por todo Bilbao", "in northern Ontario": a preposition and a word for the whole or a part of a place.
      const whole = PLACE_MODIFIERS.has(lowerAt(tokens, k - 1)) && PREPOSITIONS.has(lowerAt(tokens, k - 2));
      const oblique =
        (PREPOSITIONS.has(lowerAt(tokens, k - 1)) && !personalA) ||
        whole ||
        CONTRACTED_PREPOSITIONS.has(lowerAt(tokens, k - 1)) ||
        // "ni siquiera al jefe": the preposition and article opening the description itself.
        CONTRACTED_PREPOSITIONS.has(lowerAt(tokens, k));
      // "Mi hermana dice que …", "My brother reckons …": a comment on the story, in the present,
      // by someone it is not about.
      // ("Mi papá todavía no sabe que …", "Dad still doesn't know …": the same, adverbs and all.)
      let verb = here.end;
      while (COMMENT_ADVERBS.has(lowerAt(tokens, verb)) && verb < here.end + 3) verb++;
      const comment = COMMENT_VERBS.has(lowerAt(tokens, verb));
      if (comment) here.commenter = true;
      if (clauseOpen && !here.possessor && !oblique && !listItem && !comment) here.salient = true;
      clauseOpen = false;
    }
  }
  for (const m of out) {
    // "Sunniva suggested I reach out", "Mum told me to thank him": the one who prompted it; so
    // does everyone named with them ("Magnus and Aoife asked me to pass on theirs").
    // "It was my manager, Priscilla, who suggested I thank …": the same over a relative pronoun.
    let subjectEnd = subjectWithCompany(tokens, m, out);
    if (lowerAt(tokens, subjectEnd) === ',' && ['who', 'that'].includes(lowerAt(tokens, subjectEnd + 1)))
      subjectEnd += 2;
    else if (['who', 'that'].includes(lowerAt(tokens, subjectEnd))) subjectEnd += 1;
    const verb = lowerAt(tokens, subjectEnd);
    const object = lowerAt(tokens, subjectEnd + 1);
    if (
      SUGGESTION_VERBS.has(verb) &&
      (['i', 'that', 'we'].includes(object) ||
        (['me', 'us'].includes(object) && lowerAt(tokens, subjectEnd + 2) === 'to') ||
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
    // "So that was Mrs. Moran, my third class teacher.": the one just described, named.
    const opening = tokens
      .slice(0, m.start)
      .filter((t) => t.word)
      .map((t) => t.lower)
      .filter((w) => !['so', 'and', 'oh', 'turns', 'out', 'apparently', 'actually'].includes(w))
      .join(' ');
    // "Turns out he's Ferenc": so is the one the story was about, named at last.
    const identified =
      ['that was', 'that is', "that's", 'this was', 'this is', "he's", "she's", 'he is', 'she is'].includes(
        opening,
      ) && tokens[m.start]?.cap === true;
    // "I only remembered her surname … (Gráinne D'Souza-Lyle, what a name to forget)", "I never
    // knew her name until my wife found it on the letter: Sister Úna Ní Bhriain."
    const opener = TITLES.has(lowerAt(tokens, m.start - 1)) ? m.start - 2 : m.start - 1;
    const aside = ['(', ':'].includes(lowerAt(tokens, opener)) && tokens.some((t) => NAME_NOUNS.has(t.lower));
    if (m.kind === 'name' && (called || named || identified || aside)) m.renames = true;
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
  // "Tracked her down through an old colleague and called her": the way to someone is no one thanked.
  // ("a note through Mr. and Mrs. Achebe's door" goes through a thing of theirs).
  const owned = (m: Mention) => tokens.slice(m.start, m.end + 4).some((t) => /['’]s$/u.test(t.text));
  for (const m of out)
    if (MEANS_PREPOSITIONS.has(lowerAt(tokens, m.start - 1)) && !owned(m)) m.subordinate = true;
  for (const m of out) {
    if (!clefted(tokens, m, out)) continue;
    m.subordinate = false;
    m.salient = true;
  }
  markCompanions(tokens, out);
  // "My speech therapist had sent me to her": "her" in the subject's own clause is someone else.
  for (const m of out) {
    if (!m.salient || (m.kind !== 'name' && m.kind !== 'rel')) continue;
    for (let q = m.end; q < tokens.length && !/^[,;:.!?]$/.test(lowerAt(tokens, q)); q++) {
      if (CLAUSE_BREAK_WORDS.has(lowerAt(tokens, q)) || RELATIVE_PRONOUNS.has(lowerAt(tokens, q))) break;
      const gender = ['him', 'her'].includes(lowerAt(tokens, q)) && isObjectPronoun(tokens, q);
      if (gender) m.boundAway = lowerAt(tokens, q) === 'him' ? 'm' : 'f';
    }
  }
  // "My parents couldn't afford a tutor": someone denied is nobody a pronoun can mean later.
  for (const m of out)
    if (m.kind === 'rel' && !m.name && ['a', 'an', 'any'].includes(lowerAt(tokens, m.start))) {
      const clause = tokens.slice(clauseStart(tokens, m.start).start, m.start);
      if (clause.some((t) => NEGATION_WORDS.has(t.lower) || t.lower.endsWith("n't"))) {
        m.generic = true;
        m.identified = false;
      }
    }
  // "bei Oma", "chez Mamie": a kinship word standing as a name says the person's sex.
  for (const m of out)
    if (m.kind === 'name' && !m.gender && m.key && KINSHIP_NAMES.has(m.key)) {
      const word = RELATIONSHIP_WORDS.get(m.key)?.find((w) => w.tokens.length === 1);
      if (word?.gender) m.gender = word.gender;
    }
  // "Thank you to the people who send these every morning": whoever makes our emails is us.
  for (const m of out) if (m.kind === 'rel' && !m.name && makesOurEmails(tokens, m.end)) m.kind = 'service';
  // "Not a pastor in my case", "Not Priya from your example, but my own Priya": who it was not.
  return out.filter((m) => !(m.start === 1 && lowerAt(tokens, 0) === 'not'));
}

/** From `at` (or inside the description before it): "who send these", "that writes the prompts". */
function makesOurEmails(tokens: readonly Token[], at: number): boolean {
  for (let q = Math.max(0, at - 6); q <= at; q++) {
    if (!['who', 'that'].includes(lowerAt(tokens, q))) continue;
    const verb = lowerAt(tokens, q + 1);
    const object = lowerAt(tokens, q + 2) === 'the' ? lowerAt(tokens, q + 3) : lowerAt(tokens, q + 2);
    if (EMAIL_MAKING_VERBS.has(verb) && OUR_EMAILS.has(object)) return true;
  }
  return false;
}
