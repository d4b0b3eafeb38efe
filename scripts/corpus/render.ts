/**
 * Renders one corpus case into the raw message a receiving server stores (server headers, the
 * client's own headers and MIME body around the quoted prompt) and its label entry.
 *
 *   1. Derive everything the case does not state (subscriber id, reply token, dates, message ids)
 *      from its id, so a rebuild gives the same bytes.
 *   2. Lay out the participant's words, signature, device line and disclaimer around the quoted
 *      prompt as the client does it, in the client's UI language.
 *   3. Encode the parts (charset, transfer encoding, multipart) and add the headers.
 *   4. Complete the labels: the day, and the phrases that must not reach the log (the quoted
 *      example, the footer, the device line, a signature or disclaimer line), after checking that
 *      every phrase is where the labels say it is.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../../functions/adapters/templates/format';
import type { CaseSpec, Client, Locale, ThankedLabel } from '../../test/fixtures/reply-corpus/spec';
import { phraseKey, type ReplyLabel } from '../../test/support/reply-scorer';
import {
  APPLE,
  AUTO_REPLY_PREFIX,
  DATE_ADDRESS_ONLY,
  DEVICE_LINES,
  FASTMAIL,
  GMAIL,
  GMAIL_RU_SHORT,
  GMX_BLOCK,
  ISO_DATE,
  MAILRU,
  MAILRU_FROM_ADDR,
  novemberDay,
  ORIGINAL_MESSAGE,
  OUTLOOK_LABELS,
  OUTLOOK_SENT,
  type Parties,
  POLISH_DNIA,
  PROTON,
  replyPrefix,
  SEZNAM,
  THUNDERBIRD,
  TIME_FIRST,
  type When,
  YAHOO,
  YAHOO_ANDROID,
  ZOHO,
} from './locales';
import { assemble, type Charset, type Encoding, headerText, mailbox, type Part } from './mime';
import { currentPrompt, draftPrompt, type QuotedPrompt } from './prompts';

export interface CorpusLabel extends ReplyLabel {
  thankedSomeone: boolean;
  day: number;
  tags: string[];
}

export interface RenderedCase {
  file: string;
  eml: Buffer;
  label: CorpusLabel;
}

const INBOUND_DOMAIN = 'in.gratitude.example';
const MX = 'mx1.in.gratitude.example';

/** Deterministic bytes from the case id. */
function digest(id: string, purpose: string): Buffer {
  return createHash('sha256').update(`${purpose}\n${id}`).digest();
}
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += BASE32[(bytes[i % bytes.length] as number) % 32];
  return out;
}
const hex = (id: string, purpose: string, length: number) =>
  digest(id, purpose).toString('hex').slice(0, length);
const number = (id: string, purpose: string) => digest(id, purpose).readUInt32BE(0);

// ---------------------------------------------------------------------------------------------
// The participant's own part

interface Own {
  /** Body paragraphs (one entry for top/bottom/none, one per reply for inline). */
  paragraphs: string[];
  signature: string | null;
  disclaimer: string | null;
  device: string | null;
}

/** Clients whose users put "-- " above a signature block (the others type it under a sign-off). */
const DASH_SIGNATURE: ReadonlySet<Client> = new Set([
  'gmail',
  'thunderbird',
  'fastmail',
  'proton',
  'mailru',
  'other',
]);

function signatureBlock(client: Client, signature: string): string {
  const first = signature.split('\n')[0] ?? '';
  const isSignOff = /[,!]$/.test(first.trim()) || signature.split('\n').length === 1;
  return DASH_SIGNATURE.has(client) && !isSignOff ? `-- \n${signature}` : signature;
}

function deviceLine(client: Client, locale: Locale): string | null {
  const lines = DEVICE_LINES[client];
  if (!lines) return null;
  return lines[locale] ?? lines.en;
}

function ownParts(spec: CaseSpec): Own {
  const nfd = (s: string) => (spec.nfd ? s.normalize('NFD') : s);
  const body = Array.isArray(spec.body) ? spec.body : [spec.body];
  return {
    paragraphs: body.map(nfd),
    signature: spec.signature ? nfd(signatureBlock(spec.client, spec.signature)) : null,
    disclaimer: spec.disclaimer ?? null,
    device: spec.auto ? null : deviceLine(spec.client, spec.locale),
  };
}

