/**
 * What closes a reply but is not the participant's answer: footer lines mail systems add, device
 * lines ("Sent from my iPhone", "Отправлено с iPhone", "iPhoneから送信"), "-- " blocks, legal
 * disclaimers, and sign-off / name / title blocks. Each pass takes the segment's lines and returns
 * the lines it keeps and what it cut; `trimSignature` runs them in order.
 */

import { FUNCTION_WORDS } from './lexicon/function-words';
import {
  DEVICE_PREFIXES,
  DEVICE_WORDS,
  DISCLAIMER_CUES,
  FOOTER_LINE_CUES,
  FORMAL_CLOSINGS,
  GRATEFUL_SIGN_OFF_WORDS,
  POSTSCRIPT,
  SIGN_OFFS,
  SIGNATURE_WORDS,
} from './lexicon/signatures';
import { COMMON_WORDS } from './lexicon/words';
import { fold } from './normalize';
import { isBlank } from './quote-headers';

export interface Trimmed {
  lines: string[];
  cuts: string[];
  /** A cut was a guess (a corporate block with no sign-off above it). */
  guessed: boolean;
}

type Pass = (lines: readonly string[], sender: readonly string[]) => Trimmed;

const kept = (lines: readonly string[]): Trimmed => ({ lines: [...lines], cuts: [], guessed: false });
const cut = (lines: readonly string[], what: string, guessed = false): Trimmed => ({
  lines: [...lines],
  cuts: [what],
  guessed,
});

const letters = (line: string) =>
  fold(line)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Brands a device or webmail line names, in a form no sentence of the writer's needs. */
const DEVICE_BRAND =
  /(?:^|[^a-z])(?:iphon|ipad|android|galaxy|samsung|outlook|gmail|yahoo|blackberry|huawei|xiaomi|pixel|oneplus|proton\s?mail|mail\.ru|yandex|яндекс|aol|fastmail|tutanota|zoho|gmx|web\.de|seznam)/iu;
/**
 * A writer's sentence, not a device line: "Called Mom from my iPhone". Whole words by Unicode
 * letters ("iOS için Outlook’u edinin" has no "i" of its own).
 */
const SENTENCE_VERB =
  /(?<![\p{L}\p{N}])(?:i|called|texted|thanked|rang|phoned|wrote|told|messaged|emailed)(?![\p{L}\p{N}])/iu;

/**
 * "Sent from my iPhone" and its kin: a known prefix, or, in a language we have no prefix for, a
 * short line standing alone that names a device or mail app and is not the writer's sentence.
 */
export function isDeviceLine(lines: readonly string[], k: number): boolean {
  const line = lines[k] as string;
  const lower = fold(line).trim();
  const tokens = lower.split(/[\s<>.,!]+/);
  if (tokens.length <= 10 && tokens.some((t) => DEVICE_WORDS.has(t))) {
    if (DEVICE_PREFIXES.some((prefix) => lower === prefix || lower.startsWith(`${prefix} `))) return true;
  }
  const alone = (q: number) => q < 0 || q >= lines.length || isBlank(lines[q] as string);
  return (
    lower.length <= 60 &&
    lower.split(/\s+/).length <= 8 &&
    DEVICE_BRAND.test(lower) &&
    !SENTENCE_VERB.test(lower) &&
    !/[?]$/.test(lower) &&
    alone(k - 1) &&
    (alone(k + 1) || /^\s*>/.test(lines[k + 1] as string))
  );
}

function isDashSignature(line: string): boolean {
  const t = line.trimEnd();
  return t === '--' || t === '-- ' || t === '—' || t === '---' || t === '–';
}

function isPostscript(line: string): boolean {
  return POSTSCRIPT.test(line.trim());
}

function nameTokens(name: string | null | undefined): string[] {
  return letters(name ?? '')
    .split(' ')
    .filter((t) => t.length > 0);
}

