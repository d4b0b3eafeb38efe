/**
 * Compiles every email template once per language, at build time, into a committed TypeScript
 * module: templates/*.mjml become HTML strings with `{{placeholders}}`, and the hand-written
 * plain-text twins (templates/*.txt) come along with their partials resolved. The words are not in
 * the templates: each `[[key]]` is the catalogue's `email.static` string for that language
 * (functions/core/messages), escaped for HTML; `[[brand]]` is the service's name. At send time
 * only values are filled in (functions/adapters/templates/render.ts), so Lambda bundles never
 * load mjml.
 *
 *   tsx scripts/build-templates.ts           write the module
 *   tsx scripts/build-templates.ts --check   exit 1 if the committed module is stale
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../functions/core/language';
import { messages } from '../functions/core/messages';

const ROOT = path.resolve(__dirname, '..');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const OUTPUT_FILE = path.join(ROOT, 'functions', 'adapters', 'templates', 'compiled.generated.ts');

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const TEXT_INCLUDE = /\{\{>\s*([a-z][a-z0-9-]*)\s*\}\}/g;
const COPY = /\[\[([A-Za-z][A-Za-z0-9.]*)\]\]/g;
/** Anything a client would fetch: emails here are self-contained (no images, fonts or CSS). */
const EXTERNAL_RESOURCE = /<img\b|<link\b|@import|url\(|googleapis/i;

interface MjmlResult {
  html: string;
  errors: readonly { formattedMessage?: string }[];
}
type Mjml2Html = (mjml: string, options: Record<string, unknown>) => Promise<MjmlResult>;

export interface CompiledTemplate {
  name: string;
  html: Record<Language, string>;
  text: Record<Language, string>;
  placeholders: string[];
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** The catalogue string for `[[key]]` in `language`; a key that names no string stops the build. */
function copyFor(language: Language, key: string, where: string): string {
  const catalogue = messages(language);
  let value: unknown = key === 'brand' ? catalogue.brand : catalogue.email.static;
  if (key !== 'brand') {
    for (const part of key.split('.')) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
  }
  if (typeof value !== 'string')
    throw new Error(`${where}: [[${key}]] is not a string in the ${language} catalogue`);
  return value;
}

function withCopy(source: string, language: Language, where: string, forHtml: boolean): string {
  const filled = source.replace(COPY, (_, key: string) => {
    const value = copyFor(language, key, where);
    return forHtml ? value.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c) : value;
  });
  if (filled.includes('[[')) throw new Error(`${where}: malformed [[key]]`);
  return filled;
}

export function templateNames(): string[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((file) => file.endsWith('.mjml'))
    .map((file) => file.slice(0, -'.mjml'.length))
    .sort();
}

function placeholdersIn(source: string, where: string): string[] {
  const names = [...source.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  // Every brace pair must be a well-formed placeholder: a typo would otherwise ship as text.
  const opens = source.split('{{').length - 1;
  const closes = source.split('}}').length - 1;
  if (opens !== names.length || closes !== names.length) {
    throw new Error(
      `${where}: malformed {{placeholder}} (${opens} "{{", ${closes} "}}", ${names.length} valid)`,
    );
  }
  return names;
}

/** MJML leaves indentation-only lines and trailing spaces; dropping them changes no rendering. */
function tidyHtml(html: string): string {
  return `${html
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n')}\n`;
}

function readText(name: string): string {
  const file = path.join(TEMPLATES_DIR, `${name}.txt`);
  const source = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const resolved = source.replace(TEXT_INCLUDE, (_, partial: string) =>
    readFileSync(path.join(TEMPLATES_DIR, 'partials', `${partial}.txt`), 'utf8')
      .replace(/\r\n/g, '\n')
      .replace(/\n+$/, ''),
  );
  return `${resolved.replace(/\n+$/, '')}\n`;
}

async function compileHtml(mjml2html: Mjml2Html, name: string, language: Language): Promise<string> {
  const file = path.join(TEMPLATES_DIR, `${name}.mjml`);
  const source = readFileSync(file, 'utf8');
  if (!source.includes('<mjml lang="en"')) throw new Error(`${name}.mjml: <mjml lang="en"> is missing`);
  const result = await mjml2html(source.replace('<mjml lang="en"', `<mjml lang="${language}"`), {
    validationLevel: 'strict',
    filePath: file,
    ignoreIncludes: false,
    // Template comments are notes for us, not for recipients.
    keepComments: false,
    // No web fonts: the default list would add Google Fonts links for some font names.
    fonts: {},
    minify: false,
    beautify: false,
  });
  // Copy goes in after MJML, so that the partials' [[keys]] are filled in too.
  const html = withCopy(tidyHtml(result.html), language, `${name}.mjml`, true);
  if (html.includes('mj-include')) throw new Error(`${name}.mjml: an mj-include was not resolved`);
  if (EXTERNAL_RESOURCE.test(html)) throw new Error(`${name}.mjml: the HTML loads an external resource`);
  if (!html.includes(`<html lang="${language}"`))
    throw new Error(`${name}.mjml: no <html lang="${language}">`);
  return html;
}

async function compileOne(mjml2html: Mjml2Html, name: string): Promise<CompiledTemplate> {
  const html = {} as Record<Language, string>;
  const text = {} as Record<Language, string>;
  let placeholders: string[] | undefined;
  for (const language of LANGUAGES) {
    html[language] = await compileHtml(mjml2html, name, language);
    text[language] = withCopy(readText(name), language, `${name}.txt`, false);
    const found = [
      ...new Set([
        ...placeholdersIn(html[language], `${name}.mjml`),
        ...placeholdersIn(text[language], `${name}.txt`),
      ]),
    ].sort();
    // One set of values fills every language: a {{placeholder}} in one translation only is a bug.
    if (placeholders !== undefined && found.join() !== placeholders.join()) {
      throw new Error(
        `${name}: the ${language} copy uses {{${found.join('}}, {{')}}}, English {{${placeholders.join('}}, {{')}}}`,
      );
    }
    placeholders ??= found;
  }
  return { name, html, text, placeholders: placeholders ?? [] };
}

function loadMjml(): Mjml2Html {
  return require('mjml') as Mjml2Html;
}

/** Compiles every template; the order of names and placeholders is sorted, so output is stable. */
export async function compileTemplates(mjml2html: Mjml2Html = loadMjml()): Promise<CompiledTemplate[]> {
  const compiled: CompiledTemplate[] = [];
  for (const name of templateNames()) compiled.push(await compileOne(mjml2html, name));
  return compiled;
}

function templateLiteral(text: string): string {
  return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

/** An array literal as the formatter would write it: on one line if it fits, else one per line. */
function arrayLiteral(prefix: string, items: string[], indent: string): string {
  const quoted = items.map((item) => `'${item}'`);
  const oneLine = `${indent}${prefix}[${quoted.join(', ')}],`;
  if (oneLine.length <= 110) return oneLine;
  return `${indent}${prefix}[\n${quoted.map((q) => `${indent}  ${q},`).join('\n')}\n${indent}],`;
}

export function moduleSource(templates: CompiledTemplate[]): string {
  const mjmlVersion = (require('mjml/package.json') as { version: string }).version;
  const perLanguage = (part: Record<Language, string>) =>
    LANGUAGES.map((language) => `      ${language}: ${templateLiteral(part[language])},`);
  const entries = templates.map((t) =>
    [
      `  ${t.name}: {`,
      arrayLiteral('placeholders: ', t.placeholders, '    '),
      '    html: {',
      ...perLanguage(t.html),
      '    },',
      '    text: {',
      ...perLanguage(t.text),
      '    },',
      '  },',
    ].join('\n'),
  );
  return [
    '// generated by npm run build:templates — do not edit.',
    `// Sources: templates/*.mjml (mjml ${mjmlVersion}, validation strict) and templates/*.txt,`,
    `// with the copy of functions/core/messages in ${LANGUAGES.join(', ')}.`,
    '// Values are filled in by render.ts: {{name}} is always escaped in the HTML part.',
    '',
    'export const compiledTemplates = {',
    ...entries,
    '} as const;',
    '',
    'export type TemplateName = keyof typeof compiledTemplates;',
    '',
  ].join('\n');
}

export async function buildCompiledModule(): Promise<string> {
  return moduleSource(await compileTemplates());
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const loading = performance.now();
  const mjml2html = loadMjml();
  const started = performance.now();
  const source = moduleSource(await compileTemplates(mjml2html));
  const timing = `loading mjml ${(started - loading).toFixed(0)} ms, compiling ${(performance.now() - started).toFixed(0)} ms`;
  const relative = path.relative(ROOT, OUTPUT_FILE);
  if (check) {
    let current = '';
    try {
      current = readFileSync(OUTPUT_FILE, 'utf8');
    } catch {
      // A missing file is simply stale.
    }
    if (current !== source) {
      console.error(`${relative} is stale: run npm run build:templates`);
      process.exitCode = 1;
      return;
    }
    console.log(`${relative} is up to date (${timing})`);
    return;
  }
  writeFileSync(OUTPUT_FILE, source);
  console.log(`wrote ${relative}: ${templateNames().length} templates (${timing})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
