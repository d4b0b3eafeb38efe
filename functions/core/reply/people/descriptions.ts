/**
 * People described rather than named: relationship and role phrases ("my old violin teacher", "the
 * sanitation crew", "la Marta, mi prima"), roles the lexicon does not list, and the place that says
 * which group ("the night nurses on 6 West").
 */
import {
  ARTICLES,
  CONTRACTED_ARTICLES,
  ENGLISH_DETERMINERS,
  FUNCTION_WORDS,
  GERMAN_OWN_POSSESSIVES,
  OTHER_POSSESSIVES,
  OWN_POSSESSIVES,
} from '../lexicon/function-words';
import {
  CLOCK_WORDS,
  COUNT_WORDS,
  DESCRIPTION_BREAKS,
  PLACE_OPENERS,
  PURPOSE_MODALS,
  ROLE_LOOKALIKES,
  ROMANCE_ROLE_DETERMINERS,
  SPATIAL_PREPOSITIONS,
  TIME_AFTER_NAME,
} from '../lexicon/grammar';
import {
  EVALUATIVE_ADJECTIVES,
  KINSHIP_ALSO_THINGS,
  KINSHIP_NAMES,
  type RelationshipWord,
  ROLE_WORDS_AS_WRITTEN,
  SPELLING,
} from '../lexicon/relationships';
import { TITLES } from '../lexicon/titles';
import { IRREGULAR_PAST, MESSAGE_NOUNS } from '../lexicon/verbs';
import { NEVER_NAMES, TEMPORAL_NOUNS } from '../lexicon/words';
import { fold } from '../normalize';
import type { Token } from '../tokens';
import {
  type Context,
  capitalizeFirst,
  isWord,
  lowerAt,
  type Mention,
  makeMention,
  matchSequence,
  PREDICATE_WORDS,
  PREDICATES_BY_FIRST,
  stripPossessive,
} from './model';
import { ELIDED_ARTICLE, isAcronym, type RelParse, relationshipAt } from './names';

/** "so that", "so Mum could sleep": a purpose clause, whose people are the story's. */
export function purposeSo(tokens: readonly Token[], i: number): boolean {
  if (lowerAt(tokens, i) !== 'so' || i === 0) return false;
  if (lowerAt(tokens, i + 1) === 'that') return true;
  for (let q = i + 2; q <= i + 4; q++) if (PURPOSE_MODALS.has(lowerAt(tokens, q))) return true;
  return false;
}

