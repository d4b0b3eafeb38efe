/**
 * Builds raw reply messages the way each mail client writes them (attribution lines, header
 * blocks, signatures, quoting, encodings), around a quoted prompt. Multipart bodies go through
 * nodemailer's MailComposer for real quoted-printable/base64; a few client quirks (format=flowed,
 * legacy charsets) are assembled by hand, as those clients do.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml } from '../../../../functions/adapters/templates/format';
import { bodyOf } from '../../../../scripts/corpus/prompts';

export type Client =
  | 'gmail'
  | 'gmail-mobile'
  | 'outlook'
  | 'outlook-html-only'
  | 'owa'
  | 'outlook-mobile'
  | 'iphone'
  | 'apple-mail'
  | 'yahoo'
  | 'yahoo-android'
  | 'proton'
  | 'thunderbird'
  | 'samsung'
  | 'fastmail'
  | 'zoho'
  | 'gmx';

export type Locale = 'en' | 'es' | 'de' | 'fr';

export interface Prompt {
  day: number;
  theme: string;
  /** The whole prompt as plain text, one paragraph per array entry. */
  paragraphs: string[];
  /** The prompt's own HTML, when quoting a rendered email rather than these paragraphs. */
  html?: string;
}

/**
 * Prompts in the service's current style (themes and wording unlike the labelled corpus), with
 * made-up example names that must never be logged.
 */
export const PROMPTS: Prompt[] = [
  {
    day: 1,
    theme: 'Family',
    paragraphs: [
      'Hi Robin,',
      'Day 1 — Family',
      'Start close to home: someone whose help you take for granted.',
      'You could say: "Marcus, thank you for every school run you never complained about."',
      'Reply to this email and tell me whom you thanked.',
      '— Maya, Gratitude Week',
      'Unsubscribe: https://gratitude.example/u/abc123',
      'Gratitude Week, 12 Example Street, Springfield',
      'Reply STOP to unsubscribe or PAUSE to take a break.',
    ],
  },
  {
    day: 3,
    theme: 'Someone who listened',
    paragraphs: [
      'Hello Robin,',
      'Day 3 — Someone who listened',
      'Listening is a gift. Who heard you out, or traded ideas with you, when it mattered?',
      'Try something like: "Thank you for letting me think out loud about the move, Esperanza."',
      'Reply to this email and tell me whom you thanked.',
      '— Maya, Gratitude Week',
      'Unsubscribe: https://gratitude.example/u/abc123',
      'Gratitude Week, 12 Example Street, Springfield',
      'Reply STOP to unsubscribe or PAUSE to take a break.',
    ],
  },
  {
    day: 5,
    theme: 'A mentor',
    paragraphs: [
      'Hi Robin,',
      'Day 5 — Someone who taught you',
      'Careers are built by people who took a chance on us.',
      'For instance: "Dr. Okonkwo, your feedback on my first paper changed how I write."',
      'Reply to this email and tell me whom you thanked.',
      '— Maya, Gratitude Week',
      'Unsubscribe: https://gratitude.example/u/abc123',
      'Gratitude Week, 12 Example Street, Springfield',
      'Reply STOP to unsubscribe or PAUSE to take a break.',
    ],
  },
];

/** Phrases of the prompts that must never reach the extracted text. */
export const PROMPT_PHRASES = [
  'every school run',
  'think out loud about the move',
  'your feedback on my first paper',
  'Reply STOP to unsubscribe',
];
/** Names in the prompts that must never be logged. */
export const PROMPT_NAMES = ['Marcus', 'Esperanza', 'Dr. Okonkwo', 'Maya', 'Robin'];

export interface ReplySpec {
  client: Client;
  /** The participant's own words. */
  body: string;
  /** Lines the participant (or their client) puts under the words: sign-off, name, title. */
  signature?: string;
  prompt?: Prompt;
  locale?: Locale;
  layout?: 'top' | 'bottom' | 'none';
  fromName?: string;
  fromAddress?: string;
  subject?: string;
  headers?: Record<string, string>;
  /** Text a server appends to the whole message (a disclaimer below the quote). */
  serverFooter?: string;
}

