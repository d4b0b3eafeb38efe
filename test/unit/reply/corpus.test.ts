/**
 * The project's labelled replies, scored by the project's own scorer: the hand-written fixtures,
 * the development part of the reply corpus and its sealed part, each reported on its own.
 *
 *   fixtures  meet the public bar.
 *   dev       every case is fully right except the ones listed in corpus-known-failures.ts, and
 *             every listed case still fails (so the list is exact: fix a case, strike it off).
 *   sealed    every file parses, without a parser error; its numbers are reported, not judged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ParsedReply, parseReply } from '../../../functions/core/reply';
import { type ParserAnswer, type ReplyLabel, scoreReplies } from '../../support/reply-scorer';
import { KNOWN_DEV_FAILURES } from './corpus-known-failures';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function readLabels(dir: string): Record<string, ReplyLabel> {
  const file = path.join(dir, 'labels.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ReplyLabel>) : {};
}

async function answers(dir: string): Promise<{ answer: ParserAnswer; parsed: ParsedReply }[]> {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
    : [];
  const out: { answer: ParserAnswer; parsed: ParsedReply }[] = [];
  for (const file of files) {
    const parsed = await parseReply(readFileSync(path.join(dir, file)));
    out.push({ answer: { file, ...parsed }, parsed });
  }
  return out;
}

function report(name: string, line: string, summary: object): void {
  process.stdout.write(`${name}: ${JSON.stringify(summary)}\n${name}: ${line}\n`);
}

describe('the hand-written reply fixtures', () => {
  it('meet the public bar', async () => {
    const dir = path.join(FIXTURES, 'replies');
    const score = scoreReplies(
      readLabels(dir),
      (await answers(dir)).map((a) => a.answer),
    );
    report('fixtures', score.barLine, score.summary);
    expect(score.failures).toEqual([]);
    expect(score.meetsBar).toBe(true);
  });
});

describe('the development part of the reply corpus', () => {
  const dir = path.join(FIXTURES, 'reply-corpus/dev');

  it('has a label for every message and a message for every label', () => {
    const labelled = Object.keys(readLabels(dir)).sort();
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    expect(labelled.length).toBeGreaterThan(0);
    expect(files).toEqual(labelled);
  });

  it('is parsed right on every case but the known failures, and each known failure still fails', async () => {
    const labels = readLabels(dir);
    const score = scoreReplies(
      labels,
      (await answers(dir)).map((a) => a.answer),
    );
    report('dev', score.barLine, score.summary);
    const failing = new Set(score.failures.map((line) => line.slice(0, line.indexOf(':'))));
    const unexpected = score.failures.filter(
      (line) => !(line.slice(0, line.indexOf(':')) in KNOWN_DEV_FAILURES),
    );
    const nowPassing = Object.keys(KNOWN_DEV_FAILURES).filter((file) => !failing.has(file));
    const unknown = Object.keys(KNOWN_DEV_FAILURES).filter((file) => !(file in labels));
    expect({ unexpected, nowPassing, unknown }).toEqual({ unexpected: [], nowPassing: [], unknown: [] });
  });
});

describe('the sealed part of the reply corpus', () => {
  const dir = path.join(FIXTURES, 'reply-corpus/sealed');

  it('parses every message without a parser error, and reports its score', async () => {
    const labels = readLabels(dir);
    const parsed = await answers(dir);
    expect(parsed.map((p) => p.answer.file).sort()).toEqual(Object.keys(labels).sort());
    const errors = parsed
      .filter((p) => p.parsed.notes.some((note) => /parser error/i.test(note)))
      .map((p) => p.answer.file);
    expect(errors).toEqual([]);
    if (parsed.length > 0) {
      const score = scoreReplies(
        labels,
        parsed.map((p) => p.answer),
      );
      report('sealed', score.barLine, score.summary);
      expect(score.summary.missingFiles).toBe(0);
    }
  });
});
