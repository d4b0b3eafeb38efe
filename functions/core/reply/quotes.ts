/**
 * Separates the participant's new words from everything else in a reply body: quoted history
 * (">" blocks, "On ... wrote:" lines in several languages even when wrapped, Outlook/Samsung/Apple
 * header blocks, separator lines, Yahoo's unmarked quotes), forwarded messages, signatures
 * ("-- ", sign-off + name + title lines, device lines like "Sent from my iPhone"), and legal
 * disclaimers. Handles top-, bottom- and inline-posting: text between and after ">" blocks is kept.
 *
 * When a cut is a guess (no attribution line, but the remaining text still looks like one of our
 * prompts) the text after the last prompt line is kept and the result is marked low-confidence:
 * losing the participant's words is worse than keeping a quote.
 */
import {
  ATTRIBUTION_OPENERS,
  ATTRIBUTION_VERBS,
  HEADER_KEYS,
  type HeaderRole,
  SEPARATORS,
} from './lexicon/attribution';
import { DAY_LINE, PROMPT_GREETING, PROMPT_MARKERS } from './lexicon/prompt';
import {
  DEVICE_PREFIXES,
  DEVICE_WORDS,
  DISCLAIMER_CUES,
  FOOTER_LINE_CUES,
  POSTSCRIPT,
  SIGN_OFFS,
  SIGNATURE_WORDS,
} from './lexicon/signatures';
import { fold } from './normalize';

export interface SplitOptions {
  /** The sender's display name, to recognise their name closing the reply ("Gwen" for "Gwendolyn Rhodes"). */
  senderName?: string | null;
}

export interface SplitReply {
  /** The participant's own words, segments joined by a blank line. */
  text: string;
  /** The own-text segments in order (more than one for inline or bottom posting). */
  segments: string[];
  /** A quoted message was found and removed. */
  quoted: boolean;
  confidence: 'high' | 'low';
  /** What was cut, for diagnostics ("attribution", "signature", ...). */
  cuts: string[];
}

const MAX_LINES = 5000;

const isBlank = (line: string) => line.trim() === '';
const isQuoted = (line: string) => /^[ \t]{0,3}>/.test(line);

// ---------------------------------------------------------------------------------------------
// Quote headers

// An attribution names when (a year, a numeric date, or a month and a day) or who (an address):
// "On Monday I wrote to her at 9:30:" has neither and stays the participant's sentence.
const HAS_DATE_OR_ADDRESS =
  /@|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.?\s+(?:jan|feb|fév|févr|mar|mär|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ago|août|sep|sept|oct|okt|nov|dec|déc|dic|dez)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;

/** True when `text` (one line, or wrapped lines joined) is an "On ... wrote:" attribution. */
export function isAttribution(text: string): boolean {
  const trimmed = text
    .trim()
    .replace(/^[-=_*\s]+/, '')
    .replace(/[-=_*\s]+$/, '');
  if (trimmed.length < 10 || trimmed.length > 400 || !HAS_DATE_OR_ADDRESS.test(trimmed)) return false;
  const lower = fold(trimmed);
  const opener = ATTRIBUTION_OPENERS.some((o) => lower.startsWith(`${o} `));
  for (const verb of ATTRIBUTION_VERBS) {
    let from = 0;
    while (from < lower.length) {
      const at = lower.indexOf(verb, from);
      if (at < 0) break;
      from = at + 1;
      const before = at === 0 ? ' ' : (lower[at - 1] as string);
      if (/[\p{L}\p{N}]/u.test(before)) continue;
      const rest = lower.slice(at + verb.length).trimStart();
      // "... wrote:" / "... a écrit :" / Zoho's "... wrote ---" (dashes stripped above)
      if (rest === '' || rest === ':') return true;
      // German may put the name or the date after the verb: "Am ... schrieb Gratitude Week <x@y>:",
      // "Gratitude Week <x@y> schrieb am Mi., 18. Nov. 2026, 08:00:"
      if (
        lower.endsWith(':') &&
        rest.length <= 160 &&
        (opener || rest.includes('@') || /^(?:am|on|le|el)\s/.test(rest))
      ) {
        return true;
      }
      // Yahoo on Android glues the first quoted line to the attribution: "On ... <x@y> wrote:   Hi Freya,"
      if (opener && rest.startsWith(':') && lower.slice(0, at).includes('@')) return true;
    }
  }
  return false;
}

