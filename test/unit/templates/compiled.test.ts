/** The committed compiled module must match what the MJML and text templates compile to today. */
import { readFileSync } from 'node:fs';
import { compiledTemplates } from '../../../functions/adapters/templates/compiled.generated';
import { buildCompiledModule, OUTPUT_FILE, templateNames } from '../../../scripts/build-templates';

describe('compiled templates', () => {
  it('are up to date with templates/ (run npm run build:templates after editing a template)', async () => {
    const fresh = await buildCompiledModule();
    // A plain comparison: a failing toEqual would print two 50 KB strings.
    if (readFileSync(OUTPUT_FILE, 'utf8') !== fresh) {
      throw new Error('compiled.generated.ts is stale: run npm run build:templates and commit the result');
    }
  }, 60_000);

  it('cover every template, each with an HTML and a text part', () => {
    expect(Object.keys(compiledTemplates).sort()).toEqual(templateNames());
    for (const template of Object.values(compiledTemplates)) {
      expect(template.html).toMatch(/^<!doctype html>/);
      expect(template.html).toContain('<html lang="en"');
      expect(template.text.trim()).not.toBe('');
    }
  });

  it('load nothing from elsewhere: no images, stylesheets or web fonts', () => {
    for (const { html } of Object.values(compiledTemplates)) {
      expect(html).not.toMatch(/<img\b|<link\b|@import|url\(|\bsrc=/i);
    }
  });
});
