/**
 * Thanks the writer said in their own quoted words: `I said, "Declan, thank you."`, `told him:
 * "You taught me everything. Thank you."`, `Le dije: «Gracias por todo»`. The quotation may run
 * over several sentences; whoever is addressed at its start or end, or after the verb, is whom the
 * thanks went to.
 */

import { QUOTE_CLOSERS, QUOTE_OPENERS, SPEECH_VERBS, SPOKEN_THANKS } from '../lexicon/verbs';
import type { Sentence, Token } from '../tokens';
import { clauseStart, isObjectPronoun, modality, pronounRef, subjectIsOther } from './clauses';
import { type Act, isWord, lowerAt, type Mention, type Target } from './model';

/** How many sentences a quotation may run over. */
const QUOTE_SPAN = 6;

const isPerson = (m: Mention) => (m.kind === 'name' || m.kind === 'rel') && !m.possessor;

/** The thanks said at `q`: "thank you", "thanks" (not "thanks to"), "gracias", "danke", "merci". */
function thanksAt(tokens: readonly Token[], q: number): boolean {
  const lower = lowerAt(tokens, q);
  if (lower === 'thank') return ['you', 'u', 'ya'].includes(lowerAt(tokens, q + 1));
  // "thanks to her", "gracias a ti": a cause or an answer, not thanks given.
  return SPOKEN_THANKS.has(lower) && !['to', 'a'].includes(lowerAt(tokens, q + 1));
}

interface Quotation {
  /** Sentence and token of each word inside the quotation marks. */
  words: { sentence: number; index: number }[];
}

/** The quotation opening at `open` in `all[s]`, up to its closing mark or a few sentences on. */
function quotationFrom(all: readonly Sentence[], s: number, open: number): Quotation {
  const words: { sentence: number; index: number }[] = [];
  for (let k = s; k < Math.min(all.length, s + QUOTE_SPAN); k++) {
    const tokens = (all[k] as Sentence).tokens;
    for (let q = k === s ? open + 1 : 0; q < tokens.length; q++) {
      if (QUOTE_CLOSERS.has((tokens[q] as Token).text) && !(k === s && q === open)) return { words };
      words.push({ sentence: k, index: q });
    }
  }
  return { words };
}

/** Someone addressed inside the quotation: at its start ("Declan, …") or after the thanks ("thank you, Mrs. Obi"). */
function vocative(
  all: readonly Sentence[],
  quote: Quotation,
  mentionsBySentence: readonly Mention[][],
): Mention | null {
  const first = quote.words[0];
  if (!first) return null;
  const opening = (mentionsBySentence[first.sentence] ?? []).find(
    (m) => m.start === first.index && isPerson(m),
  );
  const tokensOf = (s: number) => (all[s] as Sentence).tokens;
  if (opening && [',', '!'].includes(lowerAt(tokensOf(first.sentence), opening.end))) return opening;
  for (const w of quote.words) {
    const tokens = tokensOf(w.sentence);
    if (!thanksAt(tokens, w.index)) continue;
    const after = w.index + (lowerAt(tokens, w.index) === 'thank' ? 2 : 1);
    if (lowerAt(tokens, after) !== ',') continue;
    const named = (mentionsBySentence[w.sentence] ?? []).find((m) => m.start === after + 1 && isPerson(m));
    if (named) return named;
  }
  return null;
}

/**
 * The words first, then "I said": `"Thank you, Ms Okafor," I said`, `Thank you Jonas, I whispered`,
 * `"Thanks for the lift," I said to Rhys`. Whoever the thanks at the sentence's start addresses, or
 * whom it was said to, if the writer is who said it.
 */
function saidBefore(
  tokens: readonly Token[],
  s: number,
  k: number,
  mentions: readonly Mention[],
): Act | null {
  if (lowerAt(tokens, k - 1) !== 'i') return null;
  let end = k - 2;
  while (end >= 0 && (lowerAt(tokens, end) === ',' || QUOTE_CLOSERS.has(tokens[end]?.text ?? ''))) end--;
  const start = tokens.findIndex((t) => t.word);
  if (start < 0 || start > end || !thanksAt(tokens, start)) return null;
  let q = start + (lowerAt(tokens, start) === 'thank' ? 2 : 1);
  if (lowerAt(tokens, q) === ',') q++;
  // Or whom it was said to, after the verb: `"Thanks for the lift," I said to Rhys`.
  const to = lowerAt(tokens, k + 1) === 'to' ? k + 2 : -1;
  const named =
    mentions.find((m) => m.start === q && m.end === end + 1 && isPerson(m)) ??
    mentions.find((m) => m.start === to && isPerson(m));
  if (!named) return null;
  return {
    sentence: s,
    index: k,
    targets: [{ mention: named }],
    status: 'done',
    answer: false,
    thanks: true,
  };
}

export function findSpokenThanks(all: readonly Sentence[], mentionsBySentence: readonly Mention[][]): Act[] {
  const acts: Act[] = [];
  all.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    const mentions = mentionsBySentence[s] ?? [];
    for (let k = 0; k < tokens.length; k++) {
      if (!SPEECH_VERBS.has(lowerAt(tokens, k))) continue;
      const before = saidBefore(tokens, s, k, mentions);
      if (before) {
        acts.push(before);
        continue;
      }
      // Whom it was said to, after the verb: "told him", "said to Declan".
      let q = k + 1;
      if (lowerAt(tokens, q) === 'to') q++;
      let addressee: Target | null = null;
      const person = mentions.find((m) => m.start === q && isPerson(m));
      if (person) {
        addressee = { mention: person };
        q = person.end;
      } else if (isObjectPronoun(tokens, q)) {
        addressee = { pronoun: pronounRef(tokens, s, q) };
        q++;
      }
      while ([',', ':'].includes(lowerAt(tokens, q))) q++;
      if (!QUOTE_OPENERS.has(tokens[q]?.text ?? '') || isWord(tokens[q])) continue;
      // "He said, 'Thank you for asking'": someone else's words.
      const clause = clauseStart(tokens, k);
      if (subjectIsOther(tokens, clause, k, mentions)) continue;
      const quote = quotationFrom(all, s, q);
      if (!quote.words.some((w) => thanksAt((all[w.sentence] as Sentence).tokens, w.index))) continue;
      const called = vocative(all, quote, mentionsBySentence);
      const targets: Target[] = called
        ? [{ mention: called }]
        : addressee
          ? [addressee]
          : [
              {
                pronoun: {
                  sentence: s,
                  index: k,
                  gender: null,
                  plural: false,
                  implicit: true,
                  anyNumber: true,
                },
              },
            ];
      acts.push({
        sentence: s,
        index: k,
        targets,
        status: modality(tokens, clause.start, k) ?? 'done',
        answer: false,
        thanks: true,
      });
    }
  });
  return acts;
}
