/**
 * Is this message an automatic response? RFC 3834's Auto-Submitted, the vendor headers that
 * predate it (X-Autoreply, X-Autorespond, Precedence: auto_reply) and out-of-office subjects are
 * each enough; weaker signs (X-Auto-Response-Suppress, Precedence: bulk/junk, a null
 * Return-Path, out-of-office wording in a short body) count only in pairs, so a person's real
 * reply from an unusual server is never dropped on one header.
 */
import { AUTO_REPLY_BODY_PHRASES, AUTO_REPLY_SUBJECT_PREFIXES } from './lexicon/auto-reply';
import { fold } from './normalize';

export interface AutoReplyVerdict {
  autoReply: boolean;
  reasons: string[];
}

const first = (headers: ReadonlyMap<string, readonly string[]>, key: string) =>
  (headers.get(key)?.[0] ?? '').trim().toLowerCase();

/** Strips reply/forward prefixes so "Re: Automatic reply: ..." is seen as an automatic reply too. */
function bareSubject(subject: string): string {
  let s = fold(subject).trim();
  for (let k = 0; k < 5; k++) {
    const next = s.replace(/^(?:re|aw|sv|vs|ref|rif|fw|fwd|wg|tr|r)\s*(?:\[\d+\])?\s*:\s*/, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

export function detectAutoReply(
  headers: ReadonlyMap<string, readonly string[]>,
  subject: string,
  body: string,
): AutoReplyVerdict {
  const strong: string[] = [];
  const weak: string[] = [];

  const autoSubmitted = first(headers, 'auto-submitted');
  if (autoSubmitted && !autoSubmitted.startsWith('no')) strong.push(`Auto-Submitted: ${autoSubmitted}`);
  for (const key of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply']) {
    const value = first(headers, key);
    if (value && value !== 'no' && value !== 'false') strong.push(`${key}: ${value}`);
  }
  const precedence = first(headers, 'precedence');
  if (precedence === 'auto_reply' || precedence === 'auto-reply') strong.push(`Precedence: ${precedence}`);
  else if (precedence === 'bulk' || precedence === 'junk') weak.push(`Precedence: ${precedence}`);
  if (headers.has('x-auto-response-suppress')) weak.push('X-Auto-Response-Suppress');
  const returnPath = headers.get('return-path');
  if (returnPath?.some((v) => v.replace(/\s/g, '') === '<>')) weak.push('null Return-Path');

  const bare = bareSubject(subject);
  const subjectPrefix = AUTO_REPLY_SUBJECT_PREFIXES.find(
    (prefix) => bare.startsWith(prefix) && /^(?:$|[\s:\-(–—[])/.test(bare.slice(prefix.length)),
  );
  if (subjectPrefix) strong.push(`subject "${subjectPrefix}"`);

  const text = fold(body);
  if (text.split(/\s+/).length <= 120 && AUTO_REPLY_BODY_PHRASES.some((phrase) => text.includes(phrase))) {
    weak.push('out-of-office wording');
  }
  const autoReply = strong.length > 0 || weak.length >= 2;
  return { autoReply, reasons: autoReply ? [...strong, ...weak] : [] };
}
