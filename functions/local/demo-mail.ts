/**
 * Replies for `npm run demo`, built the way the mail programs people really use build them: the
 * Gmail (German interface) "Am … schrieb …:" attribution with `>` quotes and an HTML twin, the
 * Outlook header block under a rule, the iPhone's "Sent from my iPhone" above a quoted original,
 * and an Exchange out-of-office answer. The raw MIME is produced by nodemailer's own composer, so
 * the service's parser meets encoded headers, quoted-printable bodies and multipart alternatives.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { escapeHtml } from '../adapters/templates/format';
import type { MailClient } from './demo-cast';

/** The email being replied to, as the participant's mailbox shows it. */
export interface OriginalEmail {
  /** The SES message id; real SES puts it in the Message-ID header as `<id@email.amazonses.com>`. */
  messageId: string;
  from: string;
  subject: string;
  text: string;
  html?: string;
  /** When it arrived, which the attribution line quotes. */
  sentAt: Date;
}

export interface Replier {
  name: string;
  email: string;
  timezone: string;
  client: MailClient;
  signature?: string;
}

export interface ComposedReply {
  raw: Buffer;
  /** Envelope sender and recipient, for SMTP. */
  from: string;
  to: string;
  subject: string;
}

// One composer for every message: streamTransport only builds the MIME, nothing is sent.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** A person's own reply to `original`, written at `at`, to the Reply-To address `to`. */
export async function composeReply(
  who: Replier,
  original: OriginalEmail,
  words: string,
  to: string,
  at: Date,
): Promise<ComposedReply> {
  switch (who.client) {
    case 'gmail':
      return await gmailReply(who, original, words, to, at);
    case 'outlook':
      return await outlookReply(who, original, words, to, at);
    case 'iphone':
      return await iphoneReply(who, original, words, to, at);
  }
}

/** The out-of-office answer an Exchange mailbox sends on its own (RFC 3834 headers included). */
export async function composeAutoReply(
  who: Replier,
  original: OriginalEmail,
  words: string,
  to: string,
  at: Date,
): Promise<ComposedReply> {
  const subject = `Automatic reply: ${original.subject}`;
  return await compose({
    from: { name: who.name, address: who.email },
    to,
    subject,
    messageId: outlookMessageId(),
    inReplyTo: sesMessageIdHeader(original),
    references: [sesMessageIdHeader(original)],
    headers: {
      Date: rfc5322Date(at, who.timezone),
      'Auto-Submitted': 'auto-replied',
      'X-Auto-Response-Suppress': 'All',
      'Thread-Topic': original.subject,
      'Thread-Index': threadIndex(),
      'Content-Language': 'en-US',
    },
    text: words,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">${escapeHtml(words)}</div></body></html>`,
  });
}

async function gmailReply(
  who: Replier,
  original: OriginalEmail,
  words: string,
  to: string,
  at: Date,
): Promise<ComposedReply> {
  const attribution = `Am ${germanDate(original.sentAt, who.timezone)} schrieb ${original.from}:`;
  const text = `${words}\n\n${attribution}\n\n${quote(original.text, '> ')}\n`;
  const html =
    `<div dir="ltr">${escapeHtml(words)}</div><br><div class="gmail_quote gmail_quote_container">` +
    `<div dir="ltr" class="gmail_attr">${escapeHtml(attribution)}<br></div>` +
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
    `${originalHtml(original)}</blockquote></div>\n`;
  return await compose({
    from: { name: who.name, address: who.email },
    to,
    subject: `Re: ${original.subject}`,
    messageId: `<CA${randomBytes(30).toString('base64url')}@mail.gmail.com>`,
    inReplyTo: sesMessageIdHeader(original),
    references: [sesMessageIdHeader(original)],
    headers: { Date: rfc5322Date(at, who.timezone) },
    text,
    html,
  });
}

async function outlookReply(
  who: Replier,
  original: OriginalEmail,
  words: string,
  to: string,
  at: Date,
): Promise<ComposedReply> {
  const sent = outlookDate(original.sentAt, who.timezone);
  const signature = who.signature ? `\n\n${who.signature}` : '';
  const text =
    `${words}${signature}\n\n________________________________\n` +
    `From: ${original.from}\nSent: ${sent}\nTo: ${who.name} <${who.email}>\nSubject: ${original.subject}\n\n` +
    `${original.text}\n`;
  const font =
    'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);';
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
    `<div class="elementToProof" style="${font}">${escapeHtml(words)}</div>` +
    (who.signature
      ? `<div class="elementToProof" style="${font}"><br>${escapeHtml(who.signature)}</div>`
      : '') +
    '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
    `<b>From:</b> ${escapeHtml(original.from)}<br><b>Sent:</b> ${escapeHtml(sent)}<br>` +
    `<b>To:</b> ${escapeHtml(`${who.name} <${who.email}>`)}<br><b>Subject:</b> ${escapeHtml(original.subject)}` +
    `</font><div>&nbsp;</div></div>${originalHtml(original)}</body></html>\n`;
  return await compose({
    from: { name: who.name, address: who.email },
    to,
    subject: `RE: ${original.subject}`,
    messageId: outlookMessageId(),
    inReplyTo: sesMessageIdHeader(original),
    references: [sesMessageIdHeader(original)],
    headers: {
      Date: rfc5322Date(at, who.timezone),
      'Thread-Topic': original.subject,
      'Thread-Index': threadIndex(),
      'Accept-Language': 'en-US',
      'Content-Language': 'en-US',
    },
    text,
    html,
  });
}

