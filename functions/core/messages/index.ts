/**
 * The message catalogue: one module per language, each typed as `Messages` (the English shape),
 * so a string missing in one language is a type error rather than an English word in a Spanish
 * email. Error messages are looked up by the error's stable code.
 */
import { DEFAULT_LANGUAGE, formatLocalDateTime, type Language, zoneName } from '../language';
import { de } from './de';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { DayCopy, Messages } from './en';

export const CATALOGUE: Readonly<Record<Language, Messages>> = { en, es, de, fr };

export function messages(language: Language = DEFAULT_LANGUAGE): Messages {
  return CATALOGUE[language];
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
  const list = messages(language).errors;
  if (language === 'en' && error.message !== '' && error.message !== error.code) return error.message;
  if (Object.hasOwn(list, error.code) && error.code !== 'checkField') return list[error.code as ErrorCode];
  if (error.code === `invalid_${error.field}` && error.field) return list.checkField(error.field);
  return error.message;
}