/** "my old violin teacher", "the sanitation crew", "my neighbor's kid", "mi compañera de piso". */
export function parseRelationship(tokens: readonly Token[], i: number, bare = false): RelParse | null {
  const det = tokens[i];
  if (!isWord(det)) return null;
  // "il mio vicino", "a minha avó": Italian and Portuguese put an article before the possessive.
  const next = lowerAt(tokens, i + 1);
  if (ARTICLES.has(det.lower) && (OWN_POSSESSIVES.has(next) || OTHER_POSSESSIVES.has(next)) && !bare) {
    return parseRelationship(tokens, i + 1);
  }
  // Spanish marks the person with "a" before the article: "a las enfermeras", "a unos vecinos".
  if (det.lower === 'a' && ARTICLES.has(next) && !['a', 'an'].includes(next) && !bare) {
    return parseRelationship(tokens, i + 1);
  }
  const own = OWN_POSSESSIVES.has(det.lower);
  const others = OTHER_POSSESSIVES.has(det.lower);
  // `bare`: a description with its article left out, as a reply may open ("Bus driver on the 23").
  // Portuguese "as" is the article of a feminine plural ("as enfermeiras"), English "as" is not one.
  const portugueseAs = det.lower === 'as' && relationshipAt(tokens, i + 1)?.word.plural === true;
  // "à l'équipe de la cantine": the article and the noun in one word.
  const elided = ELIDED_ARTICLE.test(det.lower) && relationshipAt(tokens, i) !== null;
  const article =
    ARTICLES.has(det.lower) || CONTRACTED_ARTICLES.has(det.lower) || portugueseAs || bare || elided;
  let k = i;
  if (own || others || (article && !bare && !elided)) k = i + 1;
  // Possessive chains: "my neighbor's kid", "my grandmother's neighbour".
  const description: Token[] = [];
  let modifiers = 0;
  let owner: { word: RelationshipWord; end: number; tokens: Token[] } | null = null;
  const ownerOnly = (): RelParse | null =>
    owner && (own || others || article)
      ? {
          end: owner.end,
          word: owner.word,
          descriptionTokens: owner.tokens,
          own,
          others,
          possessive: true,
          possessorOnly: true,
        }
      : null;
  while (k < tokens.length && modifiers <= 4) {
    const rel = relationshipAt(tokens, k);
    // "my Girl Guide leader": a capitalised word inside a longer role is not the head.
    const inner =
      rel !== null && rel.end === k + 1 && k > i && tokens[k]?.cap === true && roleContinues(tokens, k);
    // "una gran nostalgia", "un gran día": Romance "gran" is "great" before its noun, no grandmother.
    const great =
      rel !== null &&
      lowerAt(tokens, k) === 'gran' &&
      ['un', 'una', 'uno'].includes(lowerAt(tokens, k - 1)) &&
      isWord(tokens[k + 1]);
    // "my family doctor", "her class teacher", "our team captain": a group's word before a role
    // names whose role it is; the role is the head.
    // "the crossing patrol team", "the night shift crew": a group's word before another's, too.
    const following = rel ? relationshipAt(tokens, rel.end) : null;
    const groupBeforeRole =
      rel?.word.plural === true &&
      !rel.possessive &&
      (following?.word.plural === false ||
        (following?.word.plural === true && !lowerAt(tokens, (rel?.end ?? 0) - 1).endsWith('s')));
    if (rel && groupBeforeRole) {
      for (let q = k; q < rel.end; q++) description.push(tokens[q] as Token);
      k = rel.end;
      modifiers++;
      continue;
    }
    // "my neighbours little girl": typed with no apostrophe, a plural before someone of theirs owns them.
    const singularAt = (q: number) => relationshipAt(tokens, q)?.word.plural === false;
    const bareOwner =
      rel?.word.plural === true &&
      !rel.possessive &&
      lowerAt(tokens, rel.end - 1).endsWith('s') &&
      (singularAt(rel.end) || (isWord(tokens[rel.end]) && !tokens[rel.end]?.cap && singularAt(rel.end + 1)));
    if (rel && !inner && !great) {
      for (let q = k; q < rel.end; q++) description.push(tokens[q] as Token);
      if (rel.possessive || bareOwner) {
        owner = { word: rel.word, end: rel.end, tokens: [...description] };
        k = rel.end;
        modifiers = 0;
        continue;
      }
      if (!own && !others && !article && !KINSHIP_NAMES.has(rel.word.tokens.join(' '))) return null;
      // "The year Grandad was ill", "the winter Mum was in hospital": a kinship name written as a
      // name after an article and a noun starts a clause of its own ("the year [that] Grandad …").
      if (
        article &&
        !own &&
        !others &&
        description.length > rel.end - k &&
        tokens[k]?.cap === true &&
        tokens[k - 1]?.cap === false &&
        KINSHIP_NAMES.has(rel.word.tokens.join(' '))
      )
        return null;
      // "free ice pops": a kinship name that is also a thing's word, written small after another word.
      if (
        !own &&
        !others &&
        !article &&
        KINSHIP_ALSO_THINGS.has(tokens[k]?.lower ?? '') &&
        !tokens[k]?.cap &&
        isWord(tokens[k - 1])
      )
        return null;
      return { end: rel.end, word: rel.word, descriptionTokens: description, own, others, possessive: false };
    }
    const t = tokens[k];
    // German capitalises the role itself: "meinem ehemaligen Ausbilder, Herrn Pohl" is a role, then its name.
    // Right before a title it is a role even with no modifier: "meiner Ausbilderin Frau Dr. Albrecht".
    const beforeTitle = TITLES.has(lowerAt(tokens, k + 1)) && tokens[k + 1]?.cap === true;
    if (
      (own || others) &&
      !ENGLISH_DETERMINERS.has(det.lower) &&
      (description.length > 0 || beforeTitle) &&
      isWord(t) &&
      t.cap &&
      !t.upper &&
      ((lowerAt(tokens, k + 1) === ',' && tokens[k + 2]?.cap === true) ||
        beforeTitle ||
        !isWord(tokens[k + 1])) &&
      description.every((x) => !x.cap && GERMAN_MODIFIER.test(x.lower))
    ) {
      const descriptionTokens = [...description, t];
      return { end: k + 1, word: roleWord(t.lower), descriptionTokens, own, others, possessive: false };
    }
    // A role we have no word for, right before a name: "my dog walker Sam", "mi vecina de arriba Lola";
    // not a capitalised word inside the role ("my old Latin teacher", "my Girl Guide leader"). In
    // German the role is a capitalised noun itself: "meinem alten Kumpel Jens", not "meinem ersten Jahr".
    if (
      own &&
      description.length > 0 &&
      (!GERMAN_OWN_POSSESSIVES.has(det.lower) || description[description.length - 1]?.cap === true) &&
      description.length <= 3 &&
      isWord(t) &&
      t.cap &&
      !t.upper &&
      !NEVER_NAMES.has(t.lower) &&
      !roleContinues(tokens, k)
    ) {
      const words = description.map((x) => x.lower);
      if (words.every((w) => !FUNCTION_WORDS.has(w) || EVALUATIVE_ADJECTIVES.has(w))) {
        const head = words[words.length - 1] as string;
        const role = words.filter((w) => !EVALUATIVE_ADJECTIVES.has(w)).join(' ');
        // "my dear Priya", "my very own Priya": fondness, not a role.
        const fondOnly = role === '';
        const word = roleWord(head, role || head);
        return { end: k, word, descriptionTokens: description, own, others, possessive: false, fondOnly };
      }
    }
    if ((k === i && !bare) || !isWord(t) || PREDICATE_WORDS.has(t.lower) || DESCRIPTION_BREAKS.has(t.lower))
      return ownerOnly();
    // "the IT helpdesk guys", "the HR people": an acronym is a modifier, not the pronoun "it".
    if (FUNCTION_WORDS.has(t.lower) && !EVALUATIVE_ADJECTIVES.has(t.lower) && !isAcronym(t))
      return ownerOnly();
    // "my old Girl Guide leader": a role noun we have no word for closes a capitalised role.
    if (
      (own || others) &&
      !t.cap &&
      ROLE_ENDING.test(t.lower) &&
      description.some((x) => x.cap) &&
      (!isWord(tokens[k + 1]) || FUNCTION_WORDS.has(lowerAt(tokens, k + 1)))
    ) {
      description.push(t);
      return {
        end: k + 1,
        word: roleWord(t.lower),
        descriptionTokens: description,
        own,
        others,
        possessive: false,
      };
    }
    if (t.cap && !/^\d/.test(t.text) && description.length === 0 && !article && !own) return null;
    description.push(t);
    modifiers++;
    k++;
  }
  return ownerOnly();
}

