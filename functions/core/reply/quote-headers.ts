/**
 * Where somebody else's message begins. Mail clients introduce a quoted message in three ways, in
 * every language: an attribution line ("On … wrote:", "… пользователь … написал:", "… 写道："), a
 * header block ("From: / Sent: / To:", "От: / Отправлено:", "Van: / Verzonden:") or a separator
 * ("-----Original Message-----", "-------- Oprindelig besked --------").
 *
 * Each is recognised by its shape first and by words second, so that a client in a language we have
 * no word list for is still caught:
 * - an attribution names a sender (an address, or our own name) and a moment (a date or a time) and
 *   ends in a colon, or ends in a known "wrote" verb;
 * - a header block is two or more `Key: value` lines whose values hold an address and a date;
 * - a separator is a few words between runs of dashes, followed by a header block or a quote.
 */
import { ATTRIBUTION_OPENERS, ATTRIBUTION_VERBS, HEADER_KEYS, SEPARATORS } from './lexicon/attribution';
import { fold } from './normalize';

export const isBlank = (line: string) => line.trim() === '';
export const isQuoted = (line: string) => /^[ \t]{0,3}>/.test(line);

const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const OUR_NAME = /gratitude\s+week/i;
/** A year, a numeric date, a clock time or a CJK date: what every client puts in a quote header. */
const DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{1,4}\s*[年月日년월일]/u;
const MOMENT = new RegExp(`${DATE.source}|\\b\\d{1,2}[:.h]\\d{2}\\b`, 'u');
/** Month names and abbreviations in the languages whose clients write "On Nov 16 …" without a year. */
const MONTH_DAY =
  /\b\d{1,2}\.?\s+(?:jan|feb|fév|févr|mar|mär|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ago|août|sep|sept|oct|okt|nov|dec|déc|dic|dez)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;
