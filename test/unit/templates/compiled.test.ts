/** The committed compiled module must match what the MJML and text templates compile to today. */
import { readFileSync } from 'node:fs';
import { compiledTemplates } from '../../../functions/adapters/templates/compiled.generated';
import { LANGUAGES } from '../../../functions/core/language';
import { buildCompiledModule, OUTPUT_FILE, templateNames } from '../../../scripts/build-templates';

describe('compiled templates', () => {
  it('are up to date with templates/ (run npm run build:templates after editing a template)', async () => {
    const fresh = await buildCompiledModule();
    // A plain comparison: a failing toEqual would print two 50 KB strings.
    if (readFileSync(OUTPUT_FILE, 'utf8') !== fresh) {
      throw new Error('compiled.generated.ts is stale: run npm run build:templates and commit the result');
    }
  }, 60_000);

  it('cover every template in every language, each with an HTML and a text part', () => {
    expect(Object.keys(compiledTemplates).sort()).toEqual(templateNames());
    for (const template of Object.values(compiledTemplates)) {
      for (const language of LANGUAGES) {
        expect(template.html[language]).toMatch(/^<!doctype html>/);
        expect(template.html[language]).toContain(`<html lang="${language}"`);
        expect(template.text[language].trim()).not.toBe('');
      }
    }
  });

  it('leave no copy key unfilled in any language', () => {
    for (const template of Object.values(compiledTemplates)) {
      for (const language of LANGUAGES) {
        expect(template.html[language]).not.toContain('[[');
        expect(template.text[language]).not.toContain('[[');
      }
    }
  });

  it('load nothing from elsewhere: no images, stylesheets or web fonts', () => {
    for (const { html } of Object.values(compiledTemplates)) {
      for (const language of LANGUAGES) {
        expect(html[language]).not.toMatch(/<img\b|<link\b|@import|url\(|\bsrc=/i);
      }
    }
  });
});