/** A role the lexicon has no word for, known by the word the writer used ("Ausbilder", "leader"). */
function roleWord(head: string, canonical = head): RelationshipWord {
  return { tokens: [head], canonical, gender: null, plural: false, generic: false };
}

const ROLE_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|leader|coach|guide|mate)s?$/;
/** The same in Spanish and French: "la panadera", "el cartero", "la boulangère", "le facteur". */
const ROMANCE_ROLE_ENDING =
  /(?:ero|era|ista|dor|dora|ante|ente|ier|ière|ger|gère|cher|chère|eur|euse|iste)s?$/;

/**
 * "Thanked the groundsman", "thanked our lollipop man for …": right after a verb of thanking, a
 * noun phrase whose head has a person's ending is the person thanked, though the lexicon has no
 * word for the role. English only; a thing there ("the weather") has no such head or is rare.
 */
export function unlistedRole(
  tokens: readonly Token[],
  at: number,
  sentence: number,
  ctx: Context,
  mentions: readonly Mention[],
  reached = false,
): Mention | null {
  // "le di las gracias a la panadera", "j'ai remercié la boulangère": Spanish and French the same way.
  const romance = ctx.language === 'es' || ctx.language === 'fr';
  if (romance && ['a', 'à'].includes(lowerAt(tokens, at))) at++;
  const det = tokens[at];
  if (!isWord(det)) return null;
  if (
    romance
      ? !ROMANCE_ROLE_DETERMINERS.has(det.lower)
      : ctx.language !== 'en' || !(det.lower === 'the' || OWN_POSSESSIVES.has(det.lower))
  )
    return null;
  // "Messaged my nain on WhatsApp … to thank her": one of the writer's own, reached in order to
  // thank, is a person whatever the word (never a place after a channel: "on WhatsApp").
  if (reached && OWN_POSSESSIVES.has(det.lower)) {
    const own = tokens[at + 1];
    const after = at + 2;
    const closes =
      !isWord(tokens[after]) ||
      TIME_AFTER_NAME.has(lowerAt(tokens, after)) ||
      ['on', 'via', 'over', 'by', 'to'].includes(lowerAt(tokens, after));
    if (
      isWord(own) &&
      !own.cap &&
      own.lower.length >= 3 &&
      !FUNCTION_WORDS.has(own.lower) &&
      !MESSAGE_NOUNS.has(own.lower) &&
      !TEMPORAL_NOUNS.has(own.lower) &&
      closes
    )
      return makeMention({
        kind: 'rel',
        sentence,
        start: at,
        end: at + 2,
        description: capitalizeFirst(own.text),
        key: fold(own.text),
        relationship: own.lower,
        plural: false,
      });
    return null;
  }
  // "Thanked the Okonkwos for dinner", "the Pemberton-Hales": a family by its name.
  const family = tokens[at + 1];
  if (
    det.lower === 'the' &&
    isWord(family) &&
    family.cap &&
    !family.upper &&
    /^(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}{2,}s$/u.test(family.text) &&
    tokens[at + 2]?.cap !== true
  )
    return makeMention({
      kind: 'rel',
      sentence,
      start: at,
      end: at + 2,
      description: family.text,
      key: fold(family.text),
      relationship: 'family',
      plural: true,
    });
  let head = -1;
  for (let k = at + 1; k <= at + 3; k++) {
    const t = tokens[k];
    if (!isWord(t) || (t.cap && !isAcronym(t)) || FUNCTION_WORDS.has(t.lower)) break;
    head = k;
  }
  const h = tokens[head];
  // "Thanked the sacristan Bogdan after mass": a role the lexicon lacks, then the name.
  const then = mentions.find((m) => m.start === head + 1 && m.kind === 'name' && !m.possessor);
  if (isWord(h) && then) {
    then.relationship ??= h.lower;
    return then;
  }
  // "Said thank you to the ajumma at the kimbap place": whoever is thanked where they work is a
  // person, whatever the word for them.
  const place = head >= 0 ? trailingPlace(tokens, head + 1) : null;
  // Not a time ("thanked the universe at the end of the day").
  const placeHead = place ? lowerAt(tokens, head + 3) : '';
  const placed =
    place !== null &&
    ['at', 'from', 'in', 'on'].includes(lowerAt(tokens, head + 1)) &&
    !TEMPORAL_NOUNS.has(placeHead) &&
    !TEMPORAL_NOUNS.has(lowerAt(tokens, head + 2));
  if (
    !isWord(h) ||
    h.lower.length < (placed ? 3 : 5) ||
    !((romance ? ROMANCE_ROLE_ENDING : ROLE_ENDING).test(h.lower) || placed) ||
    ROLE_LOOKALIKES.has(h.lower) ||
    MESSAGE_NOUNS.has(h.lower) ||
    /(?:ing|ly|ed)$/.test(h.lower)
  )
    return null;
  let end = head + 1;
  if (lowerAt(tokens, end) === 'next' && lowerAt(tokens, end + 1) === 'door') end += 2;
  const next = tokens[end];
  if (isWord(next) && !FUNCTION_WORDS.has(next.lower)) return null;
  const words = tokens.slice(at + 1, head + 1).map((t) => t.text);
  const described = placed ? [...words, place.text] : words;
  // "the toddler next door (Mateo, 3)": the name in brackets is the person's.
  // "Thanked the verger, Mr Pike": or after a comma, the name closing the phrase.
  const apposed =
    lowerAt(tokens, end) === ',' ? mentions.find((m) => m.start === end + 1 && m.kind === 'name') : undefined;
  const closed =
    apposed && (!isWord(tokens[apposed.end]) || TIME_AFTER_NAME.has(lowerAt(tokens, apposed.end)));
  const named =
    lowerAt(tokens, end) === '('
      ? mentions.find((m) => m.start === end + 1 && m.kind === 'name')
      : closed
        ? apposed
        : undefined;
  if (named) {
    named.relationship ??= words.join(' ').toLowerCase();
    return named;
  }
  return makeMention({
    kind: 'rel',
    sentence,
    start: at,
    end: head + 1,
    description: capitalizeFirst(described.join(' ')),
    key: fold(described.join(' ')),
    relationship: words.join(' ').toLowerCase(),
    plural: /s$/.test(h.lower) && !/ss$/.test(h.lower),
  });
}