function promptText(prompt: Prompt): string {
  return prompt.paragraphs.join('\n\n');
}

function promptHtml(prompt: Prompt): string {
  if (prompt.html) return bodyOf(prompt.html);
  return `<div style="font-family:Georgia,serif">${prompt.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`;
}

function htmlParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<div>${escapeHtml(p).replace(/\n/g, '<br>')}</div>`)
    .join('<div><br></div>');
}

/** Wraps like Gmail's plain-text part: at 76 columns, then prefixed with "> ". */
function quoteWrapped(text: string, width = 76): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') {
      out.push('>');
      continue;
    }
    let rest = line;
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      const at = cut > 0 ? cut : width;
      out.push(`> ${rest.slice(0, at)}`);
      rest = rest.slice(at).trimStart();
    }
    out.push(`> ${rest}`);
  }
  return out.join('\n');
}

function quoteAll(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

const GMAIL_ATTRIBUTION: Record<Locale, string> = {
  en: 'On Wed, Nov 25, 2026 at 8:00 AM Gratitude Week <prompts@gratitude.example>\nwrote:',
  es: 'El mié, 25 nov 2026 a las 8:00, Gratitude Week (<prompts@gratitude.example>)\nescribió:',
  de: 'Am Mi., 25. Nov. 2026 um 08:00 Uhr schrieb Gratitude Week <\nprompts@gratitude.example>:',
  fr: 'Le mer. 25 nov. 2026 à 08:00, Gratitude Week <prompts@gratitude.example> a\nécrit :',
};

const OUTLOOK_BLOCK: Record<Locale, string> = {
  en: 'From: Gratitude Week <prompts@gratitude.example>\nSent: Monday, November 16, 2026 8:00 AM\nTo: Robin Vale <robin@example.com>\nSubject: Day 3: Someone who listened',
  es: 'De: Gratitude Week <prompts@gratitude.example>\nEnviado: lunes, 16 de noviembre de 2026 8:00\nPara: Robin Vale <robin@example.com>\nAsunto: Day 3: Someone who listened',
  de: 'Von: Gratitude Week <prompts@gratitude.example>\nGesendet: Montag, 16. November 2026 08:00\nAn: Robin Vale <robin@example.com>\nBetreff: Day 3: Someone who listened',
  fr: 'De : Gratitude Week <prompts@gratitude.example>\nEnvoyé : lundi 16 novembre 2026 08:00\nÀ : Robin Vale <robin@example.com>\nObjet : Day 3: Someone who listened',
};

const APPLE_ATTRIBUTION: Record<Locale, string> = {
  en: 'On Nov 25, 2026, at 08:00, Gratitude Week <prompts@gratitude.example> wrote:',
  es: 'El 25 nov 2026, a las 8:00, Gratitude Week <prompts@gratitude.example> escribió:',
  de: 'Am 25.11.2026 um 08:00 schrieb Gratitude Week <prompts@gratitude.example>:',
  fr: 'Le 25 nov. 2026 à 08:00, Gratitude Week <prompts@gratitude.example> a écrit :',
};

const IPHONE_DEVICE: Record<Locale, string> = {
  en: 'Sent from my iPhone',
  es: 'Enviado desde mi iPhone',
  de: 'Von meinem iPhone gesendet',
  fr: 'Envoyé de mon iPhone',
};

interface Parts {
  text?: string;
  html?: string;
  encoding?: 'quoted-printable' | 'base64';
}

function withSignature(spec: ReplySpec): string {
  return spec.signature ? `${spec.body}\n\n${spec.signature}` : spec.body;
}

function parts(spec: ReplySpec): Parts {
  const locale = spec.locale ?? 'en';
  const prompt = spec.prompt ?? (PROMPTS[1] as Prompt);
  const own = withSignature(spec);
  const p = promptText(prompt);
  const layout = spec.layout ?? 'top';
  if (layout === 'none') return { text: own, html: htmlParagraphs(own) };
  switch (spec.client) {
    case 'gmail':
    case 'gmail-mobile': {
      const attribution =
        spec.client === 'gmail-mobile' && locale === 'en'
          ? 'On Mon, Nov 16, 2026, 8:00 AM Gratitude Week <prompts@gratitude.example>\nwrote:'
          : GMAIL_ATTRIBUTION[locale];
      const quote = `${attribution}\n\n${quoteWrapped(p)}`;
      const text = layout === 'bottom' ? `${quote}\n\n${own}` : `${own}\n\n${quote}\n`;
      const quoteHtml = `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution.replace('\n', ' '))}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${promptHtml(prompt)}</blockquote></div>`;
      const html =
        layout === 'bottom'
          ? `${quoteHtml}<div dir="ltr">${htmlParagraphs(own)}</div>`
          : `<div dir="ltr">${htmlParagraphs(own)}</div><br>${quoteHtml}`;
      return { text, html };
    }
    case 'outlook':
    case 'outlook-html-only': {
      const text = `${own}\n\n${OUTLOOK_BLOCK[locale]}\n\n${p}\n`;
      const block = OUTLOOK_BLOCK[locale]
        .split('\n')
        .map((l) => {
          const colon = l.indexOf(':');
          return `<b>${escapeHtml(l.slice(0, colon + 1))}</b>${escapeHtml(l.slice(colon + 1))}`;
        })
        .join('<br>\n');
      const ownHtml = own
        .split('\n')
        .map((l) => `<p class="MsoNormal">${l ? escapeHtml(l) : '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>`)
        .join('\n');
      const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0in;} --></style></head><body lang="EN-US"><div class="WordSection1">${ownHtml}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">${block}<o:p></o:p></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>${prompt.paragraphs.map((x) => `<p class="MsoNormal"><span style="font-family:Georgia">${escapeHtml(x)}<o:p></o:p></span></p>`).join('\n')}</div></body></html>`;
      return spec.client === 'outlook' ? { text, html } : { html };
    }
    case 'owa':
      return { text: `${own}\n\n________________________________\n${OUTLOOK_BLOCK[locale]}\n\n${p}\n` };
    case 'outlook-mobile':
      return {
        text: `${own}\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\n${OUTLOOK_BLOCK[locale]}\n\n${p}\n`,
      };
    case 'iphone': {
      const quote = quoteAll(
        `${APPLE_ATTRIBUTION[locale].replace('On Nov 25, 2026, at 08:00', 'On Nov 25, 2026, at 8:00 AM')}\n\n\uFEFF${p}`,
      );
      return { text: `${own}\n\n${IPHONE_DEVICE[locale]}\n\n${quote}\n` };
    }
    case 'apple-mail': {
      const quote = `${APPLE_ATTRIBUTION[locale]}\n\n${quoteAll(p)}`;
      const html = `<html><body><div>${htmlParagraphs(own)}</div><div><br><blockquote type="cite"><div>${escapeHtml(APPLE_ATTRIBUTION[locale])}</div><br>${promptHtml(prompt)}</blockquote></div></body></html>`;
      return { text: layout === 'bottom' ? `${quote}\n\n${own}\n` : `${own}\n\n${quote}\n`, html };
    }
    case 'yahoo':
      return {
        text: `${own}\n\n    On Friday, October 30, 2026 at 08:00:15 AM EST, Gratitude Week <prompts@gratitude.example> wrote:  \n \n ${p}\n`,
      };
    case 'yahoo-android': {
      const [first, ...rest] = prompt.paragraphs;
      return {
        text: `${own}\n\nSent from Yahoo Mail on Android\n \n  On Sat, Nov 7, 2026 at 8:00 AM, Gratitude Week<prompts@gratitude.example> wrote:   ${first}\n\n${rest.join('\n\n')}\n`,
      };
    }
    case 'proton':
      return {
        text: `${own}\n\nSent with Proton Mail secure email.\n\nOn Tuesday, November 24th, 2026 at 8:00 AM, Gratitude Week <prompts@gratitude.example> wrote:\n\n${quoteAll(p)}`,
        encoding: 'base64',
      };
    case 'samsung':
      return {
        text: `${own}\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Gratitude Week <prompts@gratitude.example> \nDate: 10/29/26 8:00 AM (GMT-08:00) \nTo: Robin Vale <robin@example.com> \nSubject: Day 3: Someone who listened \n\n${p}`,
        encoding: 'base64',
      };
    case 'fastmail': {
      const quote = `On Thu, 5 Nov 2026, at 08:00, Gratitude Week wrote:\n${quoteAll(p)}`;
      return { text: layout === 'bottom' ? `${quote}\n\n${own}\n` : `${own}\n\n${quote}\n` };
    }
    case 'zoho':
      return {
        html: `<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body><div style="font-family: Verdana;"><div>${htmlParagraphs(own)}</div><div class="zmail_extra_hr"><br></div><div class="zmail_extra"><div><br></div><div id="Zm-_Id_-Sgn1">---- On Sat, 14 Nov 2026 08:00:27 +0200 <b>Gratitude Week &lt;prompts@gratitude.example&gt;</b> wrote ---<br></div><div><br></div><blockquote style="margin: 0px;">${promptHtml(prompt)}</blockquote></div><div><br></div></div><br></body></html>`,
        encoding: 'base64',
      };
    case 'gmx':
      return {
        html: `<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>${htmlParagraphs(own)}</div>\n<div>&nbsp;</div>\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;"><div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Mittwoch, 25. November 2026 um 08:00 Uhr<br/>\n<b>Von:</b>&nbsp;&quot;Gratitude Week&quot; &lt;prompts@gratitude.example&gt;<br/>\n<b>An:</b>&nbsp;robin@gmx.example<br/>\n<b>Betreff:</b>&nbsp;Day 3: Someone who listened</div>\n<div name="quoted-content">${promptHtml(prompt)}</div></div></div></div></body></html>`,
      };
    case 'thunderbird':
      throw new Error('thunderbird is built by hand: use thunderbirdReply()');
  }
}

