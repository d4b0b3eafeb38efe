/**
 * The `gratitude schedule` command, run as a user runs it (the real bin, in a child process): one
 * JSON line on success, exit 2 with a message for bad input.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { planWeek } from '../../../functions/core/schedule';
import { CliUsageError } from '../../../functions/local/commands/cli-io';
import { parseIsoInstant, run } from '../../../functions/local/commands/schedule';

const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'gratitude.cjs');
const execFileAsync = promisify(execFile);

async function gratitude(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [BIN, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const NOON = '2026-01-01T12:00:00Z';

jest.setTimeout(60_000);

describe('gratitude schedule', () => {
  it('prints the planned week as one JSON line, the same as the core planner', async () => {
    const result = await gratitude(
      'schedule',
      '--timezone',
      'America/New_York',
      '--send-hour',
      '8',
      '--confirmed-at',
      '2027-03-10T15:00:00Z',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0] as string);
    expect(output).toEqual({
      sends: [
        '2027-03-11T13:00:00.000Z',
        '2027-03-12T13:00:00.000Z',
        '2027-03-13T13:00:00.000Z',
        '2027-03-14T12:00:00.000Z',
        '2027-03-15T12:00:00.000Z',
        '2027-03-16T12:00:00.000Z',
        '2027-03-17T12:00:00.000Z',
      ],
      recap: '2027-03-18T12:00:00.000Z',
    });
    const plan = planWeek({
      timezone: 'America/New_York',
      sendHour: 8,
      confirmedAt: new Date('2027-03-10T15:00:00Z'),
    });
    expect(output.sends).toEqual(plan.sends.map((d) => d.toISOString()));
  });

  it('accepts an offset instant, a zero-padded hour and a zone link', async () => {
    const result = await gratitude(
      'schedule',
      '--timezone=Asia/Calcutta',
      '--send-hour=07',
      '--confirmed-at=2026-01-05T23:59:59.999+05:30',
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.sends[0]).toBe('2026-01-06T01:30:00.000Z');
    expect(output.recap).toBe('2026-01-13T01:30:00.000Z');
  });

  // Spawned concurrently: each run pays for the TypeScript loader's start-up.
  it.concurrent.each([
    [
      'an unknown zone',
      ['--timezone', 'Mars/Olympus_Mons', '--send-hour', '8', '--confirmed-at', NOON],
      /--timezone/,
    ],
    ['hour 24', ['--timezone', 'UTC', '--send-hour', '24', '--confirmed-at', NOON], /--send-hour/],
    [
      'a bad instant',
      ['--timezone', 'UTC', '--send-hour', '8', '--confirmed-at', '2026-02-30T00:00:00Z'],
      /--confirmed-at/,
    ],
  ])('exits 2 with a message for %s', async (_what, args, message) => {
    const result = await gratitude('schedule', ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

describe('the schedule command in process', () => {
  async function usageError(args: string[]): Promise<string> {
    const outcome = await run(args).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(CliUsageError);
    return (outcome as CliUsageError).message;
  }

  it.each([
    ['a fractional hour', ['--timezone', 'UTC', '--send-hour', '8.5', '--confirmed-at', NOON], /send-hour/],
    ['a negative hour', ['--timezone', 'UTC', '--send-hour=-1', '--confirmed-at', NOON], /send-hour/],
    ['an empty zone', ['--timezone', '', '--send-hour', '8', '--confirmed-at', NOON], /missing --timezone/],
    [
      'a bare offset as zone',
      ['--timezone', '+05:30', '--send-hour', '8', '--confirmed-at', NOON],
      /--timezone/,
    ],
    [
      'an instant without an offset',
      ['--timezone', 'UTC', '--send-hour', '8', '--confirmed-at', '2026-01-01T00:00:00'],
      /confirmed-at/,
    ],
    [
      'a date only',
      ['--timezone', 'UTC', '--send-hour', '8', '--confirmed-at', '2026-01-01'],
      /confirmed-at/,
    ],
    [
      'a year out of range',
      ['--timezone', 'UTC', '--send-hour', '8', '--confirmed-at', '1850-01-01T00:00:00Z'],
      /confirmed-at/,
    ],
    ['a missing option', ['--timezone', 'UTC', '--send-hour', '8'], /missing --confirmed-at/],
    [
      'an unknown option',
      ['--timezone', 'UTC', '--send-hour', '8', '--confirmed-at', NOON, '--days', '3'],
      /days/,
    ],
  ])('refuses %s as a usage error (exit 2)', async (_what, args, message) => {
    expect(await usageError(args)).toMatch(message);
  });

  it.each([
    ['2026-03-10T09:30:00Z', '2026-03-10T09:30:00.000Z'],
    ['2026-03-10T09:30Z', '2026-03-10T09:30:00.000Z'],
    ['2026-03-10 09:30:00+01:00', '2026-03-10T08:30:00.000Z'],
    ['2026-03-10T09:30:00.123456-0500', '2026-03-10T14:30:00.123Z'],
    ['2024-02-29T23:59:59z', '2024-02-29T23:59:59.000Z'],
  ])('reads the instant %s as %s', (text, expected) => {
    expect(parseIsoInstant(text)?.toISOString()).toBe(expected);
  });

  it.each([
    '2026-13-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T00:60:00Z',
    '2026-01-01T00:00:00+24:00',
    'yesterday',
  ])('does not read %s as an instant', (text) => {
    expect(parseIsoInstant(text)).toBeUndefined();
  });
});
