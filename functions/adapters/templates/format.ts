/**
 * Small, safe building blocks for the parts of an email that are computed at send time: HTML
 * escaping, a marked-safe HTML type produced only by the `html` tag (which escapes everything it
 * interpolates), fragments with an HTML and a text form, and the phrasing of names.
 */
import { DEFAULT_LANGUAGE, type Language } from '../../core/language';
import { emailMessages, messages, relationshipIn } from '../../core/messages';
import { RELATIONSHIP_WORDS } from '../../core/reply/lexicon/relationships';

const brand: unique symbol = Symbol('SafeHtml');

/** HTML that is safe to insert as is: built only by `html`, so every interpolation was escaped. */
export interface SafeHtml {
  readonly [brand]: true;
  readonly value: string;
}

/** A computed part of an email in both forms: escaped HTML and plain text. */
export interface Fragment {
  readonly html: SafeHtml;
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most values (names, URLs, numbers) need nothing: skip the replace and its allocation.
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c] ?? c) : text;
}

/** Marks markup written in this codebase (never user input) as safe. */
export function trusted(value: string): SafeHtml {
  return { [brand]: true, value };
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && brand in value;
}

/** What `html` interpolates: text (escaped), safe HTML, lists of both; nothing for null/false. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function toHtml(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (isSafeHtml(value)) return value.value;
  let out = '';
  for (const item of value) out += toHtml(item);
  return out;
}

/**
 * Tagged template for HTML: the literal parts are trusted (written here, in code), every
 * interpolated value is escaped unless it is already SafeHtml.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += toHtml(values[i]);
    out += strings[i + 1] ?? '';
  }
  return trusted(out);
}

export function fragment(htmlPart: SafeHtml, text: string): Fragment {
  return { html: htmlPart, text };
}

export const EMPTY: Fragment = fragment(trusted(''), '');

/**
 * Inline styles for run-time fragments. Build-time markup gets the same rules inlined from
 * templates/partials/style.mjml; some clients drop <style>, so fragments carry their own.
 */
export const STYLE = {
  p: 'margin:0 0 14px;',
  h2: 'margin:24px 0 6px;font-size:18px;line-height:1.35;color:#1d4d3d;font-weight:700;',
  a: 'color:#1d4d3d;text-decoration:underline;',
  blockquote: 'margin:0 0 16px;padding:10px 14px;border-left:4px solid #1d4d3d;background-color:#f4f1ea;',
  label: 'margin:0 0 4px;font-size:14px;font-weight:600;color:#4a4a4a;',
  people: 'margin:0 0 6px;',
} as const;

const SAFE_URL = /^https?:\/\/[^\s<>"'`]+$/i;

/**
 * Links in emails are ours (confirm, unsubscribe, log): only http(s) URLs pass, so a bad value
 * can never become a `javascript:` link. Escaping still happens where the URL is inserted.
 */
export function safeUrl(url: string): string {
  if (!SAFE_URL.test(url))
    throw new TypeError(`Not an http(s) URL for an email link: ${JSON.stringify(url)}`);
  return url;
}

/** Collapses runs of whitespace (including newlines) to single spaces and trims. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A short excerpt of someone's words: one line, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string | null | undefined, maxLength: number): string {
  const line = oneLine(text);
  if (line.length <= maxLength) return line;
  const cut = line.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

/** "Hi Anna," or, without a usable first name, a neutral "Hello," (in the person's language). */
export function greeting(
  firstName: string | null | undefined,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const name = excerpt(firstName, 60);
  const copy = emailMessages(language).email;
  return name === '' ? copy.greetingAnon : copy.greeting(name);
}

const POSSESSIVE = /^(?:my|our|your)\s+/i;

function relationshipWords(relationship: string | null | undefined): string {
  const words = oneLine(relationship).replace(POSSESSIVE, '');
  // "Mom" written as a name reads "your mom"; keep forms like "PhD supervisor" as written.
  return /^[A-Z][a-z]*(?:\s|$)/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** Whether `word` (one relationship word as written) is a form of `relationship` ("Mum", "mother"). */
function isWordFor(word: string, relationship: string): boolean {
  const tokens = word.toLowerCase().split(/\s+/);
  return (RELATIONSHIP_WORDS.get(tokens[0] ?? '') ?? []).some(
    (w) => w.canonical === relationship && w.tokens.join(' ') === tokens.join(' '),
  );
}

export interface PersonRef {
  readonly name: string | null | undefined;
  readonly relationship: string | null | undefined;
  /** The participant's words about this person, which tell "amiga" from "amigo". */
  readonly note?: string | null | undefined;
}

/**
 * How a thanked person is named back to the participant: "your sister Anna", "your mom", "Anna".
 * The parser gives the relationship as the name when there is no name ("Mom"), so a name that
 * only repeats the relationship is not said twice.
 */
export function describePerson(person: PersonRef, language: Language = DEFAULT_LANGUAGE): string {
  if (language !== 'en') return describeWithoutPossessive(person, language);
  const relationship = relationshipWords(person.relationship);
  let name = excerpt(person.name, 80);
  if (relationship !== '' && name !== '') {
    const bare = name.replace(POSSESSIVE, '');
    const lowerRel = relationship.toLowerCase();
    if (bare.toLowerCase() === lowerRel) name = '';
    // "Mum" for a mother, "Oma" for a grandmother: the word they used is the relationship.
    else if (isWordFor(bare, lowerRel)) return `your ${bare.toLowerCase()}`;
    // "Aunt Mary" with relationship "aunt": "your aunt Mary".
    else if (bare.toLowerCase().startsWith(`${lowerRel} `)) name = bare.slice(lowerRel.length + 1);
  }
  if (relationship !== '' && name !== '') return `your ${relationship} ${name}`;
  if (relationship !== '') return `your ${relationship}`;
  if (name !== '') return POSSESSIVE.test(name) ? name.replace(POSSESSIVE, 'your ') : name;
  return 'someone';
}

/**
 * Spanish, German and French possessives agree with the relationship's gender and number ("tu
 * hermana", "dein Bruder", "ta sœur"), which the word as written does not always tell: these
 * languages name the person and put the relationship beside it, "Ana (hermana)", or the word they
 * used alone ("Mamá").
 */
function describeWithoutPossessive(person: PersonRef, language: Language): string {
  const copy = messages(language).people;
  const relationship = relationshipIn(language, oneLine(person.relationship), person.note ?? '');
  const name = excerpt(person.name, 80);
  if (name === '') return relationship === '' ? copy.someone : copy.relation(relationship);
  if (relationship === '' || name.toLowerCase().includes(relationship.toLowerCase())) return name;
  return copy.relationAndName(relationship, name);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