export interface BuildOptions {
  messageId?: string;
}

/** A complete raw reply message, as the receiving server stores it. */
export async function buildReply(spec: ReplySpec): Promise<Buffer> {
  if (spec.client === 'thunderbird') return thunderbirdReply(spec);
  const body = parts(spec);
  const prompt = spec.prompt ?? (PROMPTS[1] as Prompt);
  const serverFooter = spec.serverFooter ? `\n\n${spec.serverFooter}\n` : '';
  const composer = new MailComposer({
    from: `${spec.fromName ?? 'Robin Vale'} <${spec.fromAddress ?? 'robin@example.com'}>`,
    to: 'Gratitude Week <reply+r.abc123.3.k2j4@in.gratitude.example>',
    subject: spec.subject ?? `Re: Day ${prompt.day}: ${prompt.theme}`,
    date: new Date('2026-11-25T13:30:11Z'),
    inReplyTo: `<day${prompt.day}.abc123@gratitude.example>`,
    references: `<day${prompt.day}.abc123@gratitude.example>`,
    textEncoding: body.encoding ?? 'quoted-printable',
    ...(body.text !== undefined ? { text: body.text + serverFooter } : {}),
    ...(body.html !== undefined ? { html: body.html } : {}),
    headers: spec.headers ?? {},
  });
  const message = await composer.compile().build();
  return Buffer.concat([
    Buffer.from(
      'Return-Path: <robin@example.com>\r\nDelivered-To: reply+r.abc123.3.k2j4@in.gratitude.example\r\n',
    ),
    message,
  ]);
}

