/**
 * Text clean-up shared by every stage: Unicode NFC (names sent in decomposed form compare
 * equal), one kind of line break, no byte-order marks, zero-width spaces or bidirectional controls
 * (an override such as U+202E shows text in another order than it is read, which would hide a name
 * from the parser and show a reader something else than what is stored), and repair of two
 * decoding accidents seen in real mail (C1 controls from windows-1252 decoded as Latin-1, and
 * UTF-8 read as Latin-1).
 */

// windows-1252 characters for bytes 0x80..0x9F, which a Latin-1 decoder leaves as C1 controls.
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** "ZoÃ«" -> "Zoë" when a whole text is UTF-8 that was decoded as Latin-1 or windows-1252. */
function repairMojibake(text: string): string {
  // Cheap test first: a UTF-8 lead byte read as Latin-1 followed by a continuation byte.
  if (
    !/[\u00C2-\u00F4][\u0080-\u00BF\u2018-\u203A\u20AC\u0152\u0153\u0160\u0161\u017D\u017E\u0178\u0192\u02C6\u02DC\u2122]/.test(
      text,
    )
  ) {
    return text;
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x100) {
      bytes[i] = code;
      continue;
    }
    const c1 = CP1252_C1.indexOf(text[i] as string);
    if (c1 < 0) return text; // a character no single-byte decoder produces: not mojibake
    bytes[i] = 0x80 + c1;
  }
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return text;
  }
}

/** Normalises decoded text for parsing; safe to apply twice. */
export function normalizeText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  out = out.replace(/[\u0080-\u009F]/g, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80] ?? ch);
  out = repairMojibake(out);
  return (
    out
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\uFEFF\u200B\u2060\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/[\u00A0\u202F\u2007\u2009]/g, ' ')
  );
}

/** Lower-cases and folds typographic apostrophes, for comparisons. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02BC`´]/g, "'");
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
