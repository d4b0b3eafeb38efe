import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { BUNDLE_BUDGET_KIB } from '../../infra/bundling';
import { GratitudeFunction } from '../../infra/constructs/gratitude-function';
import { buildTestApp, resourceOf, type TestApp } from './helpers';

/**
 * Every function is within the budget, by what it leaves out: the web function has no S3 client
 * and says the pages but not the emails, the sending functions carry the emails' words but not the
 * pages', the functions that write to nobody (dispatch, mail events) no words at all, and every
 * bundle leaves out the SDK schemas of operations it never calls and the SDK's event-stream
 * support. Inbound mail is two functions: the intake (receive-mail) holds S3, MIME decoding
 * (postal-mime, about 70 KiB) and the parser's first stage, which cuts the person's words from our
 * quoted emails by a 52-bit key of each sentence of every language's emails (about 14 KiB; the
 * sentences themselves took 47) and reads any command in them (about 11 KiB of command phrasings);
 * the understand function holds the table, the signed links and the parser's second stage (whom
 * they thanked: about 150 KiB of people and word lists, which grow with the parser's classes). The
 * group store every function shares (through the table part) counts paused members and files,
 * reads and leases each group's summary deadline: 1 to 3 KiB a function; the understand and
 * mail-events functions build only its member's part. The send path's claims and due index (the
 * send batch's consistent batch read and its two transactions) are built only into the dispatch
 * and prompt functions (`sendingTablePart`); the others were carrying 3 to 4 KiB of them. The
 * SDK's pure-JavaScript SHA-256 and MD5, fallbacks for a Node.js without those hashes, are left
 * out of every bundle (about 4 KiB each), and the endpoint cache's LRU is a small one on a Map
 * (about 7 KiB less in each function with the table). The parser's word tables are marked pure as
 * they are bundled, so a function carries only the tables its code reads (7 KiB less in the intake,
 * 4 in the web function). The ceilings keep each where it is.
 */
const CEILING_KIB: Record<string, number> = {
  'http-api': 445,
  'receive-mail': 473,
  'understand-mail': 497,
  'send-prompt': 458,
  'send-mail': 454,
  dispatch: 289,
  'mail-events': 284,
};

// The one slow test: real esbuild bundles of all seven functions, plus CloudFormation schema
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
    expect(functions).toHaveLength(7);
    for (const fn of functions) {
      const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
      const dir = path.join(built.assembly.directory, `asset.${hash}`);
      const bundle = path.join(dir, 'index.js');
      expect(existsSync(bundle)).toBe(true);
      expect(existsSync(path.join(dir, 'index.js.map'))).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code).toMatch(/handler/);
      expect(code).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
      expect(fn.Properties.Handler).toBe('index.handler');
      // The local stack's stand-ins (raw-mail directory, in-process queue) never reach AWS.
      const sources: string[] = JSON.parse(readFileSync(path.join(dir, 'index.js.map'), 'utf8')).sources;
      expect(sources.filter((source) => /functions\/(adapters\/)?local\//.test(source))).toEqual([]);
    }
  });

  it(`keeps every function's bundle within ${BUNDLE_BUDGET_KIB} KiB, the SDK bundled as deployed`, () => {
    const functions = built.service.node
      .findAll()
      .filter((c): c is GratitudeFunction => c instanceof GratitudeFunction);
    const sizes = Object.fromEntries(
      functions.map((f) => {
        const hash = String(resourceOf(built.serviceTemplate, f.fn).Properties.Code.S3Key).replace(
          /\.zip$/,
          '',
        );
        const kib = statSync(path.join(built.assembly.directory, `asset.${hash}`, 'index.js')).size / 1024;
        return [f.entry, Math.round(kib)];
      }),
    );
    expect(Object.keys(sizes)).toHaveLength(7);
    for (const [entry, kib] of Object.entries(sizes)) {
      const ceiling = Math.min(CEILING_KIB[entry] ?? BUNDLE_BUDGET_KIB, BUNDLE_BUDGET_KIB);
      expect({ entry, kib: Math.min(kib, ceiling) }).toEqual({ entry, kib });
    }
  });

  it('passes CloudFormation schema validation and cdk-nag with no report', () => {
    const report = JSON.parse(
      readFileSync(path.join(built.assembly.directory, 'validation-report.json'), 'utf8'),
    );
    expect(report.pluginReports).toEqual([]);
  });
});
