/** Small shared helpers for CLI commands: option parsing and the usage error (exit 2). */
import { parseArgs } from 'node:util';

export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** Parses `--name value` options strictly; unknown options are a usage error. */
export function parseOptions<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Returns the option's value or throws a usage error naming it. */
export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new CliUsageError(`missing --${flag}`);
  return value;
}
