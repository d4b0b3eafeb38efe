/**
 * Scores the project's labelled replies with the project's scorer, each part on its own: the
 * hand-written fixtures, the corpus's development part and its sealed part.
 *
 *   npm run score:corpus [-- --verbose]      (or SCORE_VERBOSE=1 npm run score:corpus)
 *   npm run score:corpus -- --cases 'sealed-(3|4)'   only the files whose name matches, e.g. one batch
 *
 * Exit 0 always when every part could be read: the bars are the tests' business, this reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReply } from '../../functions/core/reply';
import { type ParserAnswer, type ReplyLabel, scoreReplies } from '../../test/support/reply-scorer';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const PARTS: Record<string, string> = {
  fixtures: path.join(FIXTURES, 'replies'),
  dev: path.join(FIXTURES, 'reply-corpus/dev'),
  sealed: path.join(FIXTURES, 'reply-corpus/sealed'),
};

async function main(): Promise<number> {
  const verbose = process.argv.includes('--verbose') || process.env.SCORE_VERBOSE === '1';
  const casesAt = process.argv.indexOf('--cases');
  const only = casesAt > 0 ? new RegExp(`^(?:${process.argv[casesAt + 1] ?? ''})`) : null;
  for (const [name, dir] of Object.entries(PARTS)) {
    const labelsFile = path.join(dir, 'labels.json');
    if (!existsSync(labelsFile)) {
      console.log(`${name}: no labelled replies yet (${path.relative(process.cwd(), dir)})`);
      continue;
    }
    const all = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, ReplyLabel>;
    const labels = Object.fromEntries(Object.entries(all).filter(([file]) => !only || only.test(file)));
    if (Object.keys(labels).length === 0) continue;
    const answers: ParserAnswer[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml') && (!only || only.test(f)))) {
      const parsed = await parseReply(readFileSync(path.join(dir, file)));
      answers.push({ file, ...parsed });
    }
    const score = scoreReplies(labels, answers);
    if (verbose) for (const line of score.failures) console.log(`  ${line}`);
    console.log(`${name}: ${JSON.stringify(score.summary)}`);
    console.log(`${name}: ${score.barLine}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