/** The line is (a form of) the sender's name: "Gwen" for "Gwendolyn Rhodes", "J." for "Julian". */
function isSenderName(line: string, sender: readonly string[]): boolean {
  // "Neil Forsyth | Partner", "Ana Ruiz · Directora": the name, then the role after a separator.
  const raw = (
    bareName(line)
      .replace(/^[-–—~]+\s*/, '')
      .split(ROLE_SEPARATOR)[0] as string
  ).trim();
  const words = letters(raw).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 4 || raw.length > 40) return false;
  if (sender.length > 0) {
    const first = sender[0] as string;
    // "Rowan T." for Rowan Tiernan: a word may be the initial of one of the sender's names.
    if (words.every((w) => sender.includes(w) || (w.length === 1 && sender.some((n) => n.startsWith(w)))))
      return true;
    const w0 = words[0] as string;
    if (words.length === 1 && w0.length >= 3 && first.startsWith(w0)) return true;
    // "Jules" for Juliet, "Alex" for Alexandra: a pet form sharing the name's first three letters;
    // "Tilly" for Matilda, "Beth" for Elizabeth: or three letters from inside a longer name.
    if (words.length === 1 && w0.length >= 3 && first.length >= 3 && w0.slice(0, 3) === first.slice(0, 3))
      return true;
    if (words.length === 1 && w0.length >= 3 && first.length >= 6 && first.includes(w0.slice(0, 3)))
      return true;
  }
  // Initials: "J.", "JM", "-J"
  return /^[\p{Lu}](?:\.?\s?[\p{Lu}]){0,2}\.?$/u.test(raw);
}

const SIGN_OFF_SET: ReadonlySet<string> = new Set(SIGN_OFFS);
const FORMAL_OPENINGS: readonly string[] = FORMAL_CLOSINGS.map(letters);

/** "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués,". */
const formalClosing = (line: string): boolean => {
  const plain = letters(line);
  return FORMAL_OPENINGS.some((opening) => plain.startsWith(opening)) && plain.split(' ').length <= 16;
};

const grateful = (line: string) =>
  letters(line)
    .split(' ')
    .some((w) => GRATEFUL_SIGN_OFF_WORDS.has(w));

/** "Thanks and regards", "Thanks & Regards", "Cordiali saluti / Best regards": sign-offs joined. */
function signOffPhrase(text: string): boolean {
  const plain = letters(text);
  if (SIGN_OFF_SET.has(plain)) return true;
  // A closing's letter-writing forms: "With best wishes", "Yours sincerely", "Faithfully yours",
  // "Je vous prie d'agréer … mes sentiments distingués".
  if (plain.startsWith('with ') && signOffPhrase(text.trim().slice(5))) return true;
  if (/^(?:yours \p{L}+ly|\p{L}+ly yours)$/u.test(plain)) return true;
  if (formalClosing(plain)) return true;
  const joined = text.split(/\s+(?:and|y|e|et|und)\s+|\s*[&+]\s*/iu).map(letters);
  if (joined.length > 1 && joined.every((part) => SIGN_OFF_SET.has(part))) return true;
  // One closing in two languages: either half will do ("Saludos cordiales / Kind regards").
  const translated = text.split(/\s*[/|]\s*/u).map(letters);
  return (
    translated.length === 2 &&
    translated.every((part) => part !== '' && part.split(' ').length <= 3) &&
    translated.some((part) => SIGN_OFF_SET.has(part))
  );
}

/** "Thanks,", "Best, Sam", "Un abrazo," "Liebe Grüße": the whole line is a sign-off (maybe with a name). */
function signOffOf(line: string): boolean {
  const t = line.trim();
  if (signOffPhrase(t)) return true;
  const m = /^([^,!–—-]{1,40})[,!–—-]+\s*(.*)$/u.exec(t);
  if (!m || !signOffPhrase(m[1] as string)) return false;
  const rest = (m[2] as string).trim();
  return rest === '' || /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?[.!]?$/u.test(rest);
}

/** What stands between a name and its role on a signature's first line. */
const ROLE_SEPARATOR = /\s+[|·–—]\s+|\s*\|\s*/u;

const NAME_LINE = /^[\p{Lu}][\p{L}'’.-]+(?:\s+(?:[\p{Lu}][\p{L}'’.-]+|van|de|der|den|da|di|von|la|le))*\s*$/u;

/** "Margery Pilkington (Mrs)", "Jean Harbottle, KC": how a name may be signed after it. */
const SIGNED_AFTER_NAME = /(?:\s*\((?:mrs|miss|ms|mr|dr|rev|revd|sister|prof)\.?\)|,?\s+\p{Lu}{2,4})\s*$/iu;

/** The name as signed, without a bracketed title or letters after it. */
const bareName = (line: string) => line.trim().replace(SIGNED_AFTER_NAME, '');

/**
 * A closing in any language by its shape: a short line ending in a comma ("Met vriendelijke groet,",
 * "Pozdrawiam,") right above a line that is a name.
 */
