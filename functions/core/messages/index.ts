/**
 * The message catalogue: one module per language, each typed by the English shape, so a string
 * missing in one language is a type error rather than an English word in a Spanish email. Each
 * language's words come in three parts, so that a bundle carries only what its function writes:
 * the common words (the week, people, channels, groups: `messages`), the emails' (`emailMessages`,
 * for the functions that send) and the pages' and error messages (`pageMessages`, for the web
 * function). Error messages are looked up by the error's stable code.
 */
import { DEFAULT_LANGUAGE, formatLocalDateTime, type Language, zoneName } from '../language';
import { de, deEmail, dePages } from './de';
import { type CommonWords, type EmailWords, en, enEmail, enPages, type Messages, type PageWords } from './en';
import { es, esEmail, esPages } from './es';
import { fr, frEmail, frPages } from './fr';

export type { CommonWords, DayCopy, EmailWords, Messages, PageWords } from './en';
export type EmailCatalogue = CommonWords & EmailWords;
export type PageCatalogue = CommonWords & PageWords;

const COMMON: Readonly<Record<Language, CommonWords>> = { en, es, de, fr };
const EMAIL: Readonly<Record<Language, EmailWords>> = { en: enEmail, es: esEmail, de: deEmail, fr: frEmail };
const PAGES: Readonly<Record<Language, PageWords>> = { en: enPages, es: esPages, de: dePages, fr: frPages };

function whole(language: Language): Messages {
  return { ...COMMON[language], ...EMAIL[language], ...PAGES[language] };
}

/** Every language's whole catalogue (the reply parser reads all our words); pure, so unused it is left out. */
export const CATALOGUE: Readonly<Record<Language, Messages>> = {
  en: /* @__PURE__ */ whole('en'),
  es: /* @__PURE__ */ whole('es'),
  de: /* @__PURE__ */ whole('de'),
  fr: /* @__PURE__ */ whole('fr'),
};

/** The words every function that writes to people uses. */
export function messages(language: Language = DEFAULT_LANGUAGE): CommonWords {
  return COMMON[language];
}

const withEmail: Partial<Record<Language, EmailCatalogue>> = {};

/** The common words and the emails'. */
export function emailMessages(language: Language = DEFAULT_LANGUAGE): EmailCatalogue {
  const found = withEmail[language];
  if (found) return found;
  const words = { ...COMMON[language], ...EMAIL[language] };
  withEmail[language] = words;
  return words;
}

const withPages: Partial<Record<Language, PageCatalogue>> = {};

/** The common words and the pages' and error messages. */
export function pageMessages(language: Language = DEFAULT_LANGUAGE): PageCatalogue {
  const found = withPages[language];
  if (found) return found;
  const words = { ...COMMON[language], ...PAGES[language] };
  withPages[language] = words;
  return words;
}

/** "Wednesday 2 December at 08:00 (Europe/London time)", in the language, in the zone. */
export function sayLocalTime(instant: Date | string, timeZone: string, language: Language): string {
  return messages(language).localTime(formatLocalDateTime(instant, timeZone, language), zoneName(timeZone));
}

/**
 * A stored relationship as the language says it: the parser stores English nouns ("grandmother"
 * for "abuela"), which a Spanish email says "abuela"; a relationship kept as written stays so.
 * Where the language has a form per gender ("amigo|amiga"), the form the participant used in
 * `words` (their reply) is taken, else the first.
 */
export function relationshipIn(language: Language, relationship: string, words = ''): string {
  const names: Readonly<Record<string, string>> = messages(language).people.relationships;
  const key = relationship.trim().toLowerCase();
  if (!Object.hasOwn(names, key)) return relationship;
  const forms = (names[key] ?? relationship).split('|');
  const said = words.toLowerCase();
  const used = forms.find((form) => wordIn(said, form.toLowerCase()));
  return used ?? forms[0] ?? relationship;
}

/** Whether `form` occurs in `text` as whole words (letters on neither side). */
function wordIn(text: string, form: string): boolean {
  let at = text.indexOf(form);
  while (at >= 0) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + form.length);
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    at = text.indexOf(form, at + 1);
  }
  return false;
}

type ErrorCode = Exclude<keyof Messages['errors'], 'checkField'>;

/**
 * The message for an error in a language. In English an error's own message is the most precise
 * (it is written where the error is thrown); other languages look the code up, and a code the
 * catalogue does not know keeps the English message rather than show nothing.
 */
export function errorMessage(
  language: Language,
  error: { code: string; message: string; field?: string | undefined },
): string {
  const list = pageMessages(language).errors;
  if (language === 'en' && error.message !== '' && error.message !== error.code) return error.message;
  if (Object.hasOwn(list, error.code) && error.code !== 'checkField') return list[error.code as ErrorCode];
  if (error.code === `invalid_${error.field}` && error.field) return list.checkField(error.field);
  return error.message;
}
