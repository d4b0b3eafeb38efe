/** `scripts/score-replies.ts` reads parser answers as JSON lines and exits by the bar. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'scripts/score-replies.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function labelsFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'score-'));
  const file = path.join(dir, 'labels.json');
  writeFileSync(
    file,
    JSON.stringify({
      'case-1.eml': {
        thanked: [{ name: 'Ada', accept: ['Ada', 'my aunt Ada'], relationship: 'aunt' }],
        command: null,
        autoReply: false,
        mustContain: ['the garden'],
        mustNotContain: ['Reply STOP to unsubscribe'],
      },
    }),
  );
  return file;
}

function run(args: string[], input: string): { status: number; stdout: string } {
  try {
    return { status: 0, stdout: execFileSync(TSX, [CLI, ...args], { input, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

describe('the score-replies command', () => {
  it('prints the summary and the bar line, exiting 1 below the bar and 0 when it is met', () => {
    const answer = {
      file: 'out/case-1.eml',
      text: 'Thanked aunt Ada for the garden.',
      thanked: [{ name: 'Adaline' }],
    };
    const { status, stdout } = run([labelsFile()], `${JSON.stringify(answer)}\n`);
    const [summary, bar] = stdout.trim().split('\n');
    expect(JSON.parse(summary as string)).toMatchObject({ cases: 1, precision: 0, recall: 0 });
    expect(bar).toMatch(/^below the bar/);
    expect(status).toBe(1);
    const right = { ...answer, thanked: [{ name: 'my aunt Ada' }] };
    const ok = run([labelsFile(), '--verbose'], `${JSON.stringify(right)}\n`);
    expect(ok.stdout).toContain('meets the bar: names F1 1');
    expect(ok.status).toBe(0);
  });

  it('lists each miss with --verbose', () => {
    const answer = { file: 'case-1.eml', text: '> Reply STOP to unsubscribe', thanked: [] };
    const { stdout } = run([labelsFile(), '--verbose'], `${JSON.stringify(answer)}\n`);
    expect(stdout).toContain('case-1.eml: names got [] want [Ada]');
    expect(stdout).toContain('case-1.eml: lost "the garden"');
    expect(stdout).toContain('case-1.eml: kept "Reply STOP to unsubscribe"');
  });

  it('exits 2 without a labels file', () => {
    expect(run([], '').status).toBe(2);
  });
});
