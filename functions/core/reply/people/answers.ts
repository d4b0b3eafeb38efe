/**
 * Bare answers to the prompt: a reply that opens with the person ("Coach Rivera."), bullets and
 * lines after a colon, "Today's was …", catch-up lines by day or by turns, the list after a count
 * of people thanked, and "And my therapist." continuing the act before it.
 */

import { FIRST_PERSON, NEGATION_WORDS, PLAN_WORDS, RELATIVE_PRONOUNS } from '../lexicon/cues';
import { ARTICLES, MODIFIER_STARTERS, OWN_POSSESSIVES } from '../lexicon/function-words';
import {
  CLAUSE_REASONS,
  CONTINUATIONS,
  COUNT_WORDS,
  COUNTED_THANKS,
  ENTRY_PREPOSITIONS,
  GENERIC_PEOPLE,
  LIST_JOINERS,
  LIST_TIME_WORDS,
  OBJECT_PRONOUNS,
  PLACE_OPENERS_AFTER_NAME,
  RELATIVE_HEADS,
  SINGLING_WORDS,
  SUBJECT_PRONOUNS,
} from '../lexicon/grammar';
import { EVALUATIVE_ADJECTIVES } from '../lexicon/relationships';
import { GRATITUDE_WORDS, MESSAGE_NOUNS } from '../lexicon/verbs';
import {
  ANSWER_DAYS,
  ANSWER_DAYS_ABROAD,
  ANSWER_FILLERS,
  ANSWER_OPENERS,
  CALL_PHRASES,
  DAY_NUMBER_WORDS,
  ENTRY_ADVERBS,
  GREETINGS,
  INTERJECTIONS,
  IT_COPULAS,
  TURN_PHRASES,
  WEEKDAYS,
} from '../lexicon/words';
import { fold } from '../normalize';
import type { Sentence, Token } from '../tokens';
import { hadBefore, isPastForm, messageNounPhrase, subjectRelativeAt } from './clauses';
import { trailingPlace, unlistedRole } from './descriptions';
import {
  type Act,
  type Context,
  capitalizeName,
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  PREDICATE_WORDS,
  typedName,
} from './model';
import { isPlausibleLowercaseName } from './names';

/** A French or Spanish past participle: "glissé", "laissée", "dejada", "enviado". */
const ROMANCE_PARTICIPLE = /^\p{L}{2,}(?:ée?s?|ad[oa]s?|id[oa]s?)$/u;

