/**
 * Joining what a sentence says twice about one person: a name and its relationship side by side,
 * in brackets, after a comma or a copula ("my neighbour, Dawn"; "Dawn (my neighbour)"; "…: Tove
 * Lindahl"), and the companions a sentence opens with ("Avec ma sœur, on a …").
 */
import { NEGATION_WORDS, RELATIVE_PRONOUNS } from '../lexicon/cues';
import { INDEFINITE_ARTICLES, OWN_POSSESSIVES, ROMANCE_NAME_ARTICLES } from '../lexicon/function-words';
import {
  COMPANY_WORDS,
  COPULA_ADVERBS,
  COPULA_SUBJECTS,
  COPULAS,
  HEDGE_WORDS,
  LIST_JOINERS,
  TIME_AFTER_NAME,
  UNMARKED_CLOSERS,
  WE_SUBJECTS,
} from '../lexicon/grammar';
import { TITLES } from '../lexicon/titles';
import { COMMON_WORDS } from '../lexicon/words';
import { fold } from '../normalize';
import type { Token } from '../tokens';
import { isPastForm } from './clauses';
import { trailingPlace } from './descriptions';
import { type Context, isWord, lowerAt, type Mention, typedName } from './model';
import { CLAUSE_PARTICIPLES, isPlausibleLowercaseName, relationshipAt } from './names';

/**
 * "Avec mon mari, on a apporté des chocolats à l'équipe …", "With my sister we took flowers to
 * Joan": the people a sentence opens with "with" joined the writer in giving the thanks; they are
 * the writer's side, never the ones thanked (nor an antecedent for "la", "her").
 */
export function markCompanions(tokens: readonly Token[], mentions: Mention[]): void {
  // "My brother Kees and I drove out to see Raúl": the subject with the writer thanked with them.
  for (const m of mentions) {
    const opensClause = tokens.slice(0, m.start).every((t) => !t.word) || tokens[m.start - 1]?.text === ',';
    if (
      opensClause &&
      (m.kind === 'name' || m.kind === 'rel') &&
      lowerAt(tokens, m.end) === 'and' &&
      ['i', 'me'].includes(lowerAt(tokens, m.end + 1)) &&
      isWord(tokens[m.end + 2])
    )
      m.withWriter = true;
  }
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || !COMPANY_WORDS.has(lowerAt(tokens, first))) return;
  let q = first + 1;
  while (q < tokens.length && q - first < 12 && !WE_SUBJECTS.has(lowerAt(tokens, q))) q++;
  // The subject opens the main clause: right after the phrase's comma, or straight after it.
  if (!WE_SUBJECTS.has(lowerAt(tokens, q))) return;
  for (const m of mentions) if (m.start > first && m.end <= q) m.kind = 'self';
}

/** A word that can only be the verb of a clause of its own: "is", "had", "lent", "stopped". */
function isVerbAfter(word: string): boolean {
  return COPULAS.has(word) || word === 'had' || word === 'has' || isPastForm(word);
}

const CONTRACTED_COPULA = /^(?:i'm|he's|she's|they're|we're|you're)$/;

/**
 * Where the name begins that a description ending at `end` is said to be: "The friend (that) I
 * picked was …", "The person who taught me the most was …"; else -1.
 */
export function identifiedAs(tokens: readonly Token[], end: number): number {
  let q = end;
  if (['who', 'that', 'whom', 'i', 'we'].includes(lowerAt(tokens, q))) {
    while (q < end + 8 && isWord(tokens[q]) && !['is', 'was'].includes(lowerAt(tokens, q))) q++;
  }
  return ['is', 'was'].includes(lowerAt(tokens, q)) ? q + 1 : -1;
}

/** Where "is"/"was" stands right before the phrase at `start` (adverbs between allowed), or -1. */
export function copulaAt(tokens: readonly Token[], start: number): number {
  let q = start - 1;
  while (COPULA_ADVERBS.has(lowerAt(tokens, q))) q--;
  return ['is', 'was'].includes(lowerAt(tokens, q)) ? q : -1;
}