/** Number of lines (1-3) that form an attribution starting at line i, or 0. */
function attributionAt(lines: readonly string[], i: number): number {
  let joined = '';
  for (let span = 1; span <= 3 && i + span <= lines.length; span++) {
    const line = lines[i + span - 1] as string;
    if (isBlank(line) || (span > 1 && isQuoted(line))) break;
    joined = joined ? `${joined} ${line.trim()}` : line.trim();
    if (joined.length > 400) break;
    if (isAttribution(joined)) return span;
    // Only keep joining while the text so far could still be an attribution's beginning.
    if (span === 1 && !/^[-=_*\s]*\S+/.test(line)) break;
  }
  return 0;
}

function headerRole(line: string): HeaderRole | null {
  const trimmed = line.trim().replace(/^\*+/, '');
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || colon > 24) return null;
  const key = fold(trimmed.slice(0, colon)).replace(/\*+/g, '').trim();
  return HEADER_KEYS.get(key) ?? null;
}

/** A block of two or more quoted-message header lines starting at i, including a From or Subject line. */
function headerBlockAt(lines: readonly string[], i: number): boolean {
  if (!headerRole(lines[i] as string)) return false;
  const roles = new Set<HeaderRole>();
  let count = 0;
  for (let k = i; k < Math.min(lines.length, i + 8); k++) {
    const role = headerRole(lines[k] as string);
    if (!role) {
      if (
        isBlank(lines[k] as string) &&
        count > 0 &&
        k + 1 < lines.length &&
        headerRole(lines[k + 1] as string)
      )
        continue;
      break;
    }
    roles.add(role);
    count++;
  }
  return count >= 2 && roles.size >= 2 && (roles.has('from') || roles.has('subject'));
}

function isSeparator(line: string): boolean {
  const stripped = fold(line)
    .trim()
    .replace(/^[-_=*\s>]+/, '')
    .replace(/[-_=*\s]+$/, '')
    .trim();
  return stripped.length > 0 && SEPARATORS.has(stripped);
}

const isRule = (line: string) => /^\s*[-_=*~]{8,}\s*$/.test(line);

interface QuoteHeader {
  kind: 'attribution' | 'header-block' | 'separator';
  lines: number;
}

function quoteHeaderAt(lines: readonly string[], i: number): QuoteHeader | null {
  const line = lines[i] as string;
  if (isSeparator(line)) return { kind: 'separator', lines: 1 };
  // A rule line (Outlook's underscores) counts only when a header block follows it.
  if (isRule(line)) {
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      if (headerBlockAt(lines, k)) return { kind: 'header-block', lines: 1 };
      if (!isBlank(lines[k] as string)) break;
    }
    return null;
  }
  if (headerBlockAt(lines, i)) return { kind: 'header-block', lines: 1 };
  const span = attributionAt(lines, i);
  if (span > 0) return { kind: 'attribution', lines: span };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Signatures and disclaimers (applied to each own segment)

const letters = (line: string) =>
  fold(line)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function isDeviceLine(line: string): boolean {
  const lower = fold(line).trim();
  const tokens = lower.split(/[\s<>.,!]+/);
  if (tokens.length > 10 || !tokens.some((t) => DEVICE_WORDS.has(t))) return false;
  return DEVICE_PREFIXES.some((prefix) => lower === prefix || lower.startsWith(`${prefix} `));
}