/** The words above (or below) the quote: body, signature, disclaimer, device line. */
function ownText(own: Own, withDevice = true): string {
  const blocks = [own.paragraphs.filter(Boolean).join('\n\n')];
  if (own.signature) blocks.push(own.signature);
  if (own.disclaimer) blocks.push(own.disclaimer);
  if (withDevice && own.device) blocks.push(own.device);
  return blocks.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Quote attributions

function parties(prompt: QuotedPrompt, spec: CaseSpec): Parties {
  return {
    name: prompt.fromName,
    address: prompt.fromAddress,
    toName: spec.from.name,
    toAddress: spec.from.address,
    subject: prompt.subject,
  };
}

/** A one-line attribution by the header variant, where the variant names one. */
function variantAttribution(spec: CaseSpec, w: When, p: Parties): string | null {
  switch (spec.headerVariant) {
    case 'date-address-only':
      return DATE_ADDRESS_ONLY(w, p);
    case 'iso-date':
      return ISO_DATE(w, p);
    case 'time-first':
      return (TIME_FIRST[spec.locale] ?? TIME_FIRST.en)(w, p);
    case 'from-addr':
      return (MAILRU_FROM_ADDR[spec.locale] ?? MAILRU_FROM_ADDR.en)(w, p);
    case 'dnia':
      return POLISH_DNIA(w, p);
    case 'short':
      return spec.locale === 'ru' ? GMAIL_RU_SHORT(w, p) : null;
    default:
      return null;
  }
}

function blockLines(
  labels: { from: string; sent: string; to: string; subject: string; sep: string },
  sent: string,
  p: Parties,
  order: 'from-first' | 'sent-first' | 'from-to-date' = 'from-first',
  wrappedFrom = false,
): string[] {
  const from = wrappedFrom
    ? [`${labels.from}${labels.sep}${p.name} <${p.address}> On Behalf Of`, `${p.name} Daily Prompts`]
    : [`${labels.from}${labels.sep}${p.name} <${p.address}>`];
  const sentLine = `${labels.sent}${labels.sep}${sent}`;
  const to = `${labels.to}${labels.sep}${p.toName} <${p.toAddress}>`;
  const subject = `${labels.subject}${labels.sep}${p.subject}`;
  if (order === 'sent-first') return [sentLine, ...from, to, subject];
  if (order === 'from-to-date') return [...from, to, sentLine, subject];
  return [...from, sentLine, to, subject];
}

/** Wraps at `width` columns on spaces, as Gmail's text part does to long attribution lines. */
function wrapLine(line: string, width: number): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join('\n');
}

const quoteLines = (text: string, wrap = 0) =>
  text
    .split('\n')
    .flatMap((line) => (wrap > 0 && line.length > wrap ? wrapLine(line, wrap).split('\n') : [line]))
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

interface QuoteShape {
  /** The quote as text: the attribution (or header block) and the prompt. */
  text: (promptParagraphs: string[]) => string;
  /** The attribution or header block as HTML (lines joined by <br>). */
  attributionHtml: string;
  /** Where the device line goes relative to the quote (Outlook mobile puts it above the rule). */
  html: 'gmail' | 'outlook' | 'apple' | 'yahoo' | 'proton' | 'zoho' | 'gmx' | 'plain';
  /** Each quoted paragraph starts with '>' (for inline interleaving in text). */
  marked: boolean;
}

const htmlLines = (lines: string[]) => lines.map(escapeHtml).join('<br>\n');

