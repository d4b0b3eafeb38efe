/**
 * `npm run demo`: a whole Gratitude Week for four people (one of them in Spanish), done together as a group
 * whose organizer creates it, confirms it and gets its summary, in under a minute, on the real local
 * stack with its own free ports and a throwaway data directory (see demo-run.ts), then a report
 * of what the service recorded. It never touches `npm start`'s ports or `.local` data.
 *
 *   npm run demo [-- --out DIR | --no-output] [--json FILE]
 *
 * `--out` (default `demo-output/` at the repository root) receives every email as `.eml` and
 * `.html`, the replies as sent, an index.html and the report; `--json` writes the report's data.
 * Ctrl-C stops at the next step, stops everything and removes the temporary data (exit 130);
 * a failure does the same and exits 1 with a message.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, prepareOutDir, reportData, writeOutput } from './demo-report';
import { DemoError, DemoInterrupted, runDemo } from './demo-run';
import { repoRoot } from './local-env';
import { LocalServiceError, PortInUseError } from './services';

const USAGE = `Usage: npm run demo [-- --out DIR | --no-output] [--json FILE]

A simulated Gratitude Week for four people (one in Spanish) on the real local stack, on free ports, with a
temporary data directory; prints a report and writes the emails to DIR (default demo-output/).`;

interface Options {
  outDir: string | null;
  jsonFile: string | null;
}

function options(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      'no-output': { type: 'boolean' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  return {
    outDir: values['no-output'] ? null : resolve(values.out ?? join(repoRoot(), 'demo-output')),
    jsonFile: values.json === undefined ? null : resolve(values.json),
  };
}

async function main(argv: string[]): Promise<number> {
  let opts: Options | 'help';
  try {
    opts = options(argv);
  } catch (error) {
    console.error(`npm run demo: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    console.log(USAGE);
    return 0;
  }
  // The SDK's notice that its releases after January 2027 need Node 22 says nothing about the demo.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // Piped into `head`, say: a closed stdout must not turn into a crash that skips the clean-up.
  process.stdout.on('error', () => {});
  quietHandlerInfoLogs();

  const aborting = new AbortController();
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (aborting.signal.aborted) {
      // A terminal and npm may both deliver one Ctrl-C; only a later one means "now".
      if (performance.now() - firstSignalAt > 2_000) {
        console.error(`${signal} again: exiting without cleaning up.`);
        process.exit(130);
      }
      return;
    }
    firstSignalAt = performance.now();
    console.log(`\n${signal}: stopping after the current step…`);
    aborting.abort();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => onSignal(signal));

  // Before anything starts: a folder that cannot be used fails at once.
  if (opts.outDir !== null) {
    try {
      await prepareOutDir(opts.outDir);
    } catch (error) {
      console.error(`npm run demo: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }

  try {
    console.log('Gratitude Week demo: one simulated week for four people, on the real local stack');
    const result = await runDemo({ signal: aborting.signal, progress: (line) => console.log(line) });
    const report = formatReport(result, opts.outDir);
    if (opts.outDir !== null) await writeOutput(result, opts.outDir, report);
    if (opts.jsonFile !== null) {
      await writeFile(opts.jsonFile, `${JSON.stringify(reportData(result, opts.outDir), null, 2)}\n`);
    }
    console.log(report);
    return 0;
  } catch (error) {
    if (aborting.signal.aborted || error instanceof DemoInterrupted) {
      console.log('Interrupted: the stack is stopped and the temporary data removed.');
      return 130;
    }
    if (error instanceof DemoError || error instanceof PortInUseError || error instanceof LocalServiceError) {
      console.error(`npm run demo: ${error.message}`);
    } else {
      console.error('npm run demo: failed:', error);
    }
    console.error('The stack is stopped and the temporary data removed.');
    return 1;
  }
}

/**
 * The handlers log one JSON line per invocation at INFO (CloudWatch's diet on AWS); here they would
 * bury the progress lines, which already say what each step did. Warnings and errors still show.
 */
function quietHandlerInfoLogs(): void {
  const log = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    const [first] = args;
    if (args.length === 1 && typeof first === 'string' && first.startsWith('{"level":"INFO"')) return;
    log(...args);
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
