/**
 * Renders the reply corpus from its specs: every case of `test/fixtures/reply-corpus/specs/<part>`
 * into `test/fixtures/reply-corpus/<part>/<id>.eml` and `<part>/labels.json`, removing files no
 * spec produces. With --check, changes nothing and exits 1 when the rendered files are stale.
 *
 *   npm run corpus:build [-- --check]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PARTS, renderPart, staleFiles } from './corpus';

function main(): number {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const part of PARTS) {
    const rendered = renderPart(part);
    const changed = staleFiles(rendered);
    stale += changed.length;
    if (check) {
      for (const file of changed) console.log(`stale: ${part}/${file}`);
      continue;
    }
    if (rendered.cases.length === 0 && !existsSync(rendered.dir)) continue;
    mkdirSync(rendered.dir, { recursive: true });
    const wanted = new Set(rendered.cases.map((c) => c.file));
    for (const file of changed)
      if (!wanted.has(file) && file !== 'labels.json') rmSync(path.join(rendered.dir, file));
    for (const c of rendered.cases) writeFileSync(path.join(rendered.dir, c.file), c.eml);
    writeFileSync(path.join(rendered.dir, 'labels.json'), rendered.labelsJson);
    console.log(`${part}: ${rendered.cases.length} cases, ${changed.length} file(s) changed`);
  }
  if (check && stale > 0) {
    console.log('the rendered corpus is stale: run npm run corpus:build');
    return 1;
  }
  return 0;
}

process.exitCode = main();
