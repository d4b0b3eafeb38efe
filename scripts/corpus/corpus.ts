/**
 * The corpus's parts on disk: `test/fixtures/reply-corpus/specs/<part>/*.ts` (each exporting
 * `cases: CaseSpec[]`) rendered into `test/fixtures/reply-corpus/<part>/*.eml` plus `labels.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseSpec } from '../../test/fixtures/reply-corpus/spec';
import { type CorpusLabel, type RenderedCase, renderCase } from './render';

export const CORPUS_DIR = path.resolve(__dirname, '../../test/fixtures/reply-corpus');
export const PARTS = ['dev', 'sealed'] as const;
export type PartName = (typeof PARTS)[number];

export interface RenderedPart {
  part: PartName;
  dir: string;
  cases: RenderedCase[];
  /** labels.json as written: keyed by file name, in file order. */
  labelsJson: string;
}

/** Every case spec of a part, in file then array order; an id used twice is an error. */
export function loadSpecs(part: PartName): CaseSpec[] {
  const dir = path.join(CORPUS_DIR, 'specs', part);
  if (!existsSync(dir)) return [];
  const specs: CaseSpec[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const module = require(path.join(dir, file)) as { cases?: CaseSpec[] };
    if (!Array.isArray(module.cases)) throw new Error(`${part}/${file} does not export cases: CaseSpec[]`);
    specs.push(...module.cases);
  }
  const seen = new Set<string>();
  for (const spec of specs) {
    if (!/^[a-z0-9-]+$/.test(spec.id)) throw new Error(`case id "${spec.id}" is not a plain file stem`);
    if (seen.has(spec.id)) throw new Error(`case id "${spec.id}" is used twice in ${part}`);
    seen.add(spec.id);
  }
  return specs.sort((a, b) => a.id.localeCompare(b.id));
}

export function renderPart(part: PartName): RenderedPart {
  const cases = loadSpecs(part).map(renderCase);
  const labels: Record<string, CorpusLabel> = {};
  for (const c of cases) labels[c.file] = c.label;
  return {
    part,
    dir: path.join(CORPUS_DIR, part),
    cases,
    labelsJson: `${JSON.stringify(labels, null, 2)}\n`,
  };
}

/** Files of a rendered part that differ from, are missing from, or are extra on disk. */
export function staleFiles(rendered: RenderedPart): string[] {
  const stale: string[] = [];
  const onDisk = existsSync(rendered.dir) ? readdirSync(rendered.dir) : [];
  const expected = new Set([...rendered.cases.map((c) => c.file), 'labels.json']);
  for (const c of rendered.cases) {
    const file = path.join(rendered.dir, c.file);
    if (!existsSync(file) || !readFileSync(file).equals(c.eml)) stale.push(c.file);
  }
  const labelsFile = path.join(rendered.dir, 'labels.json');
  if (rendered.cases.length > 0 || existsSync(labelsFile)) {
    if (!existsSync(labelsFile) || readFileSync(labelsFile, 'utf8') !== rendered.labelsJson)
      stale.push('labels.json');
  }
  for (const file of onDisk) if (!expected.has(file)) stale.push(file);
  return stale;
}
