/**
 * Spanish and French: object pronouns before the verb or written onto it ("le di las gracias",
 * "je l'ai remerciée", "darle las gracias"), and the first-person past tenses that make a purpose
 * clause ("fui a ver a mi abuelo para darle las gracias") report something done.
 */
import { CLITICS } from '../../lexicon/grammar';
import {
  PARTICIPLE,
  PAST_AUXILIARIES,
  SPANISH_AUXILIARY_SUBJECTS,
  SPANISH_PRETERITE,
} from '../../lexicon/languages';
import type { Predicate } from '../../lexicon/verbs';
import type { Token } from '../../tokens';
import { lowerAt, PREDICATES_BY_FIRST, type Target } from '../model';

/** A Portuguese verb with its object written on: "agradeci-lhe" is "agradeci" to someone. */
export function encliticPredicate(word: string): Predicate | undefined {
  const verb = /^(\p{L}+)-(?:lhes?|[oa]s?)$/u.exec(word)?.[1];
  return verb ? PREDICATES_BY_FIRST.get(verb)?.find((p) => p.words.length === 1) : undefined;
}

/** The pronoun a Spanish or French verb at `verb` carries, before it or attached to it. */
export function cliticTargets(
  tokens: readonly Token[],
  sentence: number,
  verb: number,
  verbWord: string,
  bare: boolean,
  clauseStart: number,
): Target[] {
  // A clitic written onto the verb: "darle las gracias", "agradecerles", "ringraziarli",
  // "agradecer-lhes".
  // Portuguese writes it onto any form with a hyphen: "agradeci-lhe", "liguei-lhes", "visitei-a".
  const hyphened = /-(lhes?|[oa]s?)$/.exec(verbWord)?.[1];
  if (hyphened) {
    const gender = hyphened.startsWith('o') ? 'm' : hyphened.startsWith('a') ? 'f' : null;
    return [{ pronoun: { sentence, index: verb, gender, plural: hyphened.endsWith('s') } }];
  }
  const attached = /(?:les|le|lhes|lhe|lo|la|li)$/.exec(verbWord);
  if (attached && bare) {
    const clitic = attached[0];
    const gender = clitic === 'lo' || clitic === 'li' ? 'm' : clitic === 'la' ? 'f' : null;
    const plural = ['les', 'lhes', 'li'].includes(clitic);
    // Spanish "le" often stands for a plural too ("darle las gracias a mis padres"), Italian "le" is one.
    return [{ pronoun: { sentence, index: verb, gender, plural, anyNumber: clitic === 'le' } }];
  }
  for (let q = verb - 1; q >= Math.max(clauseStart, verb - 3); q--) {
    const lower = lowerAt(tokens, q);
    const clitic = CLITICS.get(lower);
    // "se lo agradecí": "lo" is what was thanked for, "se" whom (le before lo), of either sex or number.
    if (clitic && lowerAt(tokens, q - 1) === 'se' && /^l[oa]s?$/.test(lower))
      return [{ pronoun: { sentence, index: q - 1, gender: null, plural: false, anyNumber: true } }];
    if (clitic) return [{ pronoun: { sentence, index: q, gender: clitic.gender, plural: clitic.plural } }];
    if (lower.startsWith("l'") && lower.length > 2) {
      // The participle agrees with the object before it: "je l'ai remerciée" is her, "remercié" him.
      const gender = /ée$/.test(verbWord) ? 'f' : /é$/.test(verbWord) ? 'm' : null;
      return [{ pronoun: { sentence, index: q, gender, plural: false } }];
    }
  }
  return [];
}

/** Determiners before a Spanish noun ("un café", "el bebé"); "le" and "les" are pronouns there. */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'el',
  'la',
  'un',
  'una',
  'mi',
  'tu',
  'su',
  'del',
  'al',
]);

/** "suis allée", "j'ai appelé", "he llamado", "fui a ver": a French or Spanish first-person past at q. */
export function romancePast(tokens: readonly Token[], q: number): boolean {
  const lower = lowerAt(tokens, q);
  if (SPANISH_PRETERITE.has(lower)) return true;
  // The first-person preterite of every Spanish -ar verb ends in a stressed "é" ("llevé", "compré",
  // "mandé"); a noun ending so ("un café", "el bebé") stands after its article.
  if (/^\p{Ll}{3,}é$/u.test(lower) && !NOUN_DETERMINERS.has(lowerAt(tokens, q - 1))) return true;
  // So does the Portuguese one of every -ar verb in "-ei" ("levei", "comprei", "ofereci" aside).
  if (/^\p{Ll}{3,}ei$/u.test(lower) && !NOUN_DETERMINERS.has(lowerAt(tokens, q - 1))) return true;
  if (!PAST_AUXILIARIES.has(lower) && !/^j['’]ai$/.test(lower)) return false;
  for (const next of [q + 1, q + 2]) {
    const word = lowerAt(tokens, next);
    if (word.length >= 4 && PARTICIPLE.test(word)) return true;
  }
  return false;
}

/** Spanish "He llamado a …", "hemos escrito": the writer's auxiliary, not English "he". */
export function spanishPerfectAt(tokens: readonly Token[], q: number): boolean {
  return (
    SPANISH_AUXILIARY_SUBJECTS.has(lowerAt(tokens, q)) && /(?:ado|ido|to|cho)$/.test(lowerAt(tokens, q + 1))
  );
}
