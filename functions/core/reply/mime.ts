/**
 * Raw RFC 5322 message -> the parts the reply parser needs: decoded headers, the body as text
 * (the text/plain part, or the HTML part converted with quote markers when there is none), and
 * the envelope facts (subject, from, recipients, ids, date). Decoding (charsets, transfer
 * encodings, format=flowed, encoded words) is postal-mime's; this module bounds its input, never
 * lets it throw, and falls back to a crude split of headers and body when it cannot parse.
 */
import PostalMime from 'postal-mime';
import { htmlToText } from './html';
import { normalizeText } from './normalize';

export interface MailAddress {
  name: string;
  address: string;
}

export interface DecodedMessage {
  /** Header values by lowercase name, in message order (raw, unfolded). */
  headers: ReadonlyMap<string, readonly string[]>;
  subject: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  date: string | null;
  /** Normalised body text; quoted regions of HTML bodies carry "> " markers. */
  text: string;
  /** Where `text` came from. */
  source: 'plain' | 'html' | 'none';
  /** The MIME structure could not be parsed; `text` is a best-effort fallback. */
  malformed: boolean;
}

/** Larger messages are cut before parsing: a reply's words are never megabytes into it. */
export const MAX_RAW_BYTES = 8 * 1024 * 1024;
const MAX_TEXT_CHARS = 200_000;

type Address = { name?: string; address?: string; group?: Address[] };

function flatten(list: Address[] | Address | undefined): MailAddress[] {
  const items = Array.isArray(list) ? list : list ? [list] : [];
  const out: MailAddress[] = [];
  for (const item of items) {
    if (item.group) out.push(...flatten(item.group));
    else if (item.address || item.name) out.push({ name: item.name ?? '', address: item.address ?? '' });
  }
  return out;
}

function headerMap(headers: ReadonlyArray<{ key: string; value: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, value } of headers) {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  }
  return map;
}

function toBytes(raw: Uint8Array | string): Uint8Array {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  return bytes.length > MAX_RAW_BYTES ? bytes.subarray(0, MAX_RAW_BYTES) : bytes;
}

function capText(text: string): string {
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
}

function ids(value: string | undefined): string[] {
  if (!value) return [];
  return value.match(/<[^<>\s]{1,998}>/g) ?? value.split(/\s+/).filter(Boolean);
}

/** Decodes a raw message. Never throws. */
export async function decodeMessage(raw: Uint8Array | string): Promise<DecodedMessage> {
  let bytes: Uint8Array;
  try {
    bytes = toBytes(raw);
  } catch {
    return fallback(new Uint8Array(0));
  }
  try {
    const email = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true, // a forwarded message/rfc822 is someone else's words
      maxNestingDepth: 64,
      maxRfc822NestingDepth: 0,
    });
    const plain = normalizeText(capText(email.text ?? ''));
    let text = plain;
    let source: DecodedMessage['source'] = plain.trim() ? 'plain' : 'none';
    if (source === 'none' && email.html) {
      text = normalizeText(capText(htmlToText(email.html)));
      source = text.trim() ? 'html' : 'none';
    }
    const references = ids(email.references);
    const headers = headerMap(email.headers);
    // Bytes that carry none of a message's usual headers are not a message we can trust.
    const looksLikeMail = ['from', 'subject', 'date', 'message-id', 'content-type', 'to'].some((k) =>
      headers.has(k),
    );
    return {
      headers,
      subject: normalizeText(email.subject ?? '').trim(),
      from: flatten(email.from as Address | undefined)[0] ?? null,
      to: flatten(email.to as Address[] | undefined),
      cc: flatten(email.cc as Address[] | undefined),
      messageId: email.messageId ?? null,
      inReplyTo: email.inReplyTo ? (ids(email.inReplyTo)[0] ?? email.inReplyTo) : null,
      references,
      date: email.date ?? null,
      text,
      source,
      malformed: !looksLikeMail,
    };
  } catch {
    return fallback(bytes);
  }
}

/** Splits headers from body by hand, for input postal-mime rejects (too deep, broken headers). */
function fallback(bytes: Uint8Array): DecodedMessage {
  let raw = '';
  try {
    raw = new TextDecoder('utf-8').decode(bytes);
  } catch {
    raw = '';
  }
  const normalized = raw.replace(/\r\n?/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split < 0 ? normalized : normalized.slice(0, split);
  const body = split < 0 ? '' : normalized.slice(split + 2);
  const headers = new Map<string, string[]>();
  let lastKey = '';
  for (const line of head.split('\n').slice(0, 2000)) {
    if (/^[ \t]/.test(line) && lastKey) {
      const list = headers.get(lastKey) as string[];
      list[list.length - 1] = `${list[list.length - 1] ?? ''} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 80) continue;
    lastKey = line.slice(0, colon).trim().toLowerCase();
    const list = headers.get(lastKey) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(lastKey, list);
  }
  const first = (key: string) => headers.get(key)?.[0] ?? null;
  // Without MIME we cannot know the body is text; keep it only if it looks like prose.
  const printable = body.replace(/[^\p{L}\p{N}\p{P}\s]/gu, '').length;
  const text = body && printable / body.length > 0.9 ? normalizeText(capText(body)) : '';
  return {
    headers,
    subject: first('subject') ?? '',
    from: null,
    to: [],
    cc: [],
    messageId: first('message-id'),
    inReplyTo: first('in-reply-to'),
    references: ids(first('references') ?? undefined),
    date: first('date'),
    text,
    source: text ? 'plain' : 'none',
    malformed: true,
  };
}
