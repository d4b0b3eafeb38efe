/**
 * Compiles every email template once, at build time, into a committed TypeScript module:
 * templates/*.mjml become HTML strings with `{{placeholders}}`, and the hand-written plain-text
 * twins (templates/*.txt) come along with their partials resolved. The words are not in the
 * templates: each `[[key]]` is the catalogue's `email.static` string (functions/core/messages),
 * filled in per language at cold start (functions/adapters/templates/copy.ts); this build checks
 * that every key exists in every language and that each language leaves the same placeholders.
 * At send time only values are filled in (render.ts), so Lambda bundles never load mjml.
 *
 *   tsx scripts/build-templates.ts           write the module
 *   tsx scripts/build-templates.ts --check   exit 1 if the committed module is stale
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fillCopy } from '../functions/adapters/templates/copy';
import { LANGUAGES } from '../functions/core/language';

const ROOT = path.resolve(__dirname, '..');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const OUTPUT_FILE = path.join(ROOT, 'functions', 'adapters', 'templates', 'compiled.generated.ts');

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const TEXT_INCLUDE = /\{\{>\s*([a-z][a-z0-9-]*)\s*\}\}/g;
/** Anything a client would fetch: emails here are self-contained (no images, fonts or CSS). */
const EXTERNAL_RESOURCE = /<img\b|<link\b|@import|url\(|googleapis/i;

interface MjmlResult {
  html: string;
  errors: readonly { formattedMessage?: string }[];
}
type Mjml2Html = (mjml: string, options: Record<string, unknown>) => Promise<MjmlResult>;

export interface CompiledTemplate {
  name: string;
  html: string;
  text: string;
  placeholders: string[];
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

async function compileOne(mjml2html: Mjml2Html, name: string): Promise<CompiledTemplate> {
  const file = path.join(TEMPLATES_DIR, `${name}.mjml`);
  const source = readFileSync(file, 'utf8');
  if (!source.includes('<mjml lang="[[lang]]"'))
    throw new Error(`${name}.mjml: <mjml lang="[[lang]]"> is missing`);
  const result = await mjml2html(source, {
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
  const html = tidyHtml(result.html);
  if (html.includes('mj-include')) throw new Error(`${name}.mjml: an mj-include was not resolved`);
  if (EXTERNAL_RESOURCE.test(html)) throw new Error(`${name}.mjml: the HTML loads an external resource`);
  if (!html.includes('<html lang="[[lang]]"')) throw new Error(`${name}.mjml: no <html lang="[[lang]]">`);
  const text = readText(name);
  let placeholders: string[] | undefined;
  for (const language of LANGUAGES) {
    const found = [
      ...new Set([
        ...placeholdersIn(fillCopy(html, language, true, `${name}.mjml`), `${name}.mjml`),
        ...placeholdersIn(fillCopy(text, language, false, `${name}.txt`), `${name}.txt`),
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

/**
 * The lines every template's HTML starts with (the document head and styles, about 5.6 KiB) and
 * ends with: written once in the module, so each function's bundle carries them once.
 */
export function sharedEnds(htmls: readonly string[]): { head: string; tail: string } {
  const first = htmls[0] ?? '';
  let head = first.length;
  let tail = first.length;
  for (const html of htmls.slice(1)) {
    let i = 0;
    while (i < head && i < html.length && html[i] === first[i]) i++;
    head = i;
    let j = 0;
    while (j < tail && j < html.length && html[html.length - 1 - j] === first[first.length - 1 - j]) j++;
    tail = j;
  }
  // Whole lines only, and never overlapping in the shortest template.
  const headText = first.slice(0, first.lastIndexOf('\n', head - 1) + 1);
  const tailStart = first.indexOf('\n', first.length - tail - 1) + 1;
  let tailText = tailStart > 0 ? first.slice(tailStart) : '';
  const shortest = Math.min(...htmls.map((html) => html.length));
  if (headText.length + tailText.length > shortest) tailText = '';
  return { head: headText, tail: tailText };
}

export function moduleSource(templates: CompiledTemplate[]): string {
  const mjmlVersion = (require('mjml/package.json') as { version: string }).version;
  const { head, tail } =
    templates.length > 1 ? sharedEnds(templates.map((t) => t.html)) : { head: '', tail: '' };
  const entries = templates.map((t) =>
    [
      `  ${t.name}: {`,
      arrayLiteral('placeholders: ', t.placeholders, '    '),
      `    html: \`\${HEAD}${templateLiteral(t.html.slice(head.length, t.html.length - tail.length)).slice(1, -1)}\${TAIL}\`,`,
      `    text: ${templateLiteral(t.text)},`,
      '  },',
    ].join('\n'),
  );
  return [
    '// generated by npm run build:templates — do not edit.',
    `// Sources: templates/*.mjml (mjml ${mjmlVersion}, validation strict) and templates/*.txt,`,
    `// [[keys]] are the words, filled in per language (${LANGUAGES.join(', ')}) by copy.ts.`,
    '// Values are filled in by render.ts: {{name}} is always escaped in the HTML part.',
    '',
    "/** The lines every email's HTML starts with, written once. */",
    `const HEAD = ${templateLiteral(head)};`,
    '',
    "/** The lines every email's HTML ends with, written once. */",
    `const TAIL = ${templateLiteral(tail)};`,
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
