/**
 * The languages the week is written in, how a request picks one (`?lang=`, then the browser's
 * `Accept-Language` with its q-values, then English), and how dates and times are said in each.
 * Pure: Intl only, no clock, no I/O.
 */

export const LANGUAGES = ['en', 'es', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The locale each language formats dates, times and lists in. */
export const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  es: 'es-ES',
  de: 'de-DE',
  fr: 'fr-FR',
};

/** The language's own name for itself, for the choice on the forms. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** "es", "ES", "es-MX", "es_419" are Spanish; anything else we do not write in is null. */
export function languageOf(tag: unknown): Language | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 12.5.4): ranges in order of
 * q-value (ties keep the header's order), `q=0` refused, `*` meaning any (so English). Null when
 * nothing in the header is one of ours.
 */
export function fromAcceptLanguage(header: string | null | undefined): Language | null {
  if (!header) return null;
  const ranges = header
    .split(',')
    .slice(0, 32)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      // A malformed weight ("q=abc") counts as a refusal rather than as the default 1.
      const q = params.map((p) => /^\s*q\s*=(.*)$/i.exec(p)?.[1]).find((v) => v !== undefined);
      const quality = q === undefined ? 1 : /^\s*[01](?:\.\d{0,3})?\s*$/.test(q) ? Number(q) : 0;
      return { range: range.trim(), quality, index };
    })
    .filter((r) => r.range !== '' && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranges) {
    if (range === '*') return DEFAULT_LANGUAGE;
    const language = languageOf(range);
    if (language) return language;
  }
  return null;
}

/** A page's language: an explicit `?lang=`, else the browser's preference, else English. */
export function negotiateLanguage(query: unknown, acceptLanguage: string | null | undefined): Language {
  return languageOf(query) ?? fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { timeZone, ...options });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "Tuesday 2 December, 08:00" / "martes, 2 de diciembre, 8:00" in the person's zone. */
export function formatLocalDateTime(instant: Date | string, timeZone: string, language: Language): string {
  return cachedFormat(language, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** "Tuesday 2 December" in the person's zone. */
export function formatLocalDate(instant: Date | string, timeZone: string, language: Language): string {
  return cachedFormat(language, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(instant),
  );
}

/** A calendar date ("2026-12-07", a group's start) as the language writes it: "Monday 7 December". */
export function formatCalendarDate(date: string, language: Language): string {
  // Noon UTC names the same calendar day in the UTC formatter, whatever the date.
  return formatLocalDate(`${date}T12:00:00Z`, 'UTC', language);
}

/** The send hour as a clock time in the language's style ("08:00", "8:00"). */
export function formatHour(hour: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, hour));
}

/** A time zone as people read it: "America/New York". */
export function zoneName(timeZone: string): string {
  return timeZone.replace(/_/g, ' ');
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** "A, B and C" / "A, B y C" / "A, B und C" / "A, B et C". */
export function listFormat(language: Language): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}
