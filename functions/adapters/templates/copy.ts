/**
 * The words of the compiled templates. MJML is compiled once per template at build time with
 * `[[key]]` markers where the words go; each language's words (the catalogue's `email.static`,
 * `[[brand]]`, and `[[lang]]` for the language tag) are filled in once per cold start, escaped for
 * HTML. Keeping one compiled copy of the markup, not four, keeps the bundles small.
 */
import type { Language } from '../../core/language';
import { emailMessages } from '../../core/messages';

const COPY = /\[\[([A-Za-z][A-Za-z0-9.]*)\]\]/g;
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** The words for `[[key]]` in `language`; a key that names no string is an error. */
function copyFor(language: Language, key: string, where: string): string {
  if (key === 'lang') return language;
  const catalogue = emailMessages(language);
  if (key === 'brand') return catalogue.brand;
  let value: unknown = catalogue.email.static;
  for (const part of key.split('.')) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (typeof value !== 'string')
    throw new Error(`${where}: [[${key}]] is not a string in the ${language} catalogue`);
  return value;
}

/** `source` with every `[[key]]` replaced by the language's words, HTML-escaped when `forHtml`. */
export function fillCopy(source: string, language: Language, forHtml: boolean, where = 'template'): string {
  const filled = source.replace(COPY, (_, key: string) => {
    const value = copyFor(language, key, where);
    return forHtml ? value.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c) : value;
  });
  if (filled.includes('[[')) throw new Error(`${where}: malformed [[key]]`);
  return filled;
}
