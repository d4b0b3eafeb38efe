/**
 * Scores reply-parser answers against a corpus labels file with the project's scorer.
 *
 *   npx gratitude parse-reply --json DIR/*.eml | npx tsx scripts/score-replies.ts DIR/labels.json [--verbose] [--min-f1 0.9]
 *
 * Prints one failure per line with --verbose, then a JSON summary and the bar line. Exit 0 when
 * the answers meet the bar, 1 when below, 2 on a usage or input error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PUBLIC_BAR, parseAnswerLines, type ReplyLabel, scoreReplies } from '../test/support/reply-scorer';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean' }, 'min-f1': { type: 'string' } },
  });
  const labelsFile = positionals[0];
  if (!labelsFile || positionals.length > 1) {
    process.stderr.write('usage: score-replies LABELS.json < answers.jsonl [--verbose] [--min-f1 X]\n');
    return 2;
  }
  const minF1 = values['min-f1'] === undefined ? PUBLIC_BAR.minF1 : Number(values['min-f1']);
  if (!Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) {
    process.stderr.write(`score-replies: --min-f1 must be a number from 0 to 1, got ${values['min-f1']}\n`);
    return 2;
  }
  let labels: Record<string, ReplyLabel>;
  try {
    labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, ReplyLabel>;
  } catch (error) {
    process.stderr.write(`score-replies: cannot read ${labelsFile}: ${(error as Error).message}\n`);
    return 2;
  }
  const { answers, rejected } = parseAnswerLines(readFileSync(0, 'utf8'));
  if (rejected > 0)
    process.stderr.write(`score-replies: ${rejected} input line(s) were not parser answers\n`);
  const score = scoreReplies(labels, answers, { ...PUBLIC_BAR, minF1 });
  if (values.verbose) for (const line of score.failures) console.log(line);
  console.log(JSON.stringify(score.summary));
  console.log(score.barLine);
  return score.meetsBar ? 0 : 1;
}

process.exitCode = main();