/** The capitalised word(s) at k go on into a role noun: "Latin teacher", "Girl Guide leader". */
function roleContinues(tokens: readonly Token[], k: number): boolean {
  let q = k + 1;
  if (isWord(tokens[q]) && (tokens[q] as Token).cap) q++;
  const next = tokens[q];
  if (!isWord(next) || next.cap || FUNCTION_WORDS.has(next.lower) || next.lower.endsWith('ed')) return false;
  // A role noun is a word of four letters or more: "per", "ser" are not ("Giuseppe per ringraziarlo").
  return relationshipAt(tokens, q) !== null || (next.lower.length >= 4 && ROLE_ENDING.test(next.lower));
}

export function relationshipLabel(parse: RelParse): string | null {
  const head = parse.word.tokens.join(' ');
  const possessor = parse.descriptionTokens.find((t) => t.lower.endsWith("'s"));
  if (possessor && parse.word.generic) {
    // "my neighbor's kid Milo": the kid of a neighbor.
    return `${stripPossessive(possessor.lower).base} ${head}`.replace(/^(\S+)/, "$1's");
  }
  if (parse.word.generic) return null;
  const mods = parse.descriptionTokens
    .slice(
      possessor ? parse.descriptionTokens.indexOf(possessor) + 1 : 0,
      parse.descriptionTokens.length - parse.word.tokens.length,
    )
    .map((t) => t.lower)
    .filter((w) => !EVALUATIVE_ADJECTIVES.has(w) && /^[\p{L}-]+$/u.test(w));
  if (parse.word.canonical === 'team') return [...mods, head].join(' ');
  if (ROLE_WORDS_AS_WRITTEN.has(head)) {
    const written = SPELLING.get(head) ?? head;
    return mods.length > 0 && mods.length <= 2 ? `${mods.join(' ')} ${written}` : written;
  }
  return parse.word.canonical;
}