/** Thunderbird: text/plain; format=flowed; 8bit, attribution without the address. */
export function thunderbirdReply(spec: ReplySpec): Buffer {
  const prompt = spec.prompt ?? (PROMPTS[1] as Prompt);
  const attribution =
    spec.locale === 'de'
      ? 'Am 02.11.26 um 08:00 schrieb Gratitude Week:'
      : 'On 11/2/26 8:00 AM, Gratitude Week wrote:';
  // format=flowed: long lines are broken after a space, the space kept as the soft break.
  const flow = (line: string, prefix: string) => {
    const out: string[] = [];
    let rest = line;
    while (rest.length > 72) {
      const cut = rest.lastIndexOf(' ', 72);
      if (cut <= 0) break;
      out.push(`${prefix}${rest.slice(0, cut + 1)}`);
      rest = rest.slice(cut + 1);
    }
    out.push(`${prefix}${rest}`);
    return out.join('\r\n');
  };
  const quote = [
    attribution,
    ...promptText(prompt)
      .split('\n')
      .map((l) => (l ? flow(l, '> ') : '>')),
  ].join('\r\n');
  const own = withSignature(spec)
    .split('\n')
    .map((l) => flow(l, ''))
    .join('\r\n');
  const body = spec.layout === 'bottom' ? `${quote}\r\n\r\n${own}\r\n` : `${own}\r\n\r\n${quote}\r\n`;
  const head = [
    'Return-Path: <robin@example.com>',
    `From: ${spec.fromName ?? 'Robin Vale'} <robin@example.com>`,
    'To: Gratitude Week <reply+r.abc123.3.k2j4@in.gratitude.example>',
    `Subject: Re: Day ${prompt.day}: ${prompt.theme}`,
    'Date: Mon, 2 Nov 2026 19:04:11 +0100',
    'Message-ID: <5a1c2e1f-0000-4000-8000-000000000001@example.com>',
    'User-Agent: Mozilla Thunderbird',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 8bit',
  ].join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body}`, 'utf8');
}

/** A single-part text message in a legacy charset, 8bit or quoted-printable, as some clients still send. */
export function legacyCharsetMessage(
  text: string,
  charset: 'iso-8859-1' | 'windows-1252',
  encoding: '8bit' | 'quoted-printable',
): Buffer {
  const bytes = encodeSingleByte(text, charset);
  const body = encoding === '8bit' ? bytes : Buffer.from(toQuotedPrintable(bytes), 'ascii');
  const head = [
    'From: Renée Dubois <rdubois@example.com>',
    'To: reply+r.abc123.3.k2j4@in.gratitude.example',
    'Subject: RE: Day 3: Someone who listened',
    'Date: Mon, 16 Nov 2026 09:12:00 -0500',
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset="${charset}"`,
    `Content-Transfer-Encoding: ${encoding}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'ascii'), body]);
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
};

function encodeSingleByte(text: string, charset: 'iso-8859-1' | 'windows-1252'): Buffer {
  const out: number[] = [];
  for (const ch of text.replace(/\n/g, '\r\n')) {
    const code = ch.codePointAt(0) as number;
    if (charset === 'windows-1252' && CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch] as number);
    else out.push(code < 256 ? code : 0x3f);
  }
  return Buffer.from(out);
}

function toQuotedPrintable(bytes: Buffer): string {
  let out = '';
  let lineLength = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      out += '\r\n';
      lineLength = 0;
      i++;
      continue;
    }
    const piece =
      (b >= 33 && b <= 126 && b !== 61) || b === 32
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (lineLength + piece.length > 75) {
      out += '=\r\n';
      lineLength = 0;
    }
    out += piece;
    lineLength += piece.length;
  }
  return out;
}