async function iphoneReply(
  who: Replier,
  original: OriginalEmail,
  words: string,
  to: string,
  at: Date,
): Promise<ComposedReply> {
  // iOS quotes its own attribution line and starts the original with a byte-order mark.
  const attribution = `On ${iphoneDate(original.sentAt, who.timezone)}, ${original.from} wrote:`;
  const quoted = quote(`\uFEFF${original.text}`, '> ');
  const text = `${words}\n\nSent from my iPhone\n\n> ${attribution}\n> \n${quoted}\n`;
  const domain = who.email.slice(who.email.lastIndexOf('@') + 1);
  return await compose({
    from: { name: who.name, address: who.email },
    to,
    subject: `Re: ${original.subject}`,
    messageId: `<${randomUUID().toUpperCase()}@${domain}>`,
    inReplyTo: sesMessageIdHeader(original),
    references: [sesMessageIdHeader(original)],
    headers: { Date: rfc5322Date(at, who.timezone), 'X-Mailer': 'iPhone Mail (22B91)' },
    text,
  });
}

type ComposeOptions = {
  from: { name: string; address: string };
  to: string;
  subject: string;
  messageId: string;
  inReplyTo: string;
  references: string[];
  headers: Record<string, string>;
  text: string;
  html?: string;
};

async function compose(options: ComposeOptions): Promise<ComposedReply> {
  const info = await composer.sendMail(options);
  return {
    raw: info.message as Buffer,
    from: options.from.address,
    to: options.to,
    subject: options.subject,
  };
}

function sesMessageIdHeader(original: OriginalEmail): string {
  return `<${original.messageId}@email.amazonses.com>`;
}

function outlookMessageId(): string {
  const id = randomBytes(16).toString('hex').toUpperCase();
  return `<BN8PR04MB${id}@BN8PR04MB6241.namprd04.prod.outlook.com>`;
}

function threadIndex(): string {
  return randomBytes(22).toString('base64');
}

/** Every line of `text` behind `prefix`; blank lines get the bare marker, as mail programs do. */
function quote(text: string, prefix: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : `${prefix}${line}`))
    .join('\n');
}

/** The original's HTML body without its document shell, as clients nest it in a reply. */
function originalHtml(original: OriginalEmail): string {
  if (original.html === undefined) return escapeHtml(original.text).replace(/\n/g, '<br>');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(original.html);
  return body?.[1] ?? original.html;
}

type Parts = Record<string, string>;

function partsOf(at: Date, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Parts {
  const parts: Parts = {};
  for (const part of new Intl.DateTimeFormat(locale, { timeZone, ...options }).formatToParts(at)) {
    parts[part.type] = part.value;
  }
  return parts;
}

/** `Thu, 26 Nov 2026 08:38:00 +0100`: the sender's local time and offset, as clients write it. */
export function rfc5322Date(at: Date, timeZone: string): string {
  const p = partsOf(at, 'en-US', timeZone, {
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  // "GMT+05:30" -> "+0530"; plain "GMT" is UTC.
  const offset = (p.timeZoneName ?? 'GMT').replace(/^GMT/, '').replace(':', '') || '+0000';
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}:${p.second} ${offset}`;
}

/** `Do., 26. Nov. 2026 um 08:00 Uhr`, Gmail's German attribution date. */
function germanDate(at: Date, timeZone: string): string {
  const p = partsOf(at, 'de-DE', timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const weekday = (p.weekday ?? '').replace(/\.$/, '');
  return `${weekday}., ${p.day}. ${p.month} ${p.year} um ${p.hour}:${p.minute} Uhr`;
}

/** `Thursday, November 26, 2026 7:00 AM`, Outlook's "Sent:" line. */
function outlookDate(at: Date, timeZone: string): string {
  const p = partsOf(at, 'en-US', timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  });
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year} ${p.hour}:${p.minute} ${p.dayPeriod}`;
}

/** `26 Nov 2026, at 9:00 PM`, iOS Mail in an Indian English locale. */
function iphoneDate(at: Date, timeZone: string): string {
  const p = partsOf(at, 'en-GB', timeZone, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  });
  return `${p.day} ${p.month} ${p.year}, at ${p.hour}:${p.minute} ${(p.dayPeriod ?? '').toUpperCase()}`;
}