/** Trailing "on our street" / "at the deli" / "on 6 West": kept in a description when it identifies. */

export function trailingPlace(
  tokens: readonly Token[],
  i: number,
): { end: number; text: string; identifying: boolean } | null {
  const p = tokens[i];
  // "the couple next door", "the man upstairs"
  if (p?.lower === 'next' && lowerAt(tokens, i + 1) === 'door')
    return { end: i + 2, text: `${p.text} ${(tokens[i + 1] as Token).text}`, identifying: true };
  if (isWord(p) && ['upstairs', 'downstairs'].includes(p.lower))
    return { end: i + 1, text: p.text, identifying: true };
  if (!isWord(p) || !PLACE_OPENERS.has(p.lower)) return null;
  // "the snowplough crew at six this morning": a time, not where they are.
  const next = lowerAt(tokens, i + 1);
  if (p.lower === 'at' && (COUNT_WORDS.has(next) || /^\d/.test(next) || CLOCK_WORDS.has(next))) return null;
  let k = i + 1;
  const words: Token[] = [p];
  let limit = 6;
  while (k < tokens.length && words.length < limit) {
    const t = tokens[k] as Token;
    // "at the chemist on Carrow Street": a place that says where the place is.
    const chained =
      (['on', 'at', 'in'].includes(t.lower) &&
        words.length > 1 &&
        (tokens[k + 1]?.cap === true || (lowerAt(tokens, k + 1) === 'the' && tokens[k + 2]?.cap === true))) ||
      // "at the level crossing near our old farm": a second place that only says where.
      (SPATIAL_PREPOSITIONS.has(t.lower) && words.length > 2);
    if (chained && !TITLES.has(lowerAt(tokens, k + 1))) {
      limit = words.length + 6;
      words.push(t);
      k++;
      continue;
    }
    // "the boy over the road | shovelled our path": the sentence's verb ends the place.
    if (words.length > 1 && !t.cap && (/^\p{L}{3,}ed$/u.test(t.lower) || IRREGULAR_PAST.has(t.lower))) break;
    // "at Salt & Rye": an ampersand joins the words of one name.
    if (t.text === '&' && words.length > 1 && words[words.length - 1]?.cap && tokens[k + 1]?.cap) {
      words.push(t);
      k++;
      continue;
    }
    // A verb of thanks ends the place, when its words are all there: "di las gracias", not the
    // Italian "di" of "del piano di sopra".
    const verb = (PREDICATES_BY_FIRST.get(t.lower) ?? []).some((v) => matchSequence(tokens, k, v.words));
    if (
      !t.word ||
      verb ||
      [
        'and',
        'for',
        'who',
        'whose',
        'whom',
        'which',
        'where',
        'that',
        'because',
        'but',
        'with',
        'on',
        'at',
        'in',
        'from',
        'of',
        'to',
        'by',
        'this',
        'last',
        'today',
        'tonight',
        'yesterday',
        'when',
        'after',
        'before',
        'so',
        'was',
        'is',
        'were',
        'are',
        'have',
        'has',
        'had',
        'para',
        'por',
        'pour',
        'que',
        'qui',
        'dont',
        'où',
        'donde',
        'quien',
        'y',
        'n',
        'et',
        'e',
        'con',
        'avec',
        'per',
        'che',
        'com',
      ].includes(t.lower) ||
      // "gave the nurses on ward 9 a box of chocolates": past the place's noun, an indefinite
      // article opens what was given.
      (['a', 'an'].includes(t.lower) && words.length > 1 && !PLACE_OPENERS.has(lowerAt(tokens, k - 1)))
    )
      break;
    words.push(t);
    k++;
  }
  if (words.length < 2) return null;
  // "on 6 West", "at St. Mary's" say which group; "in Manila" or "on our street" only where they are.
  const identifying =
    words.slice(1).some((t) => /\d/.test(t.text)) ||
    (['on', 'at'].includes(p.lower) && words.slice(1).some((t) => t.cap));
  return { end: k, text: words.map((t) => t.text).join(' '), identifying };
}

/** Inflected adjectives and numerals inside a German noun phrase. */
export const GERMAN_MODIFIER =
  /^(?:\p{Ll}+(?:e|en|em|er|es)|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|viele|einige)$/u;
