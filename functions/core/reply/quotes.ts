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
import { DAY_LINE, PROMPT_GREETING, PROMPT_MARKERS } from './lexicon/prompt';
import { fold } from './normalize';
import { isOurParagraph } from './our-words';
import { isBlank, isQuoted, quoteHeaderAt } from './quote-headers';
import { trimSignature } from './signatures';

export { isAttribution } from './quote-headers';

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

// ---------------------------------------------------------------------------------------------
// Prompt fingerprints: the last line of defence against a quote we did not recognise.

function promptMarkerCount(line: string): number {
  const lower = fold(line);
  let n = 0;
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
  const dayLines: number[] = [];
  let total = 0;
  lines.forEach((line, k) => {
    const n = promptMarkerCount(line);
    if (n > 0) {
      hits.push(k);
      total += n;
    }
    if (DAY_LINE.test(line)) dayLines.push(k);
  });
  // A prompt has one day line; a catch-up ("Day 1: Caspian … Day 2: my mum …") has several, and
  // they are the writer's. Day lines count once, and only the last one above the prompt's other
  // marks opens it.
  const firstMark = hits[0] ?? lines.length;
  const opening = dayLines.filter((k) => k <= firstMark).pop();
  if (dayLines.length > 0) total++;
  const strongFooter = lines.some((l) => fold(l).includes('to unsubscribe') && fold(l).includes('stop'));
  if ((hits.length === 0 && opening === undefined) || (total < 2 && !strongFooter))
    return { lines: [...lines], cut: false };
  if (opening !== undefined && !hits.includes(opening)) hits.unshift(opening);
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

const FOOTER_MARKERS = PROMPT_MARKERS.filter((m) =>
  /unsubscribe|take a break|preferences|getting this/.test(m),
);
const isFooterLine = (line: string) => {
  const lower = fold(line).replace(/’/g, "'");
  return FOOTER_MARKERS.some((m) => lower.includes(m)) || /you'?re receiving this because/.test(lower);
};

/**
 * The first line after the footer of an unmarked quote of one of our emails that starts at `from`,
 * when more text follows it (the writer's answer below the quote), or null. Older history (another
 * quote header after the footer) is not an answer.
 */
function belowQuotedPrompt(lines: readonly string[], from: number): number | null {
  let last = -1;
  for (let k = from; k < lines.length; k++) {
    if (last >= 0 && quoteHeaderAt(lines, k)) break;
    if (isFooterLine(lines[k] as string)) last = k;
  }
  if (last < 0) return null;
  let k = last + 1;
  // Links, the postal line and the "why you get this" line close the footer.
  while (
    k < lines.length &&
    (isBlank(lines[k] as string) ||
      (k - last <= 4 && /https?:|<http|gratitude week/i.test(lines[k] as string)) ||
      isFooterLine(lines[k] as string))
  )
    k++;
  if (k >= lines.length || isQuoted(lines[k] as string) || quoteHeaderAt(lines, k)) return null;
  return k;
}

/** A paragraph of one of our emails: its greeting, day line, marks, links, footer, or our sentences. */
function isPromptParagraph(paragraph: readonly string[]): boolean {
  const first = paragraph[0] ?? '';
  return (
    isOurParagraph(paragraph.join(' ')) ||
    PROMPT_GREETING.test(first) ||
    DAY_LINE.test(first) ||
    paragraph.some((line) => promptMarkerCount(line) > 0 || isFooterLine(line) || /https?:|<http/.test(line))
  );
}

/**
 * A reply written inside an unmarked quote of our prompt (Outlook's inline answers: the whole body
 * is the quote, the writer's lines between our paragraphs). Only when nothing else was found: the
 * paragraphs that are not ours are the writer's.
 */
function answersInsideOurQuote(lines: readonly string[]): string[] {
  const top = lines.findIndex((line) => !isBlank(line));
  const header = top >= 0 ? quoteHeaderAt(lines, top) : null;
  if (!header) return [];
  // The header block runs to the first blank line ("From:", "Sent:", "To:", "Subject:").
  let from = top + header.lines;
  while (from < lines.length && !isBlank(lines[from] as string)) from++;
  let to = from;
  while (to < lines.length && !(to > from && quoteHeaderAt(lines, to))) to++;
  const region = lines.slice(from, to);
  if (!region.some((line) => DAY_LINE.test(line) || promptMarkerCount(line) > 0)) return [];
  const paragraphs: string[][] = [[]];
  for (const line of region) {
    if (isBlank(line)) paragraphs.push([]);
    else (paragraphs[paragraphs.length - 1] as string[]).push(line);
  }
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.length === 0 || isPromptParagraph(paragraph)) continue;
    if (kept.length > 0) kept.push('');
    kept.push(...paragraph);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------

/** Splits a normalised body into the participant's own words and the rest. */
export function splitReply(body: string, options: SplitOptions = {}): SplitReply {
  const lines = body.split('\n').slice(0, MAX_LINES);
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
      // Unmarked quoted history runs to the end of the message, unless the writer answered below
      // the quote of one of our emails (bottom posting): then their words follow its footer.
      const below = belowQuotedPrompt(lines, j);
      if (below === null) break;
      cuts.push('unmarked quote above the reply');
      low = true;
      segments.push([]);
      i = below;
      continue;
    }
    (segments[segments.length - 1] as string[]).push(line);
    i++;
  }

  const own: string[] = [];
  for (const segment of segments) {
    const trimmed = trimSignature(segment, options.senderName);
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
  if (own.length === 0 && quoted) {
    const inline = trimSignature(answersInsideOurQuote(lines), options.senderName);
    const text = inline.lines.join('\n').trim();
    if (text) {
      own.push(text.replace(/\n{3,}/g, '\n\n'));
      cuts.push('answers inside an unmarked quote');
      low = true;
    }
  }
  return {
    text: own.join('\n\n'),
    segments: own,
    quoted,
    confidence: low ? 'low' : 'high',
    cuts: [...new Set(cuts)],
  };
}
