/**
 * `node --import tsx infra/bundle-function.ts <entry> <outdir>`: one function's bundle, as the CDK
 * construct asks for it (see `bundling.ts`).
 */
import { bundleFunction } from './bundling';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: bundle-function <entry> <outdir>');
  process.exit(2);
}
bundleFunction(entry, outdir).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