/** The phrase at `start` follows a pronoun and a copula: it says what someone is, not who else was there. */
export function predicative(tokens: readonly Token[], start: number): boolean {
  let q = start - 1;
  // "you're not a bad driver, you're a scared one": what someone is not says what they are, too.
  const skipAdverbs = () => {
    while (COPULA_ADVERBS.has(lowerAt(tokens, q)) || NEGATION_WORDS.has(lowerAt(tokens, q))) q--;
  };
  skipAdverbs();
  if (CONTRACTED_COPULA.test(lowerAt(tokens, q))) return true;
  if (lowerAt(tokens, q) === 'been') {
    // "She's been my rock", "he has always been my mentor"
    q--;
    skipAdverbs();
    if (CONTRACTED_COPULA.test(lowerAt(tokens, q)) || /^(?:i|you|we|they)'ve$/.test(lowerAt(tokens, q)))
      return true;
    if (!['has', 'have'].includes(lowerAt(tokens, q))) return false;
  } else if (!COPULAS.has(lowerAt(tokens, q))) return false;
  return COPULA_SUBJECTS.has(lowerAt(tokens, q - 1));
}

/**
 * Where brackets about a named person open: right after the name, or after where they were found
 * ("found miss dunleavy on fb (the dinner lady at my primary school!!)").
 */
function bracketAfter(tokens: readonly Token[], a: Mention, mentions: readonly Mention[]): number {
  if (a.kind !== 'name' || !['on', 'at', 'in', 'via'].includes(lowerAt(tokens, a.end))) return a.end;
  for (let q = a.end + 1; q <= a.end + 3; q++) {
    if (lowerAt(tokens, q) === '(') return q;
    if (!isWord(tokens[q]) || mentions.some((m) => m.start === q)) break;
  }
  return a.end;
}

/**
 * "Ingrid, my first lab supervisor," and "Omar (bus driver on the 42)" give a relationship;
 * "my old violin teacher, Ms. Prendergast" and "The woman who runs the newsstand, Fatima" give a
 * name; "Bartholomew (Bart to everyone)" gives a nickname. The pair becomes one mention.
 */
export function attachAppositives(tokens: readonly Token[], mentions: Mention[], ctx: Context): void {
  // "a young guy called Tariq", "a nurse named Adwoa": the name is the person described.
  for (let m = 0; m + 1 < mentions.length; m++) {
    const a = mentions[m] as Mention;
    const b = mentions[m + 1] as Mention;
    if (
      a.kind === 'rel' &&
      !a.plural &&
      b.kind === 'name' &&
      ['called', 'named'].includes(lowerAt(tokens, a.end)) &&
      b.start === a.end + 1
    ) {
      mergeInto(b, a);
      mentions.splice(m, 1);
    }
  }
  for (let m = 0; m < mentions.length; m++) {
    const a = mentions[m] as Mention;
    if (a.kind !== 'name' && a.kind !== 'rel') continue;
    const k = bracketAfter(tokens, a, mentions);
    // Parenthesis right after: relationship or nickname.
    if (lowerAt(tokens, k) === '(') {
      let close = k + 1;
      while (close < tokens.length && lowerAt(tokens, close) !== ')' && close - k < 15) close++;
      const inner = mentions.filter((x) => x.start > k && x.end <= close);
      // "the facilities team (Lorraine, Ahmed and Steve)": a group and then its people, each one an entry.
      if (a.kind === 'rel' && inner.filter((x) => x.kind === 'name').length >= 2) continue;
      // "The woman at the dry cleaner (Rukhsana)": the name in brackets is the person described.
      const only = inner[0];
      if (a.kind === 'rel' && !a.plural && inner.length === 1 && only?.kind === 'name') {
        mergeInto(only, a);
        only.end = Math.min(close + 1, tokens.length);
        mentions.splice(m, 1);
        m--;
        continue;
      }
      for (const x of inner) {
        // "Auberon (yes, his parents were Shakespeare people)": someone else's people say nothing of his.
        if (x.kind === 'rel' && a.kind === 'name' && !a.relationship && !x.others && !x.plural) {
          a.relationship = x.relationship;
          a.gender ??= x.gender;
        } else if (x.kind === 'name' && a.kind === 'name' && x.key) {
          a.aliases.push(x.key);
        }
      }
      if (a.kind === 'name' && !a.relationship && inner.length === 0) {
        // "(bus driver on the 42)" without a determiner.
        for (let q = k + 1; q < close; q++) {
          const rel = relationshipAt(tokens, q);
          if (rel && !rel.word.generic) {
            a.relationship = rel.word.canonical;
            break;
          }
        }
      }
      // "Valentina (Tina to everyone except her mother)": a nickname the opening bracket hides
      // from the name finder, as it would a sentence's first word.
      const nick = tokens[k + 1];
      if (
        a.kind === 'name' &&
        !inner.some((x) => x.start === k + 1) &&
        isWord(nick) &&
        nick.cap &&
        !COMMON_WORDS.has(nick.lower) &&
        lowerAt(tokens, k + 2) === 'to'
      )
        a.aliases.push(fold(nick.text));
      for (const x of inner) x.kind = 'self'; // absorbed: never a separate person
      a.end = Math.min(close + 1, tokens.length);
      const after = a.end;
      // "Cô Mai (Nguyễn Thị Mai), my Vietnamese teacher": an apposition may follow the parentheses.
      const next = mentions.find((x) => x.start === after + 1 && x.kind === 'rel');
      if (a.kind === 'name' && lowerAt(tokens, after) === ',' && next) {
        a.relationship ??= next.relationship;
        a.gender ??= next.gender;
        a.end = next.end;
        next.kind = 'self';
      }
      continue;
    }
    // "my cousin Leocadio – Cayo to the whole family –": a nickname between dashes, as in brackets.
    const dashed = tokens[k + 1];
    if (
      a.kind === 'name' &&
      ['–', '—', '-'].includes(lowerAt(tokens, k)) &&
      isWord(dashed) &&
      dashed.cap &&
      !COMMON_WORDS.has(dashed.lower) &&
      lowerAt(tokens, k + 2) === 'to'
    ) {
      a.aliases.push(fold(dashed.text));
      for (const x of mentions) if (x.start === k + 1) x.kind = 'self';
    }
    const b = mentions[m + 1];
    // "Thanked Coach, Mrs. Delaney, after the match", "Sensei, Mr. Takeda": a role used as the
    // form of address, then the same person's name, is one person; not a list ("Coach, Mrs.
    // Delaney and Mr. Obi" names three).
    const title =
      a.kind === 'name' && a.end - a.start === 1 ? TITLES.get(lowerAt(tokens, a.start)) : undefined;
    if (
      title &&
      b?.kind === 'name' &&
      lowerAt(tokens, k) === ',' &&
      b.start === k + 1 &&
      !listGoesOn(tokens, b.end, mentions)
    ) {
      b.relationship ??= title.relationship;
      b.gender ??= title.gender;
      b.start = a.start;
      mentions.splice(m, 1);
      m--;
      continue;
    }
    // German puts the participle between the name and its apposition: "Ich habe Gerd angerufen,
    // meinen alten Freund aus dem Chor, und …"; a time may stand there too: "I rang Dr. Obi today,
    // the surgeon who …", "telephoned Godfrey last night, my old chess partner".
    let when = k;
    while (when < k + 3 && TIME_AFTER_NAME.has(lowerAt(tokens, when))) when++;
    const afterParticiple =
      ((CLAUSE_PARTICIPLES.has(lowerAt(tokens, k)) && lowerAt(tokens, k + 1) === ',') ||
        (when > k && lowerAt(tokens, when) === ',')) &&
      a.kind === 'name';
    // "Ran into Mestre Jurandir at the Sunday market in Lapa, my capoeira teacher …": where they
    // met may stand between the name and what they are to the writer.
    const metAt = a.kind === 'name' && !afterParticiple ? trailingPlace(tokens, k) : null;
    const placed =
      metAt !== null &&
      lowerAt(tokens, metAt.end) === ',' &&
      b?.kind === 'rel' &&
      b.start === metAt.end + 1 &&
      OWN_POSSESSIVES.has(lowerAt(tokens, b.start));
    const comma = placed && metAt ? metAt.end : afterParticiple ? (when > k ? when : k + 1) : k;
    // "Charity, their mother had a sense of humour": a description with its own verb opens a clause.
    // Typed in lower case, the comma may be left out: "mr quashie my old sax teacher. sent him a card".
    // So may anyone's, when the description closes its clause or only says where: "rang Levente my
    // first foreman on site and thanked him".
    const closing = b ? (trailingPlace(tokens, b.end)?.end ?? b.end) : 0;
    // ("rafferty 🙏 my old football coach": typed small, an emoji may stand between.)
    const between = b ? tokens.slice(k, b.start) : [];
    const unmarked =
      b !== undefined &&
      (b.start === k || (ctx.lowercaseMode && between.every((x) => !x.word && x.text !== ','))) &&
      OWN_POSSESSIVES.has(lowerAt(tokens, b.start)) &&
      (ctx.lowercaseMode
        ? !isWord(tokens[b.end]) || UNMARKED_CLOSERS.has(lowerAt(tokens, closing))
        : UNMARKED_CLOSERS.has(lowerAt(tokens, closing)) &&
          isPastForm(lowerAt(tokens, closing + 1)) &&
          !a.weak &&
          !isPastForm(lowerAt(tokens, a.end - 1)));
    if (
      a.kind === 'name' &&
      b?.kind === 'rel' &&
      ((lowerAt(tokens, comma) === ',' && b.start === comma + 1) || unmarked) &&
      !(b.end - b.start <= 3 && isVerbAfter(lowerAt(tokens, b.end)))
    ) {
      // "Ingrid, my first lab supervisor,"
      a.relationship ??= b.relationship;
      a.gender ??= b.gender;
      // "Joy, the cook in our depot canteen,": a word-name said to be someone is a person.
      if (comma > k - 1 && lowerAt(tokens, comma) === ',') a.weak = false;
      if (!afterParticiple) a.end = b.end;
      b.kind = 'self'; // absorbed
      // "my mother's oldest friend and basically my second mum": a second description, hedged, of her.
      let hedge = b.end + 1;
      while (hedge < b.end + 4 && HEDGE_WORDS.has(lowerAt(tokens, hedge))) hedge++;
      const second = mentions.find((x) => x.kind === 'rel' && x.start === hedge && !x.plural);
      if (lowerAt(tokens, b.end) === 'and' && hedge > b.end + 1 && second) second.kind = 'self';
      // "Ángeles, la vecina del tercero, una señora de ochenta años que …": a second description, with
      // an indefinite article, of the same person.
      const described = trailingPlace(tokens, b.end)?.end ?? b.end;
      const another = mentions.find((x) => x.kind === 'rel' && x.start === described + 1 && !x.plural);
      if (
        lowerAt(tokens, described) === ',' &&
        another &&
        INDEFINITE_ARTICLES.has(lowerAt(tokens, another.start)) &&
        !LIST_JOINERS.has(lowerAt(tokens, another.end))
      )
        another.kind = 'self';
      continue;
    }
    if (a.kind !== 'rel') continue;
    // "my old violin teacher, Ms. Prendergast"; "The woman who runs the newsstand by the station,
    // Fatima"; "the founder of the charity that paid for my course, Mrs. Bakare": over a relative
    // clause or a place (and the people in it) to the name set after the comma.
    let q = a.end;
    // "The woman who sells coffee | and buns from the cart outside the station, Gunnel": a
    // description whose relative clause goes on past where the description was cut.
    const clauseGoesOn =
      isWord(tokens[q]) && tokens.slice(a.start, a.end).some((t) => RELATIVE_PRONOUNS.has(t.lower));
    if (
      clauseGoesOn ||
      RELATIVE_PRONOUNS.has(lowerAt(tokens, q)) ||
      // "mon voisin du dessous, M. Haddad", "la vecina del quinto, Encarna".
      [
        'from',
        'at',
        'in',
        'on',
        'of',
        'outside',
        'near',
        'by',
        'behind',
        'across',
        'opposite',
        'beside',
        'under',
        'de',
        'du',
        'des',
        'del',
        'von',
        'vom',
        'aus',
      ].includes(lowerAt(tokens, q))
    ) {
      // A hyphen inside a word goes on with the phrase ("my son's under-11s"); a dash before a
      // capitalised word opens a list ("my team at the allotment - Wendell, Priyanka and Os").
      const joined = (r: number) =>
        lowerAt(tokens, r) === '-' && isWord(tokens[r - 1]) && isWord(tokens[r + 1]) && !tokens[r + 1]?.cap;
      while (q < tokens.length && (isWord(tokens[q]) || joined(q)) && q - a.end < 20) q++;
    }
    // "The caretaker of our block, who sweeps the courtyard every morning, Radovan.": a reply that
    // opens with who it was, a relative clause set off by commas, and the name closing the sentence.
    if (
      lowerAt(tokens, q) === ',' &&
      RELATIVE_PRONOUNS.has(lowerAt(tokens, q + 1)) &&
      !tokens.slice(0, a.start).some(isWord)
    ) {
      let r = q + 2;
      while (r < tokens.length && isWord(tokens[r]) && r - q < 24) r++;
      const closing = mentions.find((x) => x.kind === 'name' && x.start === r + 1);
      if (lowerAt(tokens, r) === ',' && closing && !isWord(tokens[closing.end])) q = r;
    }
    // "My neighbour — the one with the yappy dog — Mrs Featherstone, got flowers": an aside between
    // dashes, then the name.
    let aside = false;
    if (q === a.end && ['–', '—'].includes(lowerAt(tokens, q))) {
      let close = q + 2;
      while (close < Math.min(tokens.length, q + 14) && !['–', '—'].includes(lowerAt(tokens, close))) close++;
      if (mentions.some((x) => x.kind === 'name' && x.start === close + 1)) {
        q = close;
        aside = true;
      }
    }
    // Portuguese, Italian and Spanish put an article before the name: "o meu treinador, o Sr. Valter".
    const nameAt =
      ROMANCE_NAME_ARTICLES.has(lowerAt(tokens, q + 1)) && tokens[q + 2]?.cap === true ? q + 2 : q + 1;
    // "the lady who runs the coffee van, halyna.": typed in lower case, a name closing the clause.
    // "my old boss, paddy keogh, to …": a surname may follow.
    const typedEnd = isPlausibleLowercaseName(lowerAt(tokens, nameAt + 1)) ? nameAt + 2 : nameAt + 1;
    const typed = tokens.slice(nameAt, typedEnd);
    const typedMention =
      ctx.lowercaseMode &&
      !a.plural &&
      lowerAt(tokens, q) === ',' &&
      typed.every((x) => isWord(x) && isPlausibleLowercaseName(x.lower)) &&
      !isWord(tokens[typedEnd])
        ? typedName(tokens, a.sentence, nameAt, typedEnd)
        : undefined;
    const named = mentions.find((x) => x.kind === 'name' && x.start === nameAt) ?? typedMention;
    // "my mum, our postie Gareth, and Lena": a name with a description of its own is the next entry.
    // "Mum, Aunt Phyllis and Gran": after a bare family word standing for a name, a name with a
    // family title of another kind is the next entry too.
    const bare = a.end - a.start === 1 && tokens[a.start]?.cap === true;
    const ownDescription =
      named?.relationship &&
      (OWN_POSSESSIVES.has(lowerAt(tokens, named.start)) || (bare && named.relationship !== a.relationship));
    // "The lady from the launderette - Consuelo - got flowers": one name between dashes, as after a comma.
    const dash = (r: number) => ['–', '—', '-'].includes(lowerAt(tokens, r));
    const betweenDashes = !a.plural && dash(q) && named !== undefined && dash(named.end);
    if ((lowerAt(tokens, q) === ',' || betweenDashes || aside) && named && !ownDescription) {
      if (named === typedMention) mentions.splice(m + 1, 0, named);
      // The people inside the description ("my son's" in "the coach of my son's team") are the
      // story's: a pronoun after it means the person described.
      for (const inner of mentions) if (inner.start > a.start && inner.end <= q) inner.subordinate = true;
      mergeInto(named, a);
      mentions.splice(m, 1);
      m--;
    }
  }
  for (let m = mentions.length - 1; m >= 0; m--)
    if (
      (mentions[m] as Mention).kind === 'self' &&
      (mentions[m] as Mention).end - (mentions[m] as Mention).start > 1
    )
      mentions.splice(m, 1);
  // "… went to the woman who answered the night line: Tove Lindahl.": a name after a colon, ending
  // the sentence, names the description just before it.
  // People inside the description's own clause ("the year my brother was in hospital") are passed over.
  const closing = mentions[mentions.length - 1];
  const before = mentions.slice(0, -1);
  const described = [...before]
    .reverse()
    .find((x) => !x.subordinate && (x.kind === 'rel' || x.kind === 'name'));
  if (
    closing?.kind === 'name' &&
    described?.kind === 'rel' &&
    !described.plural &&
    lowerAt(tokens, closing.start - 1) === ':' &&
    !tokens.slice(closing.end).some((t) => t.word) &&
    before.slice(before.indexOf(described) + 1).every((x) => x.kind === 'self' || x.subordinate)
  ) {
    mergeInto(closing, described);
    mentions.splice(mentions.indexOf(described), 1);
  }
  void ctx;
}

/** Another person is listed after `at`: ", and Mr. Obi", "and the ref". */
function listGoesOn(tokens: readonly Token[], at: number, mentions: readonly Mention[]): boolean {
  let q = at;
  while (q < tokens.length && q - at < 3 && LIST_JOINERS.has(lowerAt(tokens, q))) q++;
  return q > at && mentions.some((x) => x.start === q && (x.kind === 'name' || x.kind === 'rel'));
}

/** `name` takes the description's relationship, gender and span. */
export function mergeInto(name: Mention, rel: Mention): void {
  name.relationship ??= rel.relationship;
  name.gender ??= rel.gender;
  name.start = rel.start;
  name.others = rel.others;
  name.ownerGender = rel.ownerGender;
  name.subordinate = name.subordinate && rel.subordinate;
}

/**
 * "Thanked my current lead, Desmond, today", "our tour guide, Desmond", "wrote to his widow, Ellen,
 * instead": whatever the words before
 * the comma call the role (one the lexicon may not have), the name set after it is who that is,
 * as long as nothing but a relative clause or a time follows it (not "…, Desmond said").
 */
export function namedAfterDescription(
  tokens: readonly Token[],
  at: number,
  mentions: readonly Mention[],
): Mention | null {
  if (!OWN_POSSESSIVES.has(lowerAt(tokens, at)) && !['his', 'her', 'their'].includes(lowerAt(tokens, at)))
    return null;
  let comma = at + 1;
  while (comma < at + 6 && isWord(tokens[comma]) && !tokens[comma]?.cap) comma++;
  if (comma === at + 1 || tokens[comma]?.text !== ',') return null;
  const name = mentions.find((m) => m.kind === 'name' && m.start === comma + 1 && !m.possessor);
  if (!name) return null;
  const next = tokens[name.end];
  if (isWord(next) && !RELATIVE_PRONOUNS.has(next.lower) && !TIME_AFTER_NAME.has(next.lower)) return null;
  return name;
}
