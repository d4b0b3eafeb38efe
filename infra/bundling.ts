/**
 * How every Lambda bundle is built: one esbuild call that the CDK construct runs for each function
 * (through `infra/bundle-function.ts`, since CDK bundles synchronously and esbuild plugins need its
 * asynchronous API) and `npm run bench` runs itself, so the figures it prints are the deployed
 * bundles'.
 *
 * The AWS SDK is bundled (the clients the code was tested with, not the runtime's copy), except the
 * credential providers the default chain only imports when the environment holds no credentials.
 * Lambda always puts the function's credentials in the environment, so those providers (and the
 * SSO/STS clients they carry, about 130 KiB in every bundle) never load there; if one ever did,
 * the Node.js runtime's own SDK provides it.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

export const UNUSED_IN_LAMBDA = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/nested-clients',
] as const;

export const LAMBDA_BUNDLING = {
  minify: true,
  // Strings as written: the words of four languages and the parser's word lists are full of
  // accents, which the default ASCII output escapes (é, two bytes in UTF-8, becomes \xE9).
  charset: 'utf8',
  sourceMap: true,
  sourcesContent: false,
  target: 'node22',
  mainFields: ['module', 'main'],
  externalModules: UNUSED_IN_LAMBDA,
} as const;

/** The size every deployed function stays within (a bigger bundle is a slower cold start). */
export const BUNDLE_BUDGET_KIB = 500;

const REPO_ROOT = path.resolve(__dirname, '..');

/** Each client's schemas: one module per client describing every operation of the service. */
const SDK_SCHEMAS = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

/**
 * Writes each computed key of the form `[_name]:` whose `_name` is one of the module's
 * `const _name = "...";` strings as that string. The value is the same, but esbuild counts a
 * computed key as a possible side effect and so keeps every operation's schema, used or not (all
 * of S3's for a function that gets and deletes objects, about 60 KiB; all of SESv2's for one that
 * sends email, about 45 KiB); with literal keys, schemas nothing refers to are left out.
 */
