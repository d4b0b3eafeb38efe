import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import {
  LAMBDA_BUNDLING,
  leaveOutEventStreams,
  leaveOutJsHashes,
  literalSchemaKeys,
  treeShakeSdkSchemas,
  versionOnlyPackageInfo,
} from '../../infra/bundling';

jest.setTimeout(60_000);

describe('the SDK schemas as bundled', () => {
  it('writes a computed key naming one of the module’s string constants as that string, and nothing else', () => {
    const source = [
      'const _h = "http";',
      'const _e = "error";',
      'let _x = "changes";',
      'export var Get$ = [9, n0, _G, { [_h]: ["GET", "/{Key+}", 200] }, () => A$, () => B$];',
      'export var Err$ = [-3, n0, _E, { [_e]: _c, [_hE]: 404 }, [], []];',
      'export var Other$ = [0, { [_x]: 1 }, cond ? [_h] : [_e]];',
    ].join('\n');
    expect(literalSchemaKeys(source).split('\n').slice(3)).toEqual([
      'export var Get$ = [9, n0, _G, { "http": ["GET", "/{Key+}", 200] }, () => A$, () => B$];',
      'export var Err$ = [-3, n0, _E, { "error": _c, [_hE]: 404 }, [], []];',
      'export var Other$ = [0, { [_x]: 1 }, cond ? [_h] : [_e]];',
    ]);
  });

  it('leaves out schemas, event streams, JavaScript hashes and package details nothing uses, and every client writes and reads exactly what it did before', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gratitude-sdk-'));
    try {
      const bundle = async (name: string, plugins: (typeof treeShakeSdkSchemas)[]) => {
        const outfile = path.join(dir, `${name}.js`);
        await build({
          entryPoints: [path.join(__dirname, '..', 'support', 'sdk-requests.ts')],
          bundle: true,
          minify: true,
          platform: 'node',
          target: LAMBDA_BUNDLING.target,
          format: 'cjs',
          mainFields: [...LAMBDA_BUNDLING.mainFields],
          external: [...LAMBDA_BUNDLING.externalModules],
          outfile,
          plugins,
          logLevel: 'silent',
        });
        return outfile;
      };
      const plain = await bundle('plain', []);
      const shaken = await bundle('shaken', [
        treeShakeSdkSchemas,
        leaveOutEventStreams,
        leaveOutJsHashes,
        versionOnlyPackageInfo,
      ]);
      expect(statSync(shaken).size).toBeLessThan(statSync(plain).size - 100 * 1024);
      // A client's package.json (its homepage, say) comes down to its version.
      const homepage = 'aws-sdk-js-v3/tree/main/clients/client-';
      expect(readFileSync(plain, 'utf8').includes(homepage)).toBe(true);
      expect(readFileSync(shaken, 'utf8').includes(homepage)).toBe(false);
      // The pure-JavaScript SHA-256 (its round constants) is in the plain bundle only; the signer
      // still signs every request below with node:crypto's.
      const roundConstant = /1116352408|0x428a2f98/;
      expect(roundConstant.test(readFileSync(plain, 'utf8'))).toBe(true);
      expect(roundConstant.test(readFileSync(shaken, 'utf8'))).toBe(false);
      const before = await require(plain).run();
      const after = await require(shaken).run();
      expect(before.results).toEqual([
        true,
        'From: a@b.c\r\n\r\nhello',
        [{ Key: 'inbound/m1' }],
        'ses-1',
        'TooManyRequestsException',
        1,
        [{ pk: { S: 'SUB#1' } }],
        true,
      ]);
      expect(before.requests).toHaveLength(8);
      expect(after).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