function isDashSignature(line: string): boolean {
  const t = line.trimEnd();
  return t === '--' || t === '-- ' || t === '—' || t === '---' || t === '–';
}

function isPostscript(line: string): boolean {
  return POSTSCRIPT.test(line.trim());
}

function disclaimerScore(paragraph: string): number {
  const lower = fold(paragraph);
  return DISCLAIMER_CUES.reduce((n, cue) => (lower.includes(cue) ? n + 1 : n), 0);
}

function nameTokens(name: string | null | undefined): string[] {
  return letters(name ?? '')
    .split(' ')
    .filter((t) => t.length > 0);
}

/** The line is (a form of) the sender's name: "Gwen" for "Gwendolyn Rhodes", "J." for "Julian". */
function isSenderName(line: string, sender: readonly string[]): boolean {
  const raw = line.trim().replace(/^[-–—~]+\s*/, '');
  const words = letters(raw).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 4 || raw.length > 40) return false;
  if (sender.length > 0) {
    const first = sender[0] as string;
    if (words.every((w) => sender.includes(w))) return true;
    const w0 = words[0] as string;
    if (words.length === 1 && w0.length >= 3 && first.startsWith(w0)) return true;
  }
  // Initials: "J.", "JM", "-J"
  return /^[\p{Lu}](?:\.?\s?[\p{Lu}]){0,2}\.?$/u.test(raw);
}

const SIGN_OFF_SET: ReadonlySet<string> = new Set(SIGN_OFFS);

/** "Thanks,", "Best, Sam", "Un abrazo," "Liebe Grüße": the whole line is a sign-off (maybe with a name). */
function signOffOf(line: string): boolean {
  const t = line.trim();
  if (SIGN_OFF_SET.has(letters(t))) return true;
  const m = /^([^,!–—-]{1,40})[,!–—-]+\s*(.*)$/u.exec(t);
  if (!m || !SIGN_OFF_SET.has(letters(m[1] as string))) return false;
  const rest = (m[2] as string).trim();
  return rest === '' || /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?[.!]?$/u.test(rest);
}

/** Short lines that a signature is made of: names, titles, companies, phones, links. */
function isSignatureLike(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (isPostscript(t)) return false;
  const words = t.split(/\s+/);
  if (/https?:\/\/|www\.|@|\+?\d[\d\s().-]{6,}\d/.test(t) && words.length <= 12) return true;
  if (words.length > 8 || t.length > 80) return false;
  const lower = fold(t);
  // A sentence by the participant ("I called her.") is not part of a signature.
  if (/(?:^|\s)(?:i|i'm|i've|my|we)\s/.test(`${lower} `) && !/\|/.test(t)) return false;
  if (/[.!?]$/.test(t) && !/\b(?:inc|ltd|co|corp|jr|sr)\.$/i.test(t)) return false;
  return true;
}

function hasSignatureWords(line: string): boolean {
  const lower = fold(line);
  if (/\||https?:\/\/|www\.|@|\+?\d[\d\s().-]{6,}\d/.test(line)) return true;
  return lower.split(/[\s,|/]+/).some((w) => SIGNATURE_WORDS.has(w));
}

interface Trimmed {
  lines: string[];
  cuts: string[];
  guessed: boolean;
}