export function literalSchemaKeys(source: string): string {
  const strings = new Map<string, string>();
  for (const [, name, value] of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) {
    if (name !== undefined && value !== undefined) strings.set(name, value);
  }
  return source.replace(/([{,]\s*)\[(_\w+)\]:/g, (whole, before: string, name: string) => {
    const value = strings.get(name);
    return value === undefined ? whole : `${before}${value}:`;
  });
}

export const treeShakeSdkSchemas: Plugin = {
  name: 'tree-shake-sdk-schemas',
  setup(bundle) {
    bundle.onLoad({ filter: SDK_SCHEMAS }, async (args) => ({
      contents: literalSchemaKeys(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** A client's package.json, which its configuration imports whole for the version alone. */
const SDK_PACKAGE_INFO = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]package\.json$/;

/**
 * Each client's configuration imports its whole package.json (about 2 KiB: scripts, dependencies,
 * the file list) to read `version` for the user agent; the bundle gets the version alone.
 */
export const versionOnlyPackageInfo: Plugin = {
  name: 'version-only-package-info',
  setup(bundle) {
    bundle.onLoad({ filter: SDK_PACKAGE_INFO }, async (args) => {
      const { version } = JSON.parse(await readFile(args.path, 'utf8')) as { version: string };
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};

/**
 * The SDK loads its event-stream support (`@smithy/core/event-streams`, about 19 KiB) with a dynamic
 * import, only for operations that stream events (S3 SelectObjectContent, say). No function calls
 * one, so that import is answered with a module that says so, instead of the code. A client that
 * imports it statically (S3's configuration) still gets the real module.
 */
export const leaveOutEventStreams: Plugin = {
  name: 'leave-out-event-streams',
  setup(bundle) {
    bundle.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, namespace: 'left-out' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
      contents:
        'throw new Error("Event streams are left out of this bundle: no function calls an event-stream ' +
        'operation (infra/bundling.ts)");',
      loader: 'js',
    }));
  },
};

/**
 * DynamoDB's endpoint cache keeps its endpoints in `mnemonist`'s LRU cache (with the typed arrays
 * and iterators that come with it, about 7 KiB); `small-lru-cache.ts` answers the same five
 * methods on a `Map`, and is bundled in its place.
 */
export const smallLruCache: Plugin = {
  name: 'small-lru-cache',
  setup(bundle) {
    bundle.onResolve({ filter: /^mnemonist\/lru-cache(?:\.js)?$/ }, () => ({
      path: path.join(__dirname, 'small-lru-cache.ts'),
    }));
  },
};

/** The SDK's pure-JavaScript SHA-256 and MD5, by the module that imports them. */
const JS_HASH_FALLBACK = /^\.{1,2}\/(?:sha256\/|md5\/)?(Sha256Js|Md5Js)$/;

/**
 * The SDK's hashes (`Sha256Node`, `Md5Node`) fall back to pure-JavaScript copies (about 5 KiB)
 * where `node:crypto` has no such hash; Lambda's Node.js always has both. The copies are answered
 * with a class of the same name that says so if it is ever built.
 */
export const leaveOutJsHashes: Plugin = {
  name: 'leave-out-js-hashes',
  setup(bundle) {
    bundle.onResolve({ filter: JS_HASH_FALLBACK }, (args) =>
      /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]checksum[\\/]/.test(args.importer)
        ? { path: (JS_HASH_FALLBACK.exec(args.path) as RegExpExecArray)[1] as string, namespace: 'js-hash' }
        : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'js-hash' }, (args) => ({
      contents:
        `export class ${args.path} { constructor() { throw new Error("${args.path} is left out of this ` +
        'bundle: node:crypto provides the hash (infra/bundling.ts)"); } }',
      loader: 'js',
    }));
  },
};

/** A word table made at a module's top level: `export const X = words(` or `phrases(`. */
const WORD_TABLE_CALL = /(=\s*)(words|phrases)\(/g;

/**
 * The reply parser's word tables (`functions/core/reply/lexicon/`) are made by `words()` and
 * `phrases()`, calls a bundler must keep unless told they have no side effects. Marked pure as
 * they are loaded, a table no code of the function reads is left out: the intake reads few of the
 * tables the understanding of a reply reads (about 7 KiB less), the web and sending functions fewer
 * still. The files themselves stay as they are written.
 */
export const pureWordTables: Plugin = {
  name: 'pure-word-tables',
  setup(bundle) {
    bundle.onLoad(
      { filter: /[\\/]functions[\\/]core[\\/]reply[\\/]lexicon[\\/][^\\/]+\.ts$/ },
      async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replace(WORD_TABLE_CALL, '$1/* @__PURE__ */ $2('),
        loader: 'ts',
      }),
    );
  },
};

/**
 * Bundles `functions/<entry>.ts` into `<outdir>/index.js` with its source map beside it
 * (`index.js.map`, named at the end of the bundle), as every function is deployed.
 */
export async function bundleFunction(entry: string, outdir: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, 'functions', `${entry}.ts`)],
    bundle: true,
    minify: LAMBDA_BUNDLING.minify,
    charset: LAMBDA_BUNDLING.charset,
    sourcemap: LAMBDA_BUNDLING.sourceMap ? 'linked' : false,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    platform: 'node',
    target: LAMBDA_BUNDLING.target,
    format: 'cjs',
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    external: [...LAMBDA_BUNDLING.externalModules],
    outfile: path.join(outdir, 'index.js'),
    absWorkingDir: REPO_ROOT,
    plugins: [
      treeShakeSdkSchemas,
      leaveOutEventStreams,
      leaveOutJsHashes,
      pureWordTables,
      smallLruCache,
      versionOnlyPackageInfo,
    ],
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}