function quoteShape(spec: CaseSpec, w: When, p: Parties): QuoteShape {
  const { client, locale } = spec;
  const variant = variantAttribution(spec, w, p);
  const gt = (attribution: string, wrap = 0, blank = true): QuoteShape => ({
    text: (paras) => `${attribution}\n${blank ? '\n' : ''}${quoteLines(paras.join('\n\n'), wrap)}`,
    attributionHtml: escapeHtml(attribution.replace(/\n/g, ' ')),
    html: 'plain',
    marked: true,
  });
  const block = (lines: string[], rule: string | null, marked: boolean): QuoteShape => ({
    text: (paras) => {
      const head = [...(rule ? [rule] : []), ...lines].join('\n');
      return marked ? quoteLines(`${head}\n\n${paras.join('\n\n')}`) : `${head}\n\n${paras.join('\n\n')}`;
    },
    attributionHtml: htmlLines([...(rule ? [rule] : []), ...lines]),
    html: 'outlook',
    marked,
  });
  if (spec.headerVariant === 'message-du') {
    const lines = [
      `Message du ${String(w.date).padStart(2, '0')}/11/26 08:00`,
      `De : "${p.name}" <${p.address}>`,
      `A : ${p.toAddress}`,
      'Copie à : ',
      `Objet : ${p.subject}`,
    ];
    return { ...block(lines, null, true), html: 'plain' };
  }
  if (spec.headerVariant === 'original-message') {
    const om = ORIGINAL_MESSAGE[locale];
    return block(
      blockLines(om.labels, `${w.date}/11/2026 08:00 (GMT+01:00)`, p, 'from-to-date'),
      `-------- ${om.rule} --------`,
      false,
    );
  }
  switch (client) {
    case 'gmail':
    case 'gmail-mobile': {
      const line = variant ?? GMAIL[locale](w, p);
      return { ...gt(wrapLine(line, 78), 76), attributionHtml: escapeHtml(line), html: 'gmail' };
    }
    case 'outlook':
    case 'owa':
    case 'outlook-mobile': {
      const lines = blockLines(
        OUTLOOK_LABELS[locale],
        OUTLOOK_SENT[locale](w),
        p,
        'from-first',
        spec.headerVariant === 'wrapped-from',
      );
      const rule = client === 'outlook' ? null : '________________________________';
      return block(lines, rule, false);
    }
    case 'iphone':
    case 'apple-mail': {
      const line = variant ?? APPLE[locale](w, p);
      if (client === 'iphone')
        return {
          text: (paras) => quoteLines(`${line}\n\n\uFEFF${paras.join('\n\n')}`),
          attributionHtml: escapeHtml(line),
          html: 'apple',
          marked: true,
        };
      return { ...gt(line), html: 'apple' };
    }
    case 'thunderbird':
    case 'fastmail':
      return gt(variant ?? (client === 'fastmail' ? FASTMAIL(w, p) : THUNDERBIRD[locale](w, p)));
    case 'yahoo': {
      const line = variant ?? (YAHOO[locale] ?? YAHOO.en)(w, p);
      return {
        text: (paras) => `    ${line}  \n \n ${paras.join('\n\n')}`,
        attributionHtml: escapeHtml(line),
        html: 'yahoo',
        marked: false,
      };
    }
    case 'yahoo-android': {
      const line = variant ?? YAHOO_ANDROID(w, p);
      return {
        text: ([first, ...rest]) => `  ${line}   ${first ?? ''}\n\n${rest.join('\n\n')}`,
        attributionHtml: escapeHtml(line),
        html: 'yahoo',
        marked: false,
      };
    }
    case 'proton':
      return { ...gt(variant ?? (PROTON[locale] ?? PROTON.en)(w, p)), html: 'proton' };
    case 'samsung': {
      const om = ORIGINAL_MESSAGE[locale];
      const sent =
        locale === 'en' ? `11/${w.date}/26 8:00 AM (GMT-05:00)` : `${w.date}.11.26 08:00 (GMT+01:00)`;
      const lines = blockLines(om.labels, sent, p, 'from-first').map((l) => `${l} `);
      return block(lines, `-------- ${om.rule} --------`, false);
    }
    case 'zoho':
      return { ...gt(variant ?? ZOHO(w, p)), html: 'zoho' };
    case 'gmx':
    case 'web-de': {
      const g = GMX_BLOCK[locale] ?? GMX_BLOCK.en;
      const lines = blockLines(g.labels, g.sent(w), { ...p, name: `"${p.name}"` }, 'sent-first');
      return { ...block(lines, null, false), html: 'gmx' };
    }
    case 'mailru':
      return gt(variant ?? (MAILRU[locale] ?? MAILRU.en)(w, p));
    case 'seznam': {
      const s = SEZNAM[locale] ?? SEZNAM.en;
      const lines = blockLines(s.labels, `${w.date}. 11. 2026 8:00:00`, p, 'from-to-date');
      return { ...block(lines, `---------- ${s.rule} ----------`, false), html: 'plain' };
    }
    case 'other':
      return gt(variant ?? `On ${w.date} Nov 2026, at 08:00, ${p.name} <${p.address}> wrote:`);
  }
}

// ---------------------------------------------------------------------------------------------
// Text and HTML bodies