/** Removes device lines, "-- " blocks, disclaimers and sign-off/name/title blocks from a segment. */
function trimSignature(input: readonly string[], sender: readonly string[]): Trimmed {
  let lines = [...input];
  const cuts: string[] = [];
  let guessed = false;

  lines = lines.filter((line) => {
    const lower = fold(line);
    return !(lower.split(/\s+/).length <= 14 && FOOTER_LINE_CUES.some((cue) => lower.includes(cue)));
  });
  const device = lines.findIndex(isDeviceLine);
  if (device >= 0) {
    lines = lines.slice(0, device);
    cuts.push('device signature');
  }
  const dash = lines.findIndex(isDashSignature);
  if (dash >= 0) {
    // Keep a postscript written below the signature.
    const ps = lines.findIndex((l, k) => k > dash && isPostscript(l));
    lines = ps > dash ? [...lines.slice(0, dash), ...lines.slice(ps)] : lines.slice(0, dash);
    cuts.push('"-- " signature');
  }

  // Disclaimer paragraphs (two or more legal cues).
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (let k = 0; k < lines.length; ) {
    if (isBlank(lines[k] as string)) {
      k++;
      continue;
    }
    let e = k;
    while (e < lines.length && !isBlank(lines[e] as string)) e++;
    paragraphs.push({ start: k, end: e });
    k = e;
  }
  const drop = new Set<number>();
  for (const p of paragraphs) {
    if (disclaimerScore(lines.slice(p.start, p.end).join(' ')) >= 2) {
      for (let k = p.start; k < p.end; k++) drop.add(k);
    }
  }
  if (drop.size > 0) {
    lines = lines.filter((_, k) => !drop.has(k));
    cuts.push('disclaimer');
  }

  // A signature block: an anchor (sign-off, the sender's name) followed only by signature-like lines.
  const lastContent = (() => {
    for (let k = lines.length - 1; k >= 0; k--) if (!isBlank(lines[k] as string)) return k;
    return -1;
  })();
  // tailIsSignature[k]: every line after k (to the last content line) could belong to a signature.
  const tailIsSignature: boolean[] = new Array(lines.length + 1).fill(true);
  for (let k = lastContent - 1; k >= 0; k--)
    tailIsSignature[k] = (tailIsSignature[k + 1] as boolean) && isSignatureLike(lines[k + 1] as string);
  for (let k = 0; k <= lastContent; k++) {
    const line = lines[k] as string;
    if (isBlank(line) || !tailIsSignature[k] || line.length > 60) continue;
    const anchor = signOffOf(line) ? 'sign-off' : isSenderName(line, sender) ? 'name' : null;
    if (!anchor) continue;
    if (
      anchor === 'name' &&
      k > 0 &&
      !isBlank(lines[k - 1] as string) &&
      !signOffOf(lines[k - 1] as string)
    ) {
      // "Called my mom\nSam" is fine; but a list of names ("Anna\nBen") is an answer: require the
      // line above to end a sentence.
      if (!/[.!?)"”]$/.test((lines[k - 1] as string).trim())) continue;
    }
    // A reply that is only "Thank you!" keeps it: those are the participant's words, not a closing.
    const firstContent = lines.findIndex((l) => !isBlank(l));
    lines = lines.slice(0, anchor === 'sign-off' && k === firstContent ? k + 1 : k);
    cuts.push(anchor === 'sign-off' ? 'sign-off' : 'name signature');
    break;
  }

  // A corporate block with no anchor: a name-like line followed by title/company lines at the end.
  {
    let end = lines.length;
    while (end > 0 && isBlank(lines[end - 1] as string)) end--;
    let start = end;
    while (start > 0 && !isBlank(lines[start - 1] as string) && isSignatureLike(lines[start - 1] as string))
      start--;
    const block = lines.slice(start, end);
    let above = start - 1;
    while (above >= 0 && isBlank(lines[above] as string)) above--;
    const introducesList = above >= 0 && (lines[above] as string).trim().endsWith(':');
    if (
      block.length >= 2 &&
      start > 0 &&
      !introducesList &&
      block.slice(1).some(hasSignatureWords) &&
      /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}$/u.test((block[0] as string).trim())
    ) {
      lines = lines.slice(0, start);
      cuts.push('corporate signature');
      guessed = true;
    }
  }

  while (lines.length > 0 && /^[\s\p{P}\p{S}]*$/u.test(lines[lines.length - 1] as string)) lines.pop();
  while (lines.length > 0 && isBlank(lines[0] as string)) lines.shift();
  return { lines, cuts, guessed };
}