const ENDS_WITH_COLON = /[:：]\s*$/;
/** The writer speaking ("I emailed bob@x.com at 9:30 and wrote:") is not a client's header. */
const FIRST_PERSON = /(?:^|[\s,(])(?:I|I'm|I've|I'd|[Ww]e|[Mm]y|me)\s+\p{Ll}/u;

/** Whether the writer speaks in the part of a line before its closing colon, names and addresses aside. */
function writerSpeaks(text: string): boolean {
  const head = text.replace(/<[^>]*>|"[^"]*"|\([^)]*\)/g, ' ').split(/(?<!\d)[:：](?!\d)/)[0] ?? '';
  return FIRST_PERSON.test(head);
}

const hasSender = (text: string) => ADDRESS.test(text) || OUR_NAME.test(text);
const hasMoment = (text: string) => MOMENT.test(text) || MONTH_DAY.test(text);
const hasDate = (text: string) => DATE.test(text) || MONTH_DAY.test(text);

function stripRules(text: string): string {
  return text
    .trim()
    .replace(/^[-=_*\s]+/, '')
    .replace(/[-=_*\s]+$/, '');
}

/** "… wrote:" and its translations, wherever the client puts the name and the date around it. */
function hasAttributionVerb(lower: string): boolean {
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
      // "... wrote:" / "... a écrit :" / "... napisał(a):" / Zoho's "... wrote ---" (dashes stripped)
      if (rest === '' || /^(?:\(a\))?\s*[:：]?$/.test(rest)) return true;
      // The name or the date after the verb: "Am … schrieb Gratitude Week <x@y>:",
      // "Gratitude Week <x@y> schrieb am Mi., 18. Nov. 2026, 08:00:"
      if (
        ENDS_WITH_COLON.test(lower) &&
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

/**
 * True when `text` (one line, or wrapped lines joined) introduces a quoted message: it says when
 * (a date or time) and, by a verb or by its shape, who wrote.
 */
export function isAttribution(text: string): boolean {
  const trimmed = stripRules(text);
  if (trimmed.length < 10 || trimmed.length > 400 || !hasMoment(trimmed)) return false;
  const lower = fold(trimmed);
  // With a "wrote" verb a date or an address is enough; a clock time alone is not ("On Monday I
  // wrote to my boss at 9:30:" is the writer's sentence).
  if (writerSpeaks(trimmed)) return false;
  if ((hasDate(trimmed) || ADDRESS.test(trimmed)) && hasAttributionVerb(lower)) return true;
  // By shape, in any language: a sender and a moment, closed by a colon, in the client's words
  // rather than the writer's ("пн, 16 нояб. 2026 г. в 08:00, Name <x@y>:", "2017-11-24 16:32
  // GMT+01:00 Name <x@y>:", "30.09.2017, 18.30, \"Name\" <x@y>:").
  return trimmed.length <= 300 && ENDS_WITH_COLON.test(trimmed) && hasSender(trimmed);
}

/**
 * Number of lines (1-3) that form an attribution starting at line i, or 0. An attribution that
 * only forms with the lines below it and also forms without line i starts lower down: the
 * writer's last line ("She cried a little.") stays theirs when no blank line separates it.
 */
export function attributionAt(lines: readonly string[], i: number): number {
  const parts: string[] = [];
  for (let span = 1; span <= 3 && i + span <= lines.length; span++) {
    const line = lines[i + span - 1] as string;
    if (isBlank(line) || (span > 1 && isQuoted(line))) break;
    parts.push(line.trim());
    const joined = parts.join(' ');
    if (joined.length > 400) break;
    if (isAttribution(joined)) {
      for (let d = 1; d < parts.length; d++) if (isAttribution(parts.slice(d).join(' '))) return 0;
      return span;
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Header blocks

interface HeaderLine {
  key: string;
  value: string;
}

/** `Key: value` with a key of one to three words and no digits ("From", "Envoyé le", "От"). */
function headerLine(line: string): HeaderLine | null {
  const match = /^\s*\*{0,2}([\p{L}][\p{L}\p{M}'’ .-]{0,28}?)\*{0,2}\s?[:：]\*{0,2}\s*(.*)$/u.exec(line);
  if (!match) return null;
  const key = fold(match[1] as string)
    .replace(/\*+/g, '')
    .trim();
  if (key.split(/\s+/).length > 3) return null;
  return { key, value: match[2] as string };
}

/** A line that continues the header above it: an address wrapped onto its own line. */
const isContinuation = (line: string) => /^\s*[<("[]?[^\s@]+@[^\s@]+[>)"\]]?[;,]?\s*$/.test(line);

/**
 * A block of quoted-message header lines starting at i: two or more `Key: value` lines (an address
 * wrapped onto the next line allowed), including a sender (a known From/Subject key, or a value
 * with an address) and, when the keys are not ones we know, a date.
 */
export function headerBlockAt(lines: readonly string[], i: number): boolean {
  const first = headerLine(lines[i] as string);
  if (!first) return false;
  let known = 0;
  let knownSender = false;
  let count = 0;
  let text = '';
  for (let k = i; k < Math.min(lines.length, i + 10); k++) {
    const line = lines[k] as string;
    const header = headerLine(line);
    if (header) {
      count++;
      text += ` ${header.value}`;
      const role = HEADER_KEYS.get(header.key);
      if (role) known++;
      if (role === 'from' || role === 'subject') knownSender = true;
      continue;
    }
    if (count > 0 && isContinuation(line)) {
      text += ` ${line}`;
      continue;
    }
    // Apple and Outlook put a blank line between some header lines.
    if (isBlank(line) && count > 0 && k + 1 < lines.length && headerLine(lines[k + 1] as string)) continue;
    break;
  }
  if (count < 2) return false;
  if (known >= 2 && knownSender) return true;
  // Keys in a language we have no list for: the values must say who and when.
  return count >= 2 && ADDRESS.test(text) && hasMoment(text);
}

// ---------------------------------------------------------------------------------------------
// Separators

/** A few words between runs of dashes: "-------- Oprindelig besked --------". */
const FRAMED = /^\s*[-=_*]{2,}\s*([^-=_*\s][^-=_*]{1,60}?)\s*[-=_*]{2,}\s*$/;

export function isSeparator(line: string): boolean {
  const stripped = fold(line)
    .trim()
    .replace(/^[-_=*\s>]+/, '')
    .replace(/[-_=*\s]+$/, '')
    .trim();
  return stripped.length > 0 && SEPARATORS.has(stripped);
}

/** A framed line that a header block, an attribution or a quote follows: a separator in any language. */
function isFramedSeparator(lines: readonly string[], i: number): boolean {
  const match = FRAMED.exec(lines[i] as string);
  if (!match || (match[1] as string).split(/\s+/).length > 6 || /[.!?]$/.test(match[1] as string))
    return false;
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const line = lines[k] as string;
    if (isBlank(line)) continue;
    return isQuoted(line) || headerBlockAt(lines, k) || attributionAt(lines, k) > 0;
  }
  return false;
}

export const isRule = (line: string) => /^\s*[-_=*~]{8,}\s*$/.test(line);

export interface QuoteHeader {
  kind: 'attribution' | 'header-block' | 'separator';
  lines: number;
}

/** The quote header starting at line i, if there is one. */
export function quoteHeaderAt(lines: readonly string[], i: number): QuoteHeader | null {
  const line = lines[i] as string;
  if (isSeparator(line) || isFramedSeparator(lines, i)) return { kind: 'separator', lines: 1 };
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
