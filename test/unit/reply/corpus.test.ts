/**
 * The labelled public corpus, scored by the project's own scorer exactly as the acceptance check
 * runs it, plus our hand-written fixtures in the same label format. The corpus lives in the shared
 * folder beside the repository (../shared/corpus/replies-public from the repo root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReply } from '../../../functions/core/reply';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(REPO_ROOT, '../shared');
const CORPUS = path.join(SHARED, 'corpus/replies-public');
const SCORER = path.join(SHARED, 'tools/score-replies.mjs');
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/replies');

interface Label {
  thanked: { name: string; accept: string[] }[];
  command: string | null;
  autoReply: boolean;
  thankedSomeone: boolean;
  day: number;
}

async function jsonLines(dir: string): Promise<string> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const lines: string[] = [];
  for (const file of files) {
    const parsed = await parseReply(readFileSync(path.join(dir, file)));
    lines.push(JSON.stringify({ file, ...parsed }));
  }
  return `${lines.join('\n')}\n`;
}

function score(labels: string, input: string): { code: number; output: string } {
  try {
    return {
      code: 0,
      output: execFileSync(process.execPath, [SCORER, labels, '--verbose'], { input, encoding: 'utf8' }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, output: e.stdout };
  }
}

describe('the public reply corpus', () => {
  beforeAll(() => {
    if (!existsSync(CORPUS) || !existsSync(SCORER)) {
      throw new Error(`the shared corpus is missing: expected ${CORPUS} and ${SCORER} beside the repository`);
    }
  });

  it('meets the bar of the scorer', async () => {
    const { code, output } = score(path.join(CORPUS, 'labels.json'), await jsonLines(CORPUS));
    expect(output).toContain('meets the bar');
    expect(code).toBe(0);
  });

  it('reports thankedSomeone and the day as labelled', async () => {
    const labels = JSON.parse(readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Record<
      string,
      Label
    >;
    const wrong: string[] = [];
    for (const [file, label] of Object.entries(labels)) {
      const parsed = await parseReply(readFileSync(path.join(CORPUS, file)));
      if (parsed.thankedSomeone !== label.thankedSomeone)
        wrong.push(`${file}: thankedSomeone ${parsed.thankedSomeone}`);
      if (parsed.day !== label.day) wrong.push(`${file}: day ${parsed.day}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('our own reply fixtures', () => {
  it('meet the bar of the same scorer', async () => {
    const { code, output } = score(path.join(FIXTURES, 'labels.json'), await jsonLines(FIXTURES));
    expect(output).toContain('meets the bar');
    expect(code).toBe(0);
  });
});