function textBody(spec: CaseSpec, own: Own, shape: QuoteShape, prompt: QuotedPrompt): string {
  const device = own.device;
  const words = ownText({ ...own, device: null });
  const deviceBlock = device ? (spec.client === 'samsung' ? `\n\n\n${device}` : `\n\n${device}`) : '';
  const below = spec.disclaimer && spec.disclaimerBelowQuote ? `\n\n${spec.disclaimer}\n` : '\n';
  const wordsNoDisclaimer = spec.disclaimerBelowQuote
    ? ownText({ ...own, disclaimer: null, device: null })
    : words;
  if (spec.layout === 'none' || spec.auto) return `${wordsNoDisclaimer}${deviceBlock}${below}`;
  if (spec.layout === 'inline') {
    const chunks: string[] = [];
    const replies = own.paragraphs;
    prompt.paragraphs.forEach((para, i) => {
      chunks.push(shape.marked ? quoteLines(para) : para);
      const reply = replies[i];
      if (reply) chunks.push(reply);
    });
    for (const extra of replies.slice(prompt.paragraphs.length)) if (extra) chunks.push(extra);
    const tail = [own.signature, spec.disclaimerBelowQuote ? null : own.disclaimer].filter(Boolean);
    const head = shape.text([]).split('\n\n')[0] ?? '';
    return `${head}\n\n${chunks.join('\n\n')}${tail.length ? `\n\n${tail.join('\n\n')}` : ''}${deviceBlock}${below}`;
  }
  const quote = shape.text(prompt.paragraphs);
  if (spec.layout === 'bottom') return `${quote}\n\n${wordsNoDisclaimer}${deviceBlock}${below}`;
  const gap = spec.headerVariant === 'no-blank-line' ? '\n' : '\n\n';
  return `${wordsNoDisclaimer}${deviceBlock}${gap}${quote}${below}`;
}

function paragraphsHtml(text: string, client: Client): string {
  const paras = text.split(/\n{2,}/);
  if (client === 'outlook' || client === 'owa' || client === 'outlook-mobile') {
    return paras
      .map((p) =>
        p
          .split('\n')
          .map((l) => `<p class="MsoNormal">${escapeHtml(l)}<o:p></o:p></p>`)
          .join('\n'),
      )
      .join('\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n');
  }
  return paras.map((p) => `<div>${escapeHtml(p).replace(/\n/g, '<br>')}</div>`).join('<div><br></div>');
}

function quoteHtml(shape: QuoteShape, inner: string): string {
  switch (shape.html) {
    case 'gmail':
      return `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${shape.attributionHtml}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${inner}</blockquote></div>`;
    case 'outlook':
      return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">${shape.attributionHtml.replace(/^([^:<]+:)/gm, '<b>$1</b>')}<o:p></o:p></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>${inner}`;
    case 'apple':
      return `<div><br><blockquote type="cite"><div>${shape.attributionHtml}</div><br><div>${inner}</div></blockquote></div>`;
    case 'yahoo':
      return `<div class="yahoo_quoted" id="yahoo_quoted_0"><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;color:#26282a"><div>${shape.attributionHtml}</div><div><br></div><div><br></div><div id="yiv0">${inner}</div></div></div>`;
    case 'proton':
      return `<div class="protonmail_quote">${shape.attributionHtml}<br><blockquote class="protonmail_quote" type="cite">${inner}</blockquote><br></div>`;
    case 'zoho':
      return `<div class="zmail_extra_hr"><br></div><div class="zmail_extra"><div><br></div><div id="Zm-_Id_-Sgn1">${shape.attributionHtml}<br></div><div><br></div><blockquote style="margin: 0px;">${inner}</blockquote></div>`;
    case 'gmx':
      return `<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;"><div style="margin:0 0 10px 0;">${shape.attributionHtml.replace(/^([^:<]+:)/gm, '<b>$1</b>')}</div><div name="quoted-content">${inner}</div></div>`;
    case 'plain':
      return `<div><br></div><div>${shape.attributionHtml}</div><blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${inner}</blockquote>`;
  }
}