/** Mentions covering tokens[from..to) as a list answer, or null if other words are in the way. */
export function answerList(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly Mention[],
  /** The list says whom a thing was for ("A note for Jules, …"): what became of it may follow. */
  afterThing = false,
): Mention[] | null {
  const found: Mention[] = [];
  // A trailing description ("at reception", ", who let me pay rent late ...") runs to the next entry.
  const startsModifier = (at: number): boolean => {
    const next = tokens[at];
    if (next?.text !== ',') return isWord(next) && MODIFIER_STARTERS.has(next.lower);
    if (!isWord(tokens[at + 1])) return false;
    const word = lowerAt(tokens, at + 1);
    // "y a Puri, mi compañera de la academia, que …": a description no one is named in.
    const described =
      (OWN_POSSESSIVES.has(word) || ARTICLES.has(word)) && !mentions.some((m) => m.start === at + 1);
    return MODIFIER_STARTERS.has(word) || described;
  };
  const toNextEntry = (at: number): number => {
    let j = at;
    while (j < to) {
      const here = tokens[j] as Token;
      // "Nkosana, for his voice; Valérie, who …; and Paz": a semicolon ends an entry too.
      if (LIST_JOINERS.has(here.lower) || here.text === ';') {
        let q = j + 1;
        if (here.text === ',' && lowerAt(tokens, q) === 'and') q++;
        // "…, and today Uncle Frank": the day of the next entry in a catch-up list.
        while (ANSWER_DAYS.has(lowerAt(tokens, q))) q++;
        if (ENTRY_PREPOSITIONS.has(lowerAt(tokens, q))) q++;
        // "…, who had me and the kids over …": a person inside the description, not the next entry,
        // whose own words would go on after it.
        const entry = mentions.find((m) => m.start === q && (m.kind === 'name' || m.kind === 'rel'));
        // ("…, and Greta next door, who …": where they are goes with them.)
        const after = tokens[entry ? (trailingPlace(tokens, entry.end)?.end ?? entry.end) : q];
        const endsEntry =
          !isWord(after) || LIST_JOINERS.has(after.lower) || MODIFIER_STARTERS.has(after.lower);
        // ("me and the kids": an object of the description's own verb, joined to another.)
        const joinedObject =
          here.lower === 'and' &&
          (OBJECT_PRONOUNS.has(lowerAt(tokens, j - 1)) || lowerAt(tokens, j - 1) === 'me');
        // "…, who asked if I was all right, the first person who did": who they were, said again.
        const singled =
          here.text === ',' &&
          q === j + 1 &&
          lowerAt(tokens, q) === 'the' &&
          SINGLING_WORDS.has(lowerAt(tokens, q + 1));
        if (entry && endsEntry && !joinedObject && !singled) return q;
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
      // "Gwenda, the lollipop lady outside the primary": where they are goes with them.
      j = trailingPlace(tokens, mention.end)?.end ?? mention.end;
      // "Marijn first, who walked my dog …, then my physio": the entry's order before its description.
      while (ENTRY_ADVERBS.has(lowerAt(tokens, j))) j++;
      // "the landlord (yes really) for …, and Greta": an aside in brackets on the entry.
      if (tokens[j]?.text === '(') {
        const close = tokens.findIndex((x, q) => q > j && x.text === ')');
        if (close > 0 && close < to) j = close + 1;
      }
      // "- Uncle Bertie - phone call, he cried": what follows a dash is a comment on the person;
      // so is a clause of its own after a comma ("- my cuñada (sister-in-law), we live together").
      if (['-', '–', '—'].includes(lowerAt(tokens, j))) return found;
      const subject = lowerAt(tokens, j + 1);
      if (lowerAt(tokens, j) === ',' && (FIRST_PERSON.has(subject) || SUBJECT_PRONOUNS.has(subject)))
        return found;
      // "A quick note for Jules, my neighbour, slipped under his door": what became of the thing.
      const participle = () => isPastForm(subject) || ROMANCE_PARTICIPLE.test(subject);
      if (afterThing && lowerAt(tokens, j) === ',' && participle()) return found;
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
    // "First to my old boss, who …": after words that only order the entries, too.
    const opening = tokens.slice(from, j).every((x) => !x.word || ANSWER_FILLERS.has(x.lower));
    const toWhom =
      ENTRY_PREPOSITIONS.has(t.lower) &&
      (opening || LIST_JOINERS.has(lowerAt(tokens, j - 1))) &&
      mentions.some((m) => m.start === j + 1 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor);
    // "And little Tobiah, who is four": a fond word before the one named.
    const fond =
      EVALUATIVE_ADJECTIVES.has(t.lower) && mentions.some((m) => m.start === j + 1 && m.kind === 'name');
    if (
      !t.word ||
      toWhom ||
      fond ||
      ANSWER_FILLERS.has(t.lower) ||
      LIST_JOINERS.has(t.lower) ||
      LIST_TIME_WORDS.has(t.lower)
    ) {
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
  // The negation has to deny the thanks itself, in its clause: "I thanked three today, I just
  // couldn't choose: …" lists whom the writer did thank.
  let thanks = false;
  let negation = false;
  let relative = false;
  for (let k = from; k < to; k++) {
    const lower = lowerAt(tokens, k);
    if (RELATIVE_HEADS.has(lower) && FIRST_PERSON.has(lowerAt(tokens, k + 1))) relative = true;
    // "Someone I should have thanked years ago: …": a thanks owed before, not one still to come.
    const owedBefore = ['should', 'could', 'ought'].includes(lower) && lowerAt(tokens, k + 1) === 'have';
    const plan = PLAN_WORDS.has(lower) && !['about', 'may', 'if', 'first'].includes(lower);
    if (plan && !owedBefore && !hadBefore(tokens, k)) return true;
    // "There are three of us on the rota: Nicola, Hannah and Wes": who is there, not who was thanked.
    if (lower === 'there' && ['are', 'were', 'is', 'was', "'s"].includes(lowerAt(tokens, k + 1))) return true;
    if ((NEGATION_WORDS.has(lower) || lower.endsWith("n't")) && !relative) negation = true;
    if (GRATITUDE_WORDS.has(lower) || PREDICATE_WORDS.has(lower)) thanks = true;
    if (negation && thanks) return true;
    // ", I just couldn't choose", ", so I have thanked three", "bc i couldnt pick": a new clause
    // with its own subject.
    const subject = lowerAt(tokens, ['so', 'and', 'but'].includes(lowerAt(tokens, k + 1)) ? k + 2 : k + 1);
    const opensClause = [',', ';'].includes(lower) || CLAUSE_REASONS.has(lower);
    if (opensClause && (FIRST_PERSON.has(subject) || SUBJECT_PRONOUNS.has(subject))) {
      thanks = false;
      negation = false;
    }
  }
  return false;
}

/**
 * Typed in lower case, names opening a list's entries ("- siddharth on the coffee cart", ": teuila,
 * torquil n …", ", and deano who drove me"): a plausible name at an entry's start, before the end of
 * the entry, a joiner, where they are or who they are.
 */
function withTypedNames(sentence: Sentence, mentions: readonly Mention[]): Mention[] {
  const tokens = sentence.tokens;
  const typed: Mention[] = [];
  const taken = (k: number) => mentions.some((m) => m.start <= k && k < m.end);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap || taken(k) || !isPlausibleLowercaseName(t.lower)) continue;
    const before = lowerAt(tokens, k - 1);
    const opens =
      (k === 0 && (sentence.bullet || sentence.afterColonLine)) ||
      before === ':' ||
      (LIST_JOINERS.has(before) && k > 1);
    if (!opens) continue;
    const surname = isPlausibleLowercaseName(lowerAt(tokens, k + 1)) && !taken(k + 1) ? 1 : 0;
    const after = tokens[k + 1 + surname];
    const closes =
      !isWord(after) ||
      LIST_JOINERS.has(after.lower) ||
      PLACE_OPENERS_AFTER_NAME.has(after.lower) ||
      RELATIVE_PRONOUNS.has(after.lower);
    if (!closes) continue;
    typed.push(typedName(tokens, sentence.index, k, k + 1 + surname));
  }
  return typed.length === 0 ? [...mentions] : [...mentions, ...typed].sort((a, b) => a.start - b.start);
}

export function findAnswers(
  all: readonly Sentence[],
  mentionsBySentence: readonly Mention[][],
  acts: readonly Act[],
  ctx: Context,
): Act[] {
  const answers: Act[] = [];
  const firstContent = all.find((s) => !isPreamble(s));
  let listParagraph = -1; // a paragraph that opened with a bare answer: its following lines may be more
  all.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    const found = mentionsBySentence[index] as Mention[];
    const mentions = ctx.lowercaseMode ? withTypedNames(sentence, found) : found;
    // ("Thank-you note → Mr Petrov": an arrow says whom as a colon does.)
    // ("I thanked three people today — Farah in accounts, …": after a count, a dash too.)
    const colon = tokens.findIndex(
      (t, q) =>
        t.text === ':' ||
        t.text === '→' ||
        (['—', '–', '-'].includes(t.text) &&
          !tokens.slice(0, q).some((x) => x.text === ':') &&
          tokens.slice(Math.max(0, q - 6), q).some((x) => COUNT_WORDS.has(x.lower))),
    );
    let list: Mention[] | null = null;
    if (colon >= 0 && !introBlocks(tokens, 0, colon)) {
      // ("Catching up: Mon - Gran.": the day may open what follows the colon.)
      const afterColon = colon + 1 + markedDayPrefix(tokens.slice(colon + 1));
      list =
        answerList(tokens, afterColon, tokens.length, mentions) ??
        unlistedEntries(tokens, colon, sentence.index, ctx, mentions);
    }
    // "To Dov, for the lift. To Rania, for the soup.": after an answer, more of the same shape.
    const dedication = ENTRY_PREPOSITIONS.has(lowerAt(tokens, 0)) && tokens[0]?.cap === true;
    const listLine = (sentence.lineStart || dedication) && sentence.paragraph === listParagraph;
    // ("Two people." only counts them: the next sentence says who.)
    const counted = sentence === firstContent && countsThanked(tokens);
    if (
      !list &&
      !counted &&
      (sentence === firstContent || sentence.bullet || sentence.afterColonLine || listLine)
    ) {
      if (sentence.bullet || sentence.afterColonLine) {
        const intro = [...all.slice(0, index)].reverse().find((s) => !s.bullet && !s.afterColonLine);
        if (
          intro &&
          intro.paragraph === sentence.paragraph &&
          introBlocks(intro.tokens, 0, intro.tokens.length)
        )
          return;
      }
      // ("Sun - no one, I was ill": a day marked off is no one's name.)
      list = answerList(tokens, markedDayPrefix(tokens), tokens.length, mentions);
      if (list && sentence === firstContent) listParagraph = sentence.paragraph;
    }
    // "Brigitta, no question.", "Mr. Achterberg, hands down!": the answer, then a word on it with
    // no clause of its own.
    if (!list && sentence === firstContent) {
      const named = mentions.find(
        (m) => m.start === tokens.findIndex((t) => t.word) && m.kind === 'name' && !m.possessor,
      );
      if (named && commentAfter(tokens, named.end)) list = [named];
    }
    // "A thank-you card for Esme, our childminder.": a sentence that is only the thing and whom it was for.
    if (!list && sentence === firstContent) {
      // "Kurze Karte an Frau Brenner:", "Un mot pour Hélène": in other languages too, with an adjective.
      // "Coup de fil à Mamie Odette", "Phone call to Grandad": a call the same way.
      const call = CALL_PHRASES.find((words) => words.every((w, q) => lowerAt(tokens, q) === w));
      const thing = messageNounPhrase(tokens, 0) || (call?.length ?? 0) || bareThing(tokens);
      const colon = tokens.findIndex((t, q) => q > thing && t.text === ':');
      if (
        thing > 0 &&
        ['for', 'to', 'an', 'für', 'à', 'pour', 'a', 'para', 'bei'].includes(lowerAt(tokens, thing))
      )
        // (A Spanish mention may take in its "a": "a mi tía Rosario".)
        list = answerList(
          tokens,
          mentions.some((m) => m.start === thing) ? thing : thing + 1,
          colon > 0 ? colon : tokens.length,
          mentions,
          true,
        );
    }
    // A catch-up by turns: "Hier, c'était le tour de ma voisine Josiane", "Tuesday was Mum's turn".
    if (!list) {
      // "Today was the turn of my cousin Rafferty" too.
      const turn = tokens.findIndex((_, q) =>
        TURN_PHRASES.some((words) => words.every((w, r) => lowerAt(tokens, q + r) === w)),
      );
      const first = (at: number) =>
        mentions.find((m) => m.start === at && (m.kind === 'name' || m.kind === 'rel') && !m.possessor);
      const owner = mentions.find(
        (m) =>
          m.possessor &&
          lowerAt(tokens, m.end) === 'turn' &&
          ['was', 'is'].includes(lowerAt(tokens, m.start - 1)),
      );
      // (A Spanish mention may take in its "a": "a mi vecina Carmen".)
      const found = turn >= 0 ? (first(turn + 3) ?? first(turn + 2)) : owner;
      if (found) list = [found];
    }
    // "Today's was Bogdan, the porter", "Mine was my aunt": an answer however late it comes.
    const opener = ANSWER_OPENERS.find((words) => words.every((w, q) => tokens[q]?.lower === w));
    if (!list && opener) {
      // "The first is the undertaker, who …": a role we have no word for, after the opener too.
      const role = answerList(tokens, opener.length, tokens.length, mentions)
        ? null
        : unlistedAnswer(tokens, sentence.index, ctx, mentions, opener.length);
      list = answerList(tokens, opener.length, tokens.length, mentions) ?? (role ? [role] : null);
    }
    // "It had to be Marguerite.", "Obviously it was always going to be my sister": the answer
    // after "it" and a copula however hedged (never one still to come: "it will be"). A bare "It
    // was Grace." only opening the reply: in a story it is who was at the door.
    const hedged = hedgedCopulaEnd(tokens);
    const bare = hedged > 0 && hedged - tokens.findIndex((t) => t.word) <= 2;
    if (!list && hedged > 0 && (!bare || sentence === firstContent) && !subjectRelativeAt(tokens, hedged)) {
      const found = answerList(tokens, hedged, tokens.length, mentions);
      const last = found?.[found.length - 1];
      // "C'est ma sœur Clémence qui m'a donné l'idée": a cleft on whoever did something else;
      // "C'est Clémence que j'ai remerciée" is the answer.
      const after = last && lowerAt(tokens, last.end) === ',' ? last.end + 1 : (last?.end ?? 0);
      const relative =
        subjectRelativeAt(tokens, after) ||
        (RELATIVE_PRONOUNS.has(lowerAt(tokens, after)) && !writerAfter(tokens, after + 1));
      // "Tuesday it was the man at the dry cleaner's who fixes my buttons": a day's answer, however described.
      // (Not when someone else follows: "Tuesday it was my sister who gave me the idea, so I called Gran".)
      const opensWithDay = WEEKDAYS.has(
        lowerAt(
          tokens,
          tokens.findIndex((t) => t.word),
        ),
      );
      const dayAnswer =
        opensWithDay && !mentions.some((m) => m.start > after && (m.kind === 'name' || m.kind === 'rel'));
      if (found && last && (!relative || dayAnswer)) list = found;
    }
    // A catch-up, line by line: "day 2 my neighbour big al for taking my bins out", "Day 4: Shaz
    // at work, bought her a brew", and "today …" among such lines.
    // Or anywhere, when the day is marked off or said to be someone's: "Tues - my boss Priya",
    // "Day 2 was my aunt Ruby, day 3 was Bilal".
    const day = sentence.lineStart ? dayLinePrefix(tokens, all, sentence.paragraph) : markedDayPrefix(tokens);
    if (!list && day > 0 && !sentence.lineStart) {
      const each = daysSaid(tokens, mentions);
      if (each.length > 1) list = each;
    }
    if (!list && day > 0) {
      const written = tokens[day];
      // "day 4 shaz at work, bought her a brew": a lower-case name opening the day's line.
      const lowerName =
        sentence.lineStart &&
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
    // "… First to my old boss, who …. Then to Hanka from the staffroom": the next entry in order.
    const goesOn = (w: string) =>
      CONTINUATIONS.has(w) || ENTRY_ADVERBS.has(w) || w === 'then' || w === 'next';
    if (!list && firstWord && goesOn(firstWord.lower) && index > 0) {
      // "Two persons I thanked today. First my former boss, who …. And Šárka, who …": an answer
      // before it goes on the same way.
      const previous = [...acts, ...answers].filter(
        (a) => a.sentence === sentence.index - 1 && a.status === 'done',
      );
      if (previous.length > 0)
        list = answerList(tokens, tokens.indexOf(firstWord) + 1, tokens.length, mentions);
    }
    // "The patients.", a bullet "- the dog walker who does our street": people the lexicon has no
    // word for, and nothing else, opening the reply (when nothing else in it says whom they
    // thanked) or as a line of a list.
    // (The writer or the service as an act's object, "mean to me", names no one.)
    const named = acts.some(
      (a) =>
        a.status === 'done' &&
        a.targets.some((t) => 'mention' in t && t.mention.kind !== 'self' && t.mention.kind !== 'service'),
    );
    const listed = sentence.bullet || sentence.afterColonLine;
    if (!list && colon < 0 && ((sentence === firstContent && !named) || listed)) {
      const role = unlistedAnswer(tokens, sentence.index, ctx, mentions);
      if (role) list = [role];
    }
    // A lone capitalised word opening the reply ("Lucia!") is an answer only when nothing else in
    // the reply says whom they thanked; "Easy." or "Tough one." must not become a person, nor a
    // group word with nothing before it, the day's kind of person ("Family in the loose sense today.").
    if (list && list.length === 1 && sentence === firstContent && colon < 0 && !sentence.bullet) {
      const only = list[0] as Mention;
      // "Auberon, who I haven't spoken to since 2014": a relative clause says a person is meant;
      // so does a word on the answer ("Brigitta, no question.").
      const described =
        (lowerAt(tokens, only.end) === ',' && RELATIVE_PRONOUNS.has(lowerAt(tokens, only.end + 1))) ||
        commentAfter(tokens, only.end);
      const lone =
        (only.kind === 'name' &&
          !only.relationship &&
          only.name !== null &&
          !only.name.includes(' ') &&
          !described) ||
        (only.kind === 'rel' && only.plural && only.end - only.start === 1) ||
        // "An old friend – yes, I still have one or two.": the day's kind of person, not yet whom.
        (only.kind === 'rel' && !only.plural && ['a', 'an'].includes(lowerAt(tokens, only.start)));
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
    // "It was my manager, Priscilla, who suggested …": the same after an apposition's comma.
    const relativeAt = only && lowerAt(tokens, only.end) === ',' ? only.end + 1 : (only?.end ?? 0);
    if (only && ['it was', "it's", 'it is'].includes(before) && subjectRelativeAt(tokens, relativeAt))
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

/** The writer as the subject at `at`: "I", "j'ai", "yo", "ich". */
function writerAfter(tokens: readonly Token[], at: number): boolean {
  const word = lowerAt(tokens, at);
  return FIRST_PERSON.has(word) || word.startsWith("j'");
}

/**
 * Where the answer begins after "it" and a copula opening the sentence, a sentence adverb or two
 * before it ("Obviously it had to be …", "Honestly, it was always going to be …"); else 0.
 */
function hedgedCopulaEnd(tokens: readonly Token[]): number {
  let q = tokens.findIndex((t) => t.word);
  const opens = (at: number) => IT_COPULAS.some((words) => words[0] === lowerAt(tokens, at));
  for (let hedges = 0; q >= 0 && hedges < 2 && !opens(q); hedges++) {
    const word = lowerAt(tokens, q);
    const hedge = word.endsWith('ly') || INTERJECTIONS.has(word) || ANSWER_DAYS.has(word);
    if (!hedge && !ANSWER_DAYS_ABROAD.has(word)) return 0;
    q++;
    while (lowerAt(tokens, q) === ',') q++;
  }
  const chain = IT_COPULAS.find((words) => words.every((w, n) => lowerAt(tokens, q + n) === w));
  return chain ? q + chain.length : 0;
}

/** Where a catch-up line's person begins after "day 3", "Day 3:" or, among such lines, "today"; else 0. */
function dayLinePrefix(tokens: readonly Token[], all: readonly Sentence[], paragraph: number): number {
  let q = tokens.findIndex((t) => t.word);
  if (q < 0) return 0;
  // "For day 3, Rhiannon …", "Day three — Grandad Stan".
  if (['for', 'on'].includes(lowerAt(tokens, q)) && lowerAt(tokens, q + 1) === 'day') q++;
  const dayNumber = /^[1-7]$/.test(lowerAt(tokens, q + 1)) || DAY_NUMBER_WORDS.has(lowerAt(tokens, q + 1));
  if (lowerAt(tokens, q) === 'day' && dayNumber) q += 2;
  else if (
    ['today', 'yesterday'].includes(lowerAt(tokens, q)) &&
    all.some((s) => s.paragraph === paragraph && s.lineStart && lowerAt(s.tokens, 0) === 'day')
  )
    q += 1;
  else return 0;
  while ([':', '-', '–', '—', ')', '.'].includes(lowerAt(tokens, q))) q++;
  return q;
}

/** "Tues - …", "Monday: …", "Day 2 was …": a day marked off by a dash or a colon, or said to be someone's. */
function markedDayPrefix(tokens: readonly Token[]): number {
  const q = tokens.findIndex((t) => t.word);
  if (q < 0) return 0;
  const numbered =
    lowerAt(tokens, q) === 'day' &&
    (/^[1-7]$/.test(lowerAt(tokens, q + 1)) || DAY_NUMBER_WORDS.has(lowerAt(tokens, q + 1)));
  const at = numbered ? q + 2 : WEEKDAYS.has(lowerAt(tokens, q)) ? q + 1 : -1;
  if (at < 0) return 0;
  if ([':', '-', '–', '—'].includes(lowerAt(tokens, at))) return at + 1;
  // "Wednesday, Mum (obviously).": a comma will do where only a few words follow, none a verb.
  const rest = tokens.slice(at + 1).filter((t) => t.word);
  if (
    lowerAt(tokens, at) === ',' &&
    rest.length > 0 &&
    rest.length <= 4 &&
    !rest.some((t) => isPastForm(t.lower))
  )
    return at + 1;
  return numbered && ['was', 'is'].includes(lowerAt(tokens, at)) ? at + 1 : 0;
}

/** "Day 2 was my aunt Ruby, day 3 was Bilal at work": whom each day was, in one sentence. */
function daysSaid(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let q = 0; q < tokens.length; q++) {
    if (lowerAt(tokens, q) !== 'day' || !['was', 'is', ':', '-', '–', '—'].includes(lowerAt(tokens, q + 2)))
      continue;
    const who = mentions.find(
      (m) => m.start === q + 3 && (m.kind === 'name' || m.kind === 'rel') && !m.possessor,
    );
    if (who) out.push(who);
  }
  return out;
}

/**
 * How many words a sentence's opening thing takes, with no article: "Karte an …", "Kurze Karte an
 * …", "Thank you note to Kenji" (the "you" of a written-apart thank-you in it); 0 if it opens
 * with no such thing.
 */
function bareThing(tokens: readonly Token[]): number {
  let k = MESSAGE_NOUNS.has(lowerAt(tokens, 0)) ? 1 : MESSAGE_NOUNS.has(lowerAt(tokens, 1)) ? 2 : 0;
  if (k === 0) return 0;
  while (
    MESSAGE_NOUNS.has(lowerAt(tokens, k)) ||
    (['you', 'u'].includes(lowerAt(tokens, k)) && lowerAt(tokens, k - 1) === 'thank')
  )
    k++;
  return k;
}

/**
 * "Two thank-yous: the union rep at the plant, who …, and Kabamba, who …": after an opening that
 * speaks of thanks, entries may be people the lexicon has no word for, known by where they are or
 * by the "who" that follows them.
 */
function unlistedEntries(
  tokens: readonly Token[],
  colon: number,
  sentence: number,
  ctx: Context,
  mentions: readonly Mention[],
): Mention[] | null {
  if (!tokens.slice(0, colon).some((t) => t.lower.startsWith('thank'))) return null;
  const more = [...mentions];
  for (let q = colon + 1; q < tokens.length; q++) {
    const entryStart = q === colon + 1 || LIST_JOINERS.has(lowerAt(tokens, q - 1));
    if (!entryStart || more.some((m) => m.start === q)) continue;
    const role = unlistedRole(tokens, q, sentence, ctx, mentions);
    if (!role) continue;
    const end = trailingPlace(tokens, role.end)?.end ?? role.end;
    const relative = lowerAt(tokens, end) === ',' && RELATIVE_PRONOUNS.has(lowerAt(tokens, end + 1));
    if (relative || !isWord(tokens[end]) || LIST_JOINERS.has(lowerAt(tokens, end))) more.push(role);
  }
  more.sort((a, b) => a.start - b.start);
  return more.length > mentions.length ? answerList(tokens, colon + 1, tokens.length, more) : null;
}

/**
 * "Thanked two people today", "Two thank-yous today", a bare "Two, today.": a number of people or
 * thanks, none named.
 */
function countsThanked(tokens: readonly Token[]): boolean {
  const thanks = tokens.some((t) => t.lower.startsWith('thank'));
  const words = tokens.filter((t) => t.word);
  // "Two, today.", "Just three!", "Two people this time.", "Did two this time.": a bare number
  // answering the prompt.
  const bare =
    words.some((t) => COUNT_WORDS.has(t.lower)) &&
    words.every(
      (t) =>
        COUNT_WORDS.has(t.lower) ||
        COUNTED_THANKS.has(t.lower) ||
        ANSWER_FILLERS.has(t.lower) ||
        ANSWER_DAYS.has(t.lower) ||
        ['this', 'time', 'round', 'did', 'done', 'managed'].includes(t.lower),
    );
  // "Two, in the end.", "Three, in total!": the number, then a word on it with no clause of its own.
  const first = tokens.findIndex((t) => t.word);
  const commented = first >= 0 && COUNT_WORDS.has(lowerAt(tokens, first)) && commentAfter(tokens, first + 1);
  return (
    bare ||
    commented ||
    (thanks && tokens.some((t, q) => COUNT_WORDS.has(t.lower) && COUNTED_THANKS.has(lowerAt(tokens, q + 1))))
  );
}

/** ", no question.", ", hands down!": after a comma, a few words to the end with no clause of their own. */
function commentAfter(tokens: readonly Token[], end: number): boolean {
  if (lowerAt(tokens, end) !== ',') return false;
  const words = tokens.slice(end + 1).filter((t) => t.word);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.every(
      (t) =>
        !t.cap &&
        !isPastForm(t.lower) &&
        !FIRST_PERSON.has(t.lower) &&
        !SUBJECT_PRONOUNS.has(t.lower) &&
        !PREDICATE_WORDS.has(t.lower),
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

/**
 * A greeting, a short question ("Who did I thank?"), a one-word comment ("Easy.") or an opening of
 * interjections only ("lol ok.", "Right, so."): not yet the answer.
 */
export function isPreamble(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => t.word);
  // "Who did I thank?", "My choice today?": the prompt's question asked back before the answer.
  const question = sentence.tokens.at(-1)?.text === '?' && words.length > 0 && words.length <= 5;
  // "Easy.", "Obviously.": a word on the choice before it is given.
  const comment = words.length === 1 && ANSWER_FILLERS.has((words[0] as Token).lower);
  return (
    isGreeting(sentence) ||
    question ||
    comment ||
    (words.length > 0 && words.length <= 3 && words.every((t) => INTERJECTIONS.has(t.lower)))
  );
}

export function isGreeting(sentence: Sentence): boolean {
  const first = sentence.tokens.find((t) => t.word);
  return (
    first !== undefined && GREETINGS.has(first.lower) && sentence.tokens.filter((t) => t.word).length <= 4
  );
}

/**
 * A sentence that is only people the lexicon has no word for, maybe with where they are or a
 * relative clause ("The residents at the care home where I volunteer."), as a mention; not anyone
 * at all ("The woman who found my wallet").
 */
function unlistedAnswer(
  tokens: readonly Token[],
  sentence: number,
  ctx: Context,
  mentions: readonly Mention[],
  from = 0,
): Mention | null {
  const role = unlistedRole(tokens, from, sentence, ctx, mentions);
  if (!role || GENERIC_PEOPLE.has(lowerAt(tokens, role.end - 1))) return null;
  const rest = trailingPlace(tokens, role.end)?.end ?? role.end;
  const next = lowerAt(tokens, rest) === ',' && from > 0 ? rest + 1 : rest;
  const closed =
    tokens.slice(rest).every((t) => !t.word) ||
    RELATIVE_PRONOUNS.has(lowerAt(tokens, next)) ||
    lowerAt(tokens, next) === 'where';
  return closed ? role : null;
}
