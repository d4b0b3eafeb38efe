/**
 * Byte-level MIME for the corpus: parts in UTF-8 or a legacy single-byte charset, encoded
 * quoted-printable, base64 or 8bit (with format=flowed), assembled with CRLF line endings and
 * deterministic boundaries, so a rebuild gives the same bytes. nodemailer's encoders do the
 * quoted-printable, base64 and RFC 2047 work.
 */
import { encode as base64Encode, wrap as base64Wrap } from 'nodemailer/lib/base64';
import { encodeWords } from 'nodemailer/lib/mime-funcs';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252';
export type Encoding = 'qp' | 'base64' | '8bit';

export interface Part {
  type: 'text/plain' | 'text/html';
  content: string;
  charset: Charset;
  encoding: Encoding;
  /** text/plain; format=flowed (then 8bit text is flowed at 72 columns). */
  flowed?: boolean;
}

/** windows-1252's printable characters in 0x80–0x9F; the rest of both charsets is Latin-1. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** What a Latin-1 client writes for typography the charset lacks (it has no dashes or curly quotes). */
const LATIN1_FALLBACK: Record<string, string> = {
  '—': '-',
  '–': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '…': '...',
};

/** Text in a charset; a letter the charset lacks is an error (a case must be writable in it). */
export function encodeCharset(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const original of text) {
    const ch = charset === 'iso-8859-1' ? (LATIN1_FALLBACK[original] ?? original) : original;
    if (ch.length > 1) {
      bytes.push(...Buffer.from(ch, 'latin1'));
      continue;
    }
    const code = ch.codePointAt(0) as number;
    const extra = charset === 'windows-1252' ? CP1252[ch] : undefined;
    if (extra !== undefined) bytes.push(extra);
    else if (code < 0x80 || (code >= 0xa0 && code < 0x100)) bytes.push(code);
    else throw new Error(`"${ch}" cannot be written in ${charset}`);
  }
  return Buffer.from(bytes);
}

/** Lines over 72 columns broken after a space (the space kept: a soft break), quote prefix repeated. */
export function flow(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const prefix = /^(?:> ?)*/.exec(line)?.[0] ?? '';
      const out: string[] = [];
      let rest = line.slice(prefix.length);
      while (prefix.length + rest.length > 72) {
        const cut = rest.lastIndexOf(' ', 72 - prefix.length);
        if (cut <= 0) break;
        out.push(`${prefix}${rest.slice(0, cut + 1)}`);
        rest = rest.slice(cut + 1);
      }
      out.push(`${prefix}${rest}`);
      return out.join('\n');
    })
    .join('\n');
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

function partHeaders(part: Part): string[] {
  const charset = part.charset === 'utf-8' ? 'UTF-8' : part.charset;
  const cte = part.encoding === 'qp' ? 'quoted-printable' : part.encoding;
  return [
    `Content-Type: ${part.type}; charset="${charset}"${part.flowed ? '; format=flowed' : ''}`,
    `Content-Transfer-Encoding: ${cte}`,
  ];
}

function partBody(part: Part): Buffer {
  const text = crlf(part.flowed && part.encoding === '8bit' ? flow(part.content) : part.content);
  const bytes = encodeCharset(text, part.charset);
  if (part.encoding === 'base64') return Buffer.from(`${base64Wrap(base64Encode(bytes), 76)}\r\n`, 'ascii');
  if (part.encoding === 'qp') return Buffer.from(qpWrap(qpEncode(bytes), 76), 'ascii');
  return bytes;
}

/** A header value, RFC 2047-encoded when it is not ASCII. */
export function headerText(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeWords(value, 'Q', 52);
}

/** A display name and address: quoted or encoded as needed. */
export function mailbox(name: string, address: string): string {
  if (!/^[\x20-\x7e]*$/.test(name)) return `${encodeWords(name, 'Q', 52)} <${address}>`;
  return /[()<>[\]:;@\\,."]/.test(name)
    ? `"${name.replace(/"/g, '\\"')}" <${address}>`
    : `${name} <${address}>`;
}

/** The message: header lines (already folded where needed), then one part or an alternative. */
export function assemble(headers: string[], parts: Part[], boundary: string): Buffer {
  if (parts.length === 1) {
    const part = parts[0] as Part;
    return Buffer.concat([
      Buffer.from(`${[...headers, ...partHeaders(part)].join('\r\n')}\r\n\r\n`),
      partBody(part),
    ]);
  }
  const chunks: Buffer[] = [
    Buffer.from(
      `${[...headers, `Content-Type: multipart/alternative; boundary="${boundary}"`].join('\r\n')}\r\n\r\n`,
    ),
  ];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n${partHeaders(part).join('\r\n')}\r\n\r\n`));
    const body = partBody(part);
    chunks.push(body);
    if (!body.toString('latin1').endsWith('\r\n')) chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
