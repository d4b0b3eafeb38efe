/** The committed compiled module must match what the MJML and text templates compile to today. */
import { readFileSync } from 'node:fs';
import { compiledTemplates } from '../../../functions/adapters/templates/compiled.generated';
import { fillCopy } from '../../../functions/adapters/templates/copy';
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

  it('cover every template, each with an HTML and a text part whose words every language fills', () => {
    expect(Object.keys(compiledTemplates).sort()).toEqual(templateNames());
    for (const [name, template] of Object.entries(compiledTemplates)) {
      expect(template.html).toMatch(/^<!doctype html>/);
      expect(template.text.trim()).not.toBe('');
      for (const language of LANGUAGES) {
        const html = fillCopy(template.html, language, true, name);
        expect(html).toContain(`<html lang="${language}"`);
        expect(html).not.toContain('[[');
        expect(fillCopy(template.text, language, false, name)).not.toContain('[[');
      }
    }
  });

  it('refuse a key no catalogue has', () => {
    expect(() => fillCopy('<p>[[welcome.nothingHere]]</p>', 'es', true)).toThrow(
      /not a string in the es catalogue/,
    );
  });

  it('load nothing from elsewhere: no images, stylesheets or web fonts', () => {
    for (const { html } of Object.values(compiledTemplates)) {
      expect(html).not.toMatch(/<img\b|<link\b|@import|url\(|\bsrc=/i);
    }
  });
});