// ---------------------------------------------------------------------------------------------
// Prompt fingerprints: the last line of defence against a quote we did not recognise.

function promptMarkerCount(line: string): number {
  const lower = fold(line);
  let n = DAY_LINE.test(line) ? 1 : 0;
  for (const marker of PROMPT_MARKERS) if (lower.includes(marker.replace(/’/g, "'"))) n++;
  return n;
}

interface PromptCut {
  lines: string[];
  cut: boolean;
}

/** Cuts an unmarked quoted prompt out of a segment, keeping anything after its footer. */
function cutUnmarkedPrompt(lines: readonly string[]): PromptCut {
  const hits: number[] = [];
  let total = 0;
  lines.forEach((line, k) => {
    const n = promptMarkerCount(line);
    if (n > 0) {
      hits.push(k);
      total += n;
    }
  });
  const strongFooter = lines.some((l) => fold(l).includes('to unsubscribe') && fold(l).includes('stop'));
  if (hits.length === 0 || (total < 2 && !strongFooter)) return { lines: [...lines], cut: false };
  let start = hits[0] as number;
  // Back up to the prompt's greeting ("Hi Dana,") and over a header-ish line above it.
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    const line = lines[k] as string;
    if (PROMPT_GREETING.test(line)) {
      start = k;
      break;
    }
  }
  let end = (hits[hits.length - 1] as number) + 1;
  // The footer is followed by at most a link line or two.
  while (
    end < lines.length &&
    end - (hits[hits.length - 1] as number) <= 2 &&
    /https?:|<http|^\s*$/.test(lines[end] as string)
  )
    end++;
  return { lines: [...lines.slice(0, start), ...lines.slice(end)], cut: true };
}

// ---------------------------------------------------------------------------------------------

/** Splits a normalised body into the participant's own words and the rest. */
export function splitReply(body: string, options: SplitOptions = {}): SplitReply {
  const lines = body.split('\n').slice(0, MAX_LINES);
  const sender = nameTokens(options.senderName);
  const segments: string[][] = [[]];
  const cuts: string[] = [];
  let quoted = false;
  let low = false;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isQuoted(line)) {
      // Skip the whole ">" block (blank lines inside it included).
      while (
        i < lines.length &&
        (isQuoted(lines[i] as string) ||
          (isBlank(lines[i] as string) && i + 1 < lines.length && isQuoted(lines[i + 1] as string)))
      )
        i++;
      quoted = true;
      if (!cuts.includes('quoted block')) cuts.push('quoted block');
      segments.push([]);
      continue;
    }
    const header = quoteHeaderAt(lines, i);
    if (header) {
      let j = i + header.lines;
      while (j < lines.length && isBlank(lines[j] as string)) j++;
      quoted = true;
      if (header.kind === 'attribution' && j < lines.length && isQuoted(lines[j] as string)) {
        // An attribution introducing a ">" block: text after that block is the participant's again.
        cuts.push('attribution');
        i = j;
        continue;
      }
      cuts.push(header.kind === 'attribution' ? 'attribution (unmarked quote)' : header.kind);
      break; // Unmarked quoted history runs to the end of the message.
    }
    (segments[segments.length - 1] as string[]).push(line);
    i++;
  }

  const own: string[] = [];
  for (const segment of segments) {
    const trimmed = trimSignature(segment, sender);
    cuts.push(...trimmed.cuts);
    if (trimmed.guessed) low = true;
    const prompt = cutUnmarkedPrompt(trimmed.lines);
    if (prompt.cut) {
      cuts.push('unmarked prompt');
      low = true;
    }
    const text = prompt.lines.join('\n').trim();
    if (text) own.push(text.replace(/\n{3,}/g, '\n\n'));
  }
  return {
    text: own.join('\n\n'),
    segments: own,
    quoted,
    confidence: low ? 'low' : 'high',
    cuts: [...new Set(cuts)],
  };
}