function htmlBody(spec: CaseSpec, own: Own, shape: QuoteShape, prompt: QuotedPrompt): string {
  const c = spec.client;
  const words = paragraphsHtml(
    ownText({ ...own, disclaimer: spec.disclaimerBelowQuote ? null : own.disclaimer, device: null }),
    c,
  );
  const device = own.device
    ? `<div><br></div><div id="device_signature">${escapeHtml(own.device)}</div>`
    : '';
  const below =
    spec.disclaimer && spec.disclaimerBelowQuote
      ? `<p style="font-size:10px">${escapeHtml(spec.disclaimer)}</p>`
      : '';
  let inner: string;
  if (spec.layout === 'none' || spec.auto) inner = `${words}${device}`;
  else if (spec.layout === 'inline') {
    const replies = own.paragraphs;
    const pieces = prompt.paragraphs.map((para, i) => {
      const reply = replies[i];
      const q = `<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex"><div>${escapeHtml(para).replace(/\n/g, '<br>')}</div></blockquote>`;
      return reply ? `${q}<div>${escapeHtml(reply).replace(/\n/g, '<br>')}</div>` : q;
    });
    const tail = own.signature ? paragraphsHtml(own.signature, c) : '';
    inner = `<div>${shape.attributionHtml}</div>${pieces.join('')}${tail}${device}`;
  } else {
    const quote = quoteHtml(shape, prompt.html);
    inner =
      spec.layout === 'bottom' ? `${quote}<div><br></div>${words}${device}` : `${words}${device}${quote}`;
  }
  if (c === 'outlook' || c === 'owa' || c === 'outlook-mobile')
    return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style></head><body lang="${spec.locale.toUpperCase()}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n${inner}\n</div>${below}</body></html>`;
  if (c === 'gmail' || c === 'gmail-mobile') return `<div dir="ltr">${inner}</div>${below}`;
  if (c === 'apple-mail' || c === 'iphone')
    return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${inner}${below}</body></html>`;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="font-family:Arial,sans-serif;font-size:14px">${inner}</div>${below}</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Headers

interface ClientProfile {
  mime: 'alternative' | 'text' | 'html';
  encoding: Encoding;
  host: (domain: string) => string;
  messageId: (id: string, domain: string) => string;
  extra: string[];
}

const uuid = (id: string) => {
  const h = hex(id, 'uuid', 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const PROFILES: Record<Client, ClientProfile> = {
  gmail: {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'mail-wr1-f41.google.com',
    messageId: (id) => `<CAF${base32(digest(id, 'mid'), 40)}@mail.gmail.com>`,
    extra: [],
  },
  'gmail-mobile': {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'mail-ej1-f53.google.com',
    messageId: (id) => `<CAK${base32(digest(id, 'mid'), 40)}@mail.gmail.com>`,
    extra: [],
  },
  outlook: {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'EUR05-AM6-obe.outbound.protection.outlook.com',
    messageId: (id) =>
      `<AM9PR07MB${hex(id, 'mid', 4).toUpperCase()}${hex(id, 'mid2', 20).toUpperCase()}@AM9PR07MB7125.eurprd07.prod.outlook.com>`,
    extra: ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'X-Mailer: Microsoft Outlook 16.0'],
  },
  owa: {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'NAM12-DM6-obe.outbound.protection.outlook.com',
    messageId: (id) =>
      `<SA1PR12MB${hex(id, 'mid', 24).toUpperCase()}@SA1PR12MB6871.namprd12.prod.outlook.com>`,
    extra: ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '],
  },
  'outlook-mobile': {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'EUR03-DBA-obe.outbound.protection.outlook.com',
    messageId: (id) =>
      `<DB9PR02MB${hex(id, 'mid', 24).toUpperCase()}@DB9PR02MB7284.eurprd02.prod.outlook.com>`,
    extra: ['X-MS-Has-Attach: '],
  },
  iphone: {
    mime: 'text',
    encoding: 'qp',
    host: () => 'qs51p00im-qukt01071902.me.com',
    messageId: (id, domain) => `<${uuid(id)}@${domain}>`,
    extra: ['Mime-Version: 1.0 (1.0)', 'X-Mailer: iPhone Mail (23B85)'],
  },
  'apple-mail': {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'qs51p00im-qukt01080501.me.com',
    messageId: (id, domain) => `<${uuid(id)}@${domain}>`,
    extra: [
      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))',
      'X-Mailer: Apple Mail (2.3826.700.81)',
    ],
  },
  yahoo: {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'sonic313-20.consmr.mail.ir2.yahoo.com',
    messageId: (id) => `<${number(id, 'mid')}.${number(id, 'mid2')}@mail.yahoo.com>`,
    extra: ['X-Mailer: WebService/1.1.24652 YMailNorrin'],
  },
  'yahoo-android': {
    mime: 'text',
    encoding: 'qp',
    host: () => 'sonic305-2.consmr.mail.gq1.yahoo.com',
    messageId: (id) => `<${number(id, 'mid')}.${number(id, 'mid2')}@mail.yahoo.com>`,
    extra: ['X-Mailer: WebService/1.1.24652 YahooMailAndroidMobile'],
  },
  proton: {
    mime: 'alternative',
    encoding: 'base64',
    host: () => 'mail-4322.protonmail.ch',
    messageId: (id) => `<${base32(digest(id, 'mid'), 43)}=@proton.me>`,
    extra: ['X-Pm-Origin: internal', 'X-Pm-Content-Encryption: end-to-end'],
  },
  thunderbird: {
    mime: 'text',
    encoding: '8bit',
    host: (domain) => `smtp.${domain}`,
    messageId: (id, domain) =>
      `<${hex(id, 'mid', 8)}-${hex(id, 'mid2', 4)}-4${hex(id, 'mid3', 3)}-8${hex(id, 'mid4', 3)}-${hex(id, 'mid5', 12)}@${domain}>`,
    extra: ['User-Agent: Mozilla Thunderbird', 'Content-Language: en-US'],
  },
  samsung: {
    mime: 'text',
    encoding: 'base64',
    host: (domain) => `smtp.${domain}`,
    messageId: (id) => `<${hex(id, 'mid', 20)}@email.android.com>`,
    extra: [],
  },
  fastmail: {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'fout-a4-smtp.messagingengine.com',
    messageId: (id) => `<${hex(id, 'mid', 8)}-${hex(id, 'mid2', 4)}-4${hex(id, 'mid3', 3)}@app.fastmail.com>`,
    extra: ['User-Agent: Cyrus-JMAP/3.13.0-alpha0'],
  },
  zoho: {
    mime: 'html',
    encoding: 'base64',
    host: () => 'sender4-op-o12.zoho.com',
    messageId: (id) => `<${hex(id, 'mid', 11)}.${hex(id, 'mid2', 16)}.${number(id, 'mid3')}@zohomail.com>`,
    extra: ['Importance: Medium', 'User-Agent: Zoho Mail', 'X-Mailer: Zoho Mail'],
  },
  gmx: {
    mime: 'html',
    encoding: 'qp',
    host: () => 'mout.gmx.net',
    messageId: (id) =>
      `<trinity-${hex(id, 'mid', 8)}-${hex(id, 'mid2', 4)}-${hex(id, 'mid3', 12)}@3c-app-gmx-bap07>`,
    extra: ['Importance: normal', 'Sensitivity: Normal', 'X-Priority: 3', 'X-UI-Message-Type: mail'],
  },
  'web-de': {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'mout.web.de',
    messageId: (id) =>
      `<trinity-${hex(id, 'mid', 8)}-${hex(id, 'mid2', 4)}-${hex(id, 'mid3', 12)}@3c-app-webde-bs34>`,
    extra: ['Importance: normal', 'Sensitivity: Normal', 'X-Priority: 3', 'X-UI-Message-Type: mail'],
  },
  mailru: {
    mime: 'alternative',
    encoding: 'base64',
    host: () => 'smtp45.i.mail.ru',
    messageId: (id) => `<${number(id, 'mid')}.${hex(id, 'mid2', 8)}@f${number(id, 'mid3') % 500}.i.mail.ru>`,
    extra: ['X-Mailer: Mail.Ru Mailer 1.0', 'X-Priority: 3 (Normal)'],
  },
  seznam: {
    mime: 'alternative',
    encoding: 'qp',
    host: () => 'mxf2.seznam.cz',
    messageId: (id) => `<${hex(id, 'mid', 6)}.${hex(id, 'mid2', 8)}.${hex(id, 'mid3', 4)}@email.seznam.cz>`,
    extra: ['X-Mailer: szn-mime-2.1.61'],
  },
  other: {
    mime: 'text',
    encoding: 'qp',
    host: (domain) => `mail.${domain}`,
    messageId: (id, domain) => `<${hex(id, 'mid', 16)}@${domain}>`,
    extra: [],
  },
};

const WEEKDAY_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function rfcDate(w: When, hour: number, minute: number, second: number, zone: string): string {
  const two = (x: number) => String(x).padStart(2, '0');
  return `${WEEKDAY_EN[w.weekday]}, ${w.date} Nov 2026 ${two(hour)}:${two(minute)}:${two(second)} ${zone}`;
}

function headersFor(spec: CaseSpec, prompt: QuotedPrompt, w: When, ids: Ids): string[] {
  const profile = PROFILES[spec.client];
  const domain = spec.from.address.split('@')[1] ?? 'example.com';
  const hour = 9 + (number(spec.id, 'hour') % 12);
  const minute = number(spec.id, 'minute') % 60;
  const second = number(spec.id, 'second') % 60;
  const sent = rfcDate(w, hour, minute, second, '+0100');
  const received = rfcDate(w, hour - 1, minute, Math.min(59, second + 2), '+0000 (UTC)');
  const ip = `192.0.2.${(number(spec.id, 'ip') % 250) + 2}`;
  const host = profile.host(domain);
  const auto = Boolean(spec.auto);
  const subject =
    spec.subject ??
    (spec.auto === 'oof'
      ? `${AUTO_REPLY_PREFIX[spec.locale]}${prompt.subject}`
      : `${replyPrefix(spec.client, spec.locale)}${prompt.subject}`);
  const promptId = `<day${spec.day}.${ids.subscriberId}@gratitude.example>`;
  const server = [
    `Return-Path: <${auto ? '' : spec.from.address}>`,
    `Delivered-To: ${ids.replyAddress}`,
    `Authentication-Results: ${MX};`,
    `\tdkim=pass (2048-bit key; unprotected) header.d=${domain} header.i=@${domain} header.a=rsa-sha256 header.s=s${number(spec.id, 'sel') % 9000};`,
    `\tspf=pass (${MX}: domain of ${spec.from.address} designates ${ip} as permitted sender) smtp.mailfrom=${auto ? `postmaster@${domain}` : spec.from.address};`,
    `\tdmarc=pass (p=NONE dis=NONE) header.from=${domain}`,
    `Received: from ${host} (${host} [${ip}])`,
    '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
    '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)',
    '\t(No client certificate requested)',
    `\tby ${MX} (Postfix) with ESMTPS id ${base32(digest(spec.id, 'queue'), 12).toUpperCase()}`,
    `\tfor <${ids.replyAddress}>; ${received}`,
  ];
  const client = [
    `From: ${mailbox(spec.from.name, spec.from.address)}`,
    `To: ${mailbox(prompt.fromName, ids.replyAddress)}`,
    `Subject: ${headerText(subject)}`,
    `Date: ${sent}`,
    `Message-ID: ${profile.messageId(spec.id, domain)}`,
    ...(auto ? [] : [`In-Reply-To: ${promptId}`, `References: ${promptId}`]),
    ...(spec.auto === 'oof'
      ? [
          'Auto-Submitted: auto-replied',
          'X-Auto-Response-Suppress: All',
          `Thread-Topic: ${headerText(prompt.subject)}`,
        ]
      : []),
    ...(spec.auto === 'vacation'
      ? ['Auto-Submitted: auto-replied', 'Precedence: bulk', 'X-Autoreply: yes']
      : []),
    ...profile.extra.filter((h) => !h.startsWith('Mime-Version')),
    profile.extra.find((h) => h.startsWith('Mime-Version')) ?? 'MIME-Version: 1.0',
  ];
  return [...server, ...client];
}

// ---------------------------------------------------------------------------------------------
// Labels

interface Ids {
  subscriberId: string;
  replyAddress: string;
}

function idsFor(spec: CaseSpec): Ids {
  const subscriberId = base32(digest(spec.id, 'subscriber'), 16);
  // The service's reply token shape: r.<subscriber id>.<day>.<week>.<mac>; every case answers week 1.
  const body = `r.${subscriberId}.${spec.day}.1`;
  const mac = base32(createHash('sha256').update(`corpus\n${body}`).digest(), 24);
  return { subscriberId, replyAddress: `reply+${body}.${mac}@${INBOUND_DOMAIN}` };
}

/** Five words of the example sentence that the participant did not also write. */
function examplePhrase(example: string, ownKey: string): string {
  const words = example.split(/\s+/);
  for (let start = 1; start + 5 <= words.length; start++) {
    const phrase = words
      .slice(start, start + 5)
      .join(' ')
      .replace(/[.,;:!?”"]+$/, '');
    if (!ownKey.includes(phraseKey(phrase))) return phrase;
  }
  throw new Error(`every phrase of the example "${example}" also occurs in the reply`);
}

/** The longest line of a block that the participant's words do not contain. */
function blockLine(block: string, ownKey: string): string | null {
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 4 && l !== '--' && !ownKey.includes(phraseKey(l)))
    .sort((a, b) => b.length - a.length);
  return lines[0] ?? null;
}

function completeLabels(spec: CaseSpec, prompt: QuotedPrompt, own: Own, decoded: string): CorpusLabel {
  const bodyKey = phraseKey(own.paragraphs.join('\n\n'));
  const problems: string[] = [];
  for (const phrase of spec.labels.mustContain)
    if (!bodyKey.includes(phraseKey(phrase))) problems.push(`mustContain "${phrase}" is not in the body`);
  const extra: string[] = [];
  if (!spec.auto) {
    if (spec.layout !== 'none') {
      extra.push(examplePhrase(prompt.example, bodyKey));
      extra.push('Reply STOP to unsubscribe');
    }
    if (own.device) extra.push(own.device);
    if (spec.signature) {
      const line = blockLine(spec.signature, bodyKey);
      if (line) extra.push(line);
    }
    if (spec.disclaimer) {
      const line = spec.disclaimer
        .split(/\s+/)
        .slice(0, 6)
        .join(' ')
        .replace(/[.,;:]+$/, '');
      if (!bodyKey.includes(phraseKey(line))) extra.push(line);
    }
  }
  const mustNotContain = [...spec.labels.mustNotContain];
  for (const phrase of extra)
    if (!mustNotContain.some((p) => phraseKey(p) === phraseKey(phrase))) mustNotContain.push(phrase);
  const decodedKey = phraseKey(decoded);
  for (const phrase of mustNotContain) {
    if (bodyKey.includes(phraseKey(phrase))) problems.push(`mustNotContain "${phrase}" is in the body`);
    if (!decodedKey.includes(phraseKey(phrase)))
      problems.push(`mustNotContain "${phrase}" is not in the message`);
  }
  if (spec.auto && (spec.labels.thanked.length > 0 || spec.labels.mustContain.length > 0))
    problems.push('an auto-reply thanks nobody and keeps no phrase');
  if (spec.labels.thanked.length > 0 && !spec.labels.thankedSomeone)
    problems.push('thanked people imply thankedSomeone');
  if (problems.length > 0) throw new Error(`${spec.id}: ${problems.join('; ')}`);
  const thanked: ThankedLabel[] = spec.labels.thanked.map((t) => ({
    name: t.name,
    accept: t.accept.includes(t.name) ? t.accept : [t.name, ...t.accept],
    relationship: t.relationship,
    channel: t.channel ?? null,
  }));
  const mime = spec.mime ?? PROFILES[spec.client].mime;
  const tags = [
    ...spec.labels.tags,
    `client:${spec.client}`,
    `locale:${spec.locale}`,
    `layout:${spec.auto ? 'none' : spec.layout}`,
    `mime:${mime === 'alternative' ? 'multipart-alternative' : mime === 'text' ? 'text-plain' : 'text-html'}`,
    `prompt:${spec.prompt ?? 'current'}`,
    ...(spec.headerVariant ? [`header:${spec.headerVariant}`] : []),
    ...(spec.nfd ? ['nfd'] : []),
    ...(spec.charset && spec.charset !== 'utf-8' ? [`charset:${spec.charset}`] : []),
  ];
  return {
    thanked,
    command: spec.labels.command,
    autoReply: spec.labels.autoReply,
    mustContain: [...spec.labels.mustContain],
    mustNotContain,
    thankedSomeone: spec.labels.thankedSomeone,
    day: spec.day,
    tags: [...new Set(tags)],
    ...(spec.labels.notes ? { notes: spec.labels.notes } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

const stripTags = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function renderCase(spec: CaseSpec): RenderedCase {
  const ids = idsFor(spec);
  const w = novemberDay(2 + (number(spec.id, 'date') % 26));
  const firstName = spec.from.name.split(/\s+/)[0] ?? spec.from.name;
  const prompt =
    spec.prompt === 'draft'
      ? draftPrompt(spec.day, firstName, ids.subscriberId, spec.draftExample ?? number(spec.id, 'example'))
      : currentPrompt(spec.day, firstName, ids.subscriberId);
  const own = ownParts(spec);
  const shape = quoteShape(spec, w, parties(prompt, spec));
  const profile = PROFILES[spec.client];
  const mime = spec.mime ?? profile.mime;
  const charset: Charset = spec.charset ?? 'utf-8';
  const encoding: Encoding = spec.encoding ?? profile.encoding;
  const text = textBody(spec, own, shape, prompt);
  const html = mime === 'text' ? null : htmlBody(spec, own, shape, prompt);
  const parts: Part[] = [];
  if (mime !== 'html')
    parts.push({
      type: 'text/plain',
      content: text,
      charset,
      encoding,
      flowed: spec.client === 'thunderbird',
    });
  if (html !== null) parts.push({ type: 'text/html', content: html, charset, encoding });
  const boundary = `${'0'.repeat(12)}${hex(spec.id, 'boundary', 16)}`;
  const eml = assemble(headersFor(spec, prompt, w, ids), parts, boundary);
  const decoded = mime === 'html' ? stripTags(html ?? '') : text;
  return { file: `${spec.id}.eml`, eml, label: completeLabels(spec, prompt, own, decoded) };
}
