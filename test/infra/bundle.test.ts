import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { buildTestApp, type TestApp } from './helpers';

// The one slow test: real esbuild bundles of all five functions, plus CloudFormation schema
// validation of both templates (errors, not warnings). Everything else skips both.
jest.setTimeout(240_000);

let built: TestApp;
beforeAll(() => {
  built = buildTestApp({ 'gratitude:activateReceiptRuleSet': 'true' }, { full: true });
});

describe('a full synthesis', () => {
  it('bundles every function into one file with an external source map', () => {
    const functions = Object.values(built.serviceTemplate.findResources('AWS::Lambda::Function')).filter(
      (fn) => fn.Properties.Runtime === 'nodejs22.x',
    );
    expect(functions).toHaveLength(5);
    for (const fn of functions) {
      const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
      const dir = path.join(built.assembly.directory, `asset.${hash}`);
      const bundle = path.join(dir, 'index.js');
      expect(existsSync(bundle)).toBe(true);
      expect(existsSync(path.join(dir, 'index.js.map'))).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code).toMatch(/handler/);
      expect(code).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
      // Far below Lambda's 250 MB unzipped limit; a jump here usually means a build-time tool
      // (MJML, a parser's test data) slipped into a bundle.
      expect(statSync(bundle).size).toBeLessThan(10 * 1024 * 1024);
      expect(fn.Properties.Handler).toBe('index.handler');
      // The local stack's stand-ins (raw-mail directory, in-process queue) never reach AWS.
      const sources: string[] = JSON.parse(readFileSync(path.join(dir, 'index.js.map'), 'utf8')).sources;
      expect(sources.filter((source) => /functions\/(adapters\/)?local\//.test(source))).toEqual([]);
    }
  });

  it('passes CloudFormation schema validation and cdk-nag with no report', () => {
    const report = JSON.parse(
      readFileSync(path.join(built.assembly.directory, 'validation-report.json'), 'utf8'),
    );
    expect(report.pluginReports).toEqual([]);
  });
});
