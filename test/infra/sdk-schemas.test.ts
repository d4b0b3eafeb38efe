import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import {
  LAMBDA_BUNDLING,
  leaveOutEventStreams,
  leaveOutJsHashes,
  literalSchemaKeys,
  smallLruCache,
  treeShakeSdkSchemas,
  versionOnlyPackageInfo,
} from '../../infra/bundling';
import SmallLruCache from '../../infra/small-lru-cache';

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
        smallLruCache,
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
      // DynamoDB's endpoint cache keeps its LRU on a Map instead of mnemonist's.
      const mnemonist = 'mnemonist/lru-cache: capacity should be positive number.';
      expect(readFileSync(plain, 'utf8').includes(mnemonist)).toBe(true);
      expect(readFileSync(shaken, 'utf8').includes(mnemonist)).toBe(false);
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

describe('the small LRU cache bundled for the endpoint cache', () => {
  it('keeps at most its capacity, forgetting the least recently used, and peeks without using', () => {
    const cache = new SmallLruCache<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.get('a')).toBe(1); // "a" is now the most recently used
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.peek('a')).toBe(1); // a peek leaves "a" the least recently used
    cache.set('c', 4).set('d', 5);
    expect([cache.has('a'), cache.peek('c'), cache.peek('d'), cache.size]).toEqual([false, 4, 5, 2]);
    expect(cache.get('zz')).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('answers what the SDK endpoint cache asks of it, as mnemonist does', () => {
    const Mnemonist = require('mnemonist/lru-cache');
    const ours = new SmallLruCache<string, number>(3);
    const theirs = new Mnemonist(3);
    const run = (cache: SmallLruCache<string, number>, op: string, key: string, value = 0) => {
      if (op === 'set') {
        cache.set(key, value);
        return null;
      }
      if (op === 'get') return cache.get(key);
      if (op === 'peek') return cache.peek(key);
      return cache.has(key);
    };
    const steps: [string, string, number?][] = [
      ['set', 'a', 1],
      ['set', 'b', 2],
      ['get', 'a'],
      ['set', 'c', 3],
      ['set', 'd', 4],
      ['peek', 'b'],
      ['has', 'a'],
      ['has', 'b'],
      ['set', 'a', 5],
      ['get', 'c'],
      ['set', 'e', 6],
      ['has', 'd'],
      ['peek', 'a'],
    ];
    for (const [op, key, value] of steps)
      expect([op, key, run(ours, op, key, value)]).toEqual([op, key, run(theirs, op, key, value)]);
    expect(ours.size).toBe(theirs.size);
  });
});
