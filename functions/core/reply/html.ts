/**
 * HTML mail to plain text, for messages that have no text/plain part (Outlook/Word HTML, Zoho,
 * GMX). Unlike a generic converter it keeps what the quote stage needs: line structure, and
 * quoted regions (blockquote, Gmail/Yahoo/Proton/GMX quote containers) as "> " prefixed lines,
 * the way a plain-text client would have written them.
 *
 * One linear pass over the markup with an explicit element stack (bounded), no regex over the
 * whole document, so malformed or hostile HTML costs time proportional to its length.
 */

const SKIPPED_ELEMENTS = new Set([
  'head',
  'style',
  'script',
  'title',
  'xml',
  'template',
  'noscript',
  'svg',
  'object',
]);
const RAW_TEXT_ELEMENTS = new Set(['style', 'script', 'xml', 'template', 'noscript', 'title', 'textarea']);
const VOID_ELEMENTS = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'col',
  'area',
  'base',
  'wbr',
  'source',
  'embed',
  'param',
  'track',
]);
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'center',
  'dl',
  'dt',
  'dd',
  'address',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'main',
  'nav',
  'aside',
  'details',
  'summary',
  'body',
  'html',
  'caption',
]);
// Class or id fragments of the containers webmail clients put around quoted history.
const QUOTE_CONTAINER_MARKS = [
  'gmail_quote',
  'yahoo_quoted',
  'protonmail_quote',
  'zmail_extra',
  'moz-forward',
];
// Class or id fragments of signature blocks the clients insert (Gmail, Apple, Thunderbird, Outlook).
const SIGNATURE_MARKS = ['gmail_signature', 'applemailsignature', 'moz-signature', 'signature'];
const MAX_STACK = 512;
const MAX_HTML = 2_000_000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '',
  zwj: '\u200D',
  lrm: '',
  rlm: '',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  para: '¶',
  sect: '§',
  dagger: '†',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  szlig: 'ß',
  oelig: 'œ',
  OElig: 'Œ',
  scaron: 'š',
  Scaron: 'Š',
  zcaron: 'ž',
  Zcaron: 'Ž',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
  fnof: 'ƒ',
  circ: 'ˆ',
  tilde: '˜',
  hearts: '♥',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
};
// Latin-1 letters by the HTML entity naming scheme: &Agrave; &eacute; &ntilde; &ouml; ...
const LATIN1_LETTERS: Array<[string, string]> = [
  ['A', 'ÀÁÂÃÄÅ'],
  ['a', 'àáâãäå'],
  ['E', 'ÈÉÊË'],
  ['e', 'èéêë'],
  ['I', 'ÌÍÎÏ'],
  ['i', 'ìíîï'],
  ['O', 'ÒÓÔÕÖ'],
  ['o', 'òóôõö'],
  ['U', 'ÙÚÛÜ'],
  ['u', 'ùúûü'],
];
const ACCENTS = ['grave', 'acute', 'circ', 'tilde', 'uml', 'ring'];
for (const [base, chars] of LATIN1_LETTERS) {
  const accents =
    base.toLowerCase() === 'a'
      ? ACCENTS
      : base.toLowerCase() === 'o'
        ? ACCENTS.slice(0, 5)
        : ['grave', 'acute', 'circ', 'uml'];
  accents.forEach((accent, k) => {
    const ch = chars[k];
    if (ch) NAMED_ENTITIES[`${base}${accent}`] = ch;
  });
}
Object.assign(NAMED_ENTITIES, {
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Yacute: 'Ý',
  yacute: 'ý',
  Oslash: 'Ø',
  oslash: 'ø',
  AElig: 'Æ',
  aelig: 'æ',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
});

