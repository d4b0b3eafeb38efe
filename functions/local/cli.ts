/**
 * `gratitude` command line. Each command lives in `commands/<name>.ts` and is loaded only when
 * used, so `parse-reply` and `schedule` start fast and never touch the network.
 */
import { CliUsageError } from './commands/cli-io';

// A command's stdout is its answer (one JSON line for `tick`, `export`, ...): the handlers it runs
// keep their INFO lines and metrics to themselves; warnings and errors still reach stderr.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

type Command = { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  'parse-reply': {
    summary: 'parse-reply [--json] FILE...        parse raw reply emails (.eml), one JSON line each',
    load: () => import('./commands/parse-reply'),
  },
  schedule: {
    summary: 'schedule --timezone IANA --send-hour H --confirmed-at ISO   the planned week',
    load: () => import('./commands/schedule'),
  },
  tick: {
    summary: 'tick --at ISO                        one scheduler pass against the local stack',
    load: () => import('./commands/tick'),
  },
  export: {
    summary: 'export --email ADDRESS               one subscriber as JSON, from the local stack',
    load: () => import('./commands/export'),
  },
  group: {
    summary: 'group --code CODE                    a group dashboard as JSON, from the local stack',
    load: () => import('./commands/group'),
  },
  'mail-event': {
    summary: 'mail-event --type bounce|soft-bounce|complaint --email ADDRESS   feed an SES event',
    load: () => import('./commands/mail-event'),
  },
};

function usage(): string {
  return [
    'Usage: gratitude <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`gratitude: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (error) {
    if (error instanceof CliUsageError) {
      console.error(`gratitude ${name}: ${error.message}`);
      return 2;
    }
    console.error(`gratitude ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