function closingShape(lines: readonly string[], k: number): boolean {
  const line = (lines[k] as string).trim();
  const words = line.split(/\s+/);
  if (words.length > 4 || /\d/.test(line)) return false;
  const next = bareName(lines[k + 1] ?? '');
  const nextWords = next.split(/\s+/);
  if (!NAME_LINE.test(next) || nextWords.length > 4) return false;
  if (line.endsWith(',')) return true;
  // "Med vänliga hälsningar" above a full name: no comma, but no word of ours either.
  return (
    /^\p{Lu}[\p{L}\s]+$/u.test(line) &&
    words.length >= 2 &&
    nextWords.length >= 2 &&
    words.every((w) => !COMMON_WORDS.has(fold(w)) && !FUNCTION_WORDS.has(fold(w)))
  );
}

/** A line that is all one quotation, maybe with its author after it. */
const QUOTATION_LINE = /^["“„«'‘].+["”“»'’](?:\s*(?:\([^)]{1,60}\)|[-–—~]\s*[^.!?]{1,60}))?$/u;

/** Short lines that a signature is made of: names, titles, companies, phones, links. */
function isSignatureLike(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (isPostscript(t)) return false;
  const words = t.split(/\s+/);
  // A motto or a quotation under the name, with whom it is by: "\"Patience is …\" (Auguste Rodin)".
  if (QUOTATION_LINE.test(t) && words.length <= 30) return true;
  if (/https?:\/\/|www\.|@|\+?\d[\d\s().-]{6,}\d/.test(t) && words.length <= 12) return true;
  // A company line with its address runs longer: "Holzbau Wolfsteiner GmbH, Am Mühlbach 4, 83435 Bad Reichenhall",
  // and so does a role set beside its company: "Team Lead, Customer Care | Bayanihan Global Solutions, Inc.".
  const longLine = companyLine(t) || ROLE_SEPARATOR.test(t);
  if ((words.length > 8 || t.length > 80) && !(words.length <= 14 && t.length <= 100 && longLine))
    return false;
  const lower = fold(t);
  // A sentence by the participant ("I called her.") is not part of a signature; a small "i" only in a
  // line typed small ("Kierownik Projektu – Mosty i Wiadukty": Polish "i" is "and").
  const firstPerson =
    /(?:^|\s)(?:I|I'm|I've|I’m|I’ve)\s/.test(`${t} `) ||
    /(?:^|\s)(?:my|we)\s/.test(`${lower} `) ||
    (t === lower && /(?:^|\s)(?:i|i'm|i've)\s/.test(`${lower} `));
  if (firstPerson && !/\|/.test(t)) return false;
  // A full stop ends a sentence, but not a company's abbreviation ("Ltd.", "s.r.l.", "B.V.").
  if (/[.!?]$/.test(t) && !/\b(?:inc|ltd|co|corp|jr|sr)\.$|(?:^|\s)(?:\p{L}{1,3}\.){2,}$/iu.test(t))
    return false;
  return true;
}

/** A line naming a company by its legal form, with a house number or postcode: its address. */
function companyLine(line: string): boolean {
  return hasSignatureWords(line) && /\d/.test(line) && !/[.!?]$/.test(line.trim());
}

function hasSignatureWords(line: string): boolean {
  const lower = fold(line);
  if (/\||https?:\/\/|www\.|@|\+?\d[\d\s().-]{6,}\d/.test(line)) return true;
  return lower.split(/[\s,|/]+/).some((w) => SIGNATURE_WORDS.has(w));
}

/** Lines mail systems add under anything ("Think before you print"). */
const footerLines: Pass = (lines) => {
  const out = lines.filter((line) => {
    const lower = fold(line);
    return !(lower.split(/\s+/).length <= 14 && FOOTER_LINE_CUES.some((cue) => lower.includes(cue)));
  });
  return out.length === lines.length ? kept(lines) : cut(out, 'footer line');
};

const deviceLine: Pass = (lines) => {
  const at = lines.findIndex((_, k) => isDeviceLine(lines, k));
  return at < 0 ? kept(lines) : cut(lines.slice(0, at), 'device signature');
};

/** "-- " and everything under it, but a postscript written below the signature. */
const dashSignature: Pass = (lines) => {
  const dash = lines.findIndex(isDashSignature);
  if (dash < 0) return kept(lines);
  const ps = lines.findIndex((l, k) => k > dash && isPostscript(l));
  return cut(
    ps > dash ? [...lines.slice(0, dash), ...lines.slice(ps)] : lines.slice(0, dash),
    '"-- " signature',
  );
};

/** Paragraphs with two or more legal cues. */
const disclaimers: Pass = (lines) => {
  const drop = new Set<number>();
  for (let k = 0; k < lines.length; ) {
    if (isBlank(lines[k] as string)) {
      k++;
      continue;
    }
    let e = k;
    while (e < lines.length && !isBlank(lines[e] as string)) e++;
    const lower = fold(lines.slice(k, e).join(' '));
    if (DISCLAIMER_CUES.filter((cue) => lower.includes(cue)).length >= 2)
      for (let q = k; q < e; q++) drop.add(q);
    k = e;
  }
  return drop.size === 0
    ? kept(lines)
    : cut(
        lines.filter((_, k) => !drop.has(k)),
        'disclaimer',
      );
};

/** A sign-off or the sender's name followed only by signature-like lines. */
const signOffBlock: Pass = (lines, sender) => {
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && isBlank(lines[lastContent] as string)) lastContent--;
  // tailIsSignature[k]: every line after k (to the last content line) could belong to a signature.
  const tailIsSignature: boolean[] = new Array(lines.length + 1).fill(true);
  for (let k = lastContent - 1; k >= 0; k--)
    tailIsSignature[k] = (tailIsSignature[k + 1] as boolean) && isSignatureLike(lines[k + 1] as string);
  for (let k = 0; k <= lastContent; k++) {
    const line = lines[k] as string;
    if (isBlank(line) || !tailIsSignature[k] || (line.length > 60 && !formalClosing(line))) continue;
    const anchor =
      signOffOf(line) || closingShape(lines, k) ? 'sign-off' : isSenderName(line, sender) ? 'name' : null;
    if (!anchor) continue;
    const above = k > 0 ? (lines[k - 1] as string) : '';
    // "Called my mom\nSam" is fine, but a list of names ("Anna\nBen") is an answer: the line
    // above a name must end a sentence.
    if (anchor === 'name' && !isBlank(above) && !signOffOf(above) && !/[.!?)"”]$/.test(above.trim()))
      continue;
    // A reply that is only "Thank you!" keeps it: those are the participant's words, not a closing.
    // Only "Regards," above a name says nothing of the day.
    const firstContent = lines.findIndex((l) => !isBlank(l));
    const end = anchor === 'sign-off' && k === firstContent && grateful(line) ? k + 1 : k;
    return cut(lines.slice(0, end), anchor === 'sign-off' ? 'sign-off' : 'name signature');
  }
  return kept(lines);
};

/** A corporate block with no anchor: a name-like line followed by title/company lines at the end. */
const corporateBlock: Pass = (lines) => {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1] as string) && isSignatureLike(lines[start - 1] as string))
    start--;
  const block = lines.slice(start, end);
  let above = start - 1;
  while (above >= 0 && isBlank(lines[above] as string)) above--;
  const introducesList = above >= 0 && (lines[above] as string).trim().endsWith(':');
  const isBlock =
    block.length >= 2 &&
    start > 0 &&
    !introducesList &&
    block.slice(1).some(hasSignatureWords) &&
    /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}$/u.test(
      ((block[0] as string).split(ROLE_SEPARATOR)[0] as string).trim(),
    );
  return isBlock ? cut(lines.slice(0, start), 'corporate signature', true) : kept(lines);
};

const PASSES: readonly Pass[] = [
  footerLines,
  deviceLine,
  dashSignature,
  disclaimers,
  signOffBlock,
  corporateBlock,
];

/** Blank lines and rule lines ("--", "___") around the words; an emoji answer ("🙏") stays. */
function trimEdges(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && /^[\s\-_=*~.|·•]*$/u.test(lines[end - 1] as string)) end--;
  let start = 0;
  while (start < end && isBlank(lines[start] as string)) start++;
  return lines.slice(start, end);
}

/** Removes footers, device lines, "-- " blocks, disclaimers and sign-off/name/title blocks from a segment. */
export function trimSignature(input: readonly string[], senderName: string | null | undefined): Trimmed {
  const sender = nameTokens(senderName);
  let result: Trimmed = kept(input);
  for (const pass of PASSES) {
    const next = pass(result.lines, sender);
    result = {
      lines: next.lines,
      cuts: [...result.cuts, ...next.cuts],
      guessed: result.guessed || next.guessed,
    };
  }
  return { ...result, lines: trimEdges(result.lines) };
}