/** Decodes character references (&amp; &#233; &#x1F60A;); unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const body = text.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (body.startsWith('#x') || body.startsWith('#X'))
      decoded = fromCodePoint(Number.parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) decoded = fromCodePoint(Number.parseInt(body.slice(1), 10));
    else decoded = NAMED_ENTITIES[body];
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out;
}

function fromCodePoint(code: number): string | undefined {
  if (!Number.isFinite(code)) return undefined;
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

interface OpenElement {
  name: string;
  quote: boolean;
  skip: boolean;
  pre: boolean;
}

function attribute(tag: string, name: string): string {
  // Bounded, backtracking-free: the value is one quoted or unquoted run.
  const match = new RegExp(`[\\s"']${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'i').exec(tag);
  if (!match?.[1]) return '';
  const raw = match[1];
  return raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
}

/** Converts an HTML body to text with "> " markers on quoted lines. */
export function htmlToText(input: string): string {
  const html = input.length > MAX_HTML ? input.slice(0, MAX_HTML) : input;
  const lower = html.toLowerCase();
  const lines: string[] = [];
  const stack: OpenElement[] = [];
  const openCount = new Map<string, number>();
  let overflow = 0; // elements not pushed because the stack was full
  let quoteDepth = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let line = '';
  let lineDepth = 0;
  let lineStarted = false;

  const prefix = (depth: number) => '> '.repeat(depth);
  // Ends the current line. A <br> (force) always makes a line, even an empty one; an empty block
  // makes one only when it held a non-breaking space (Outlook's blank paragraphs).
  const flush = (force: boolean) => {
    const content = line.replace(/\u00A0/g, ' ').trim();
    if (content !== '') lines.push(prefix(lineStarted ? lineDepth : quoteDepth) + content);
    else if (force || line.includes('\u00A0')) lines.push(prefix(quoteDepth).trimEnd());
    line = '';
    lineStarted = false;
    lineDepth = quoteDepth;
  };
  const blockBoundary = () => flush(false);
  const appendDecoded = (decoded: string) => {
    let text = preDepth === 0 ? decoded.replace(/[ \t\r\n\f]+/g, ' ') : decoded;
    if (!lineStarted) {
      text = text.replace(/^ +/, '');
      if (text === '') return;
      lineStarted = true;
      lineDepth = quoteDepth;
    } else if (line.endsWith(' ') && text.startsWith(' ')) {
      text = text.slice(1);
    }
    line += text;
  };
  const appendText = (raw: string) => {
    if (skipDepth > 0 || raw === '') return;
    const decoded = decodeEntities(raw);
    if (preDepth === 0 || !decoded.includes('\n')) {
      appendDecoded(decoded);
      return;
    }
    decoded.split(/\r?\n/).forEach((part, k) => {
      if (k > 0) flush(true);
      appendDecoded(part);
    });
  };
  const popUntil = (name: string) => {
    if ((openCount.get(name) ?? 0) === 0) {
      if (overflow > 0) overflow--;
      return;
    }
    while (stack.length > 0) {
      const top = stack.pop() as OpenElement;
      openCount.set(top.name, (openCount.get(top.name) ?? 1) - 1);
      if (top.quote) quoteDepth--;
      if (top.skip) skipDepth--;
      if (top.pre) preDepth--;
      if (top.name === name) break;
    }
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      appendText(html.slice(i));
      break;
    }
    appendText(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd] as string)) nameEnd++;
    if (nameEnd === nameStart) {
      appendText('<');
      i = lt + 1;
      continue;
    }
    // Find the end of the tag, stepping over quoted attribute values.
    let j = nameEnd;
    let quote = '';
    while (j < html.length) {
      const ch = html[j] as string;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === '>') {
        break;
      }
      j++;
    }
    const tag = html.slice(lt, Math.min(j + 1, html.length));
    i = j + 1;
    const name = lower.slice(nameStart, nameEnd);

    if (closing) {
      if (name === 'p' || BLOCK_ELEMENTS.has(name)) blockBoundary();
      popUntil(name);
      continue;
    }
    if (RAW_TEXT_ELEMENTS.has(name) && !tag.endsWith('/>')) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (name === 'br') {
      flush(true);
      continue;
    }
    if (name === 'hr') {
      blockBoundary();
      if (skipDepth === 0) lines.push(`${'> '.repeat(quoteDepth)}________________________________`);
      continue;
    }
    if (name === 'img') {
      const alt = attribute(tag, 'alt');
      if (alt && alt.length <= 4) appendText(alt); // emoji images keep their character
      continue;
    }
    if (name === 'li') {
      blockBoundary();
      appendText('* ');
    } else if (BLOCK_ELEMENTS.has(name)) {
      blockBoundary();
    } else if (name === 'td' || name === 'th') {
      appendText(' ');
    }
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) continue;

    const marks = `${attribute(tag, 'class')} ${attribute(tag, 'id')}`.toLowerCase();
    const isQuote =
      name === 'blockquote' ||
      attribute(tag, 'name').toLowerCase() === 'quote' ||
      QUOTE_CONTAINER_MARKS.some((mark) => marks.includes(mark));
    const style = attribute(tag, 'style').toLowerCase().replace(/\s+/g, '');
    const isSkip =
      SKIPPED_ELEMENTS.has(name) ||
      style.includes('display:none') ||
      (!isQuote && SIGNATURE_MARKS.some((mark) => marks.includes(mark)));
    if (stack.length >= MAX_STACK) {
      overflow++;
      continue;
    }
    const element: OpenElement = { name, quote: isQuote, skip: isSkip, pre: name === 'pre' };
    stack.push(element);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (isQuote) {
      blockBoundary();
      quoteDepth++;
      lineDepth = quoteDepth;
    }
    if (isSkip) skipDepth++;
    if (element.pre) preDepth++;
  }
  blockBoundary();

  // Collapse runs of blank lines and trim the ends.
  const out: string[] = [];
  for (const l of lines) {
    const blank = l.replace(/^[> ]+$/, '') === '';
    const prevBlank = out.length > 0 && (out[out.length - 1] as string).replace(/^[> ]+$/, '') === '';
    if (blank && (out.length === 0 || prevBlank)) continue;
    out.push(blank ? l.trimEnd() : l);
  }
  while (out.length > 0 && (out[out.length - 1] as string).replace(/^[> ]+$/, '') === '') out.pop();
  return out.join('\n');
}
