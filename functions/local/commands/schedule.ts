/**
 * `gratitude schedule --timezone IANA --send-hour H --confirmed-at ISO8601`: the planned week of
 * someone confirmed at that instant who never pauses, as one JSON line
 * `{"sends": [7 ISO UTC strings], "recap": ISO UTC}`. Bad input exits 2 with a message. It runs the
 * same core planner as the dispatcher and needs no running stack.
 */
import { ValidationError } from '../../core/errors';
import { planWeek } from '../../core/schedule';
import { CliUsageError, parseOptions, required } from './cli-io';

// ISO 8601 / RFC 3339 date-time with an explicit offset: without one the instant is ambiguous.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** Parses an ISO 8601 instant strictly (real calendar fields, explicit `Z` or offset). */
export function parseIsoInstant(text: string): Date | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, offH = '0', offM = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM));
  const calendarOk =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Number(offH) <= 23 &&
    Number(offM) <= 59;
  if (!calendarOk || year < 1000) return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000);
}

const FLAG_OF_FIELD: Record<string, string> = { timezone: '--timezone', sendHour: '--send-hour' };

function parseSendHour(text: string): number {
  if (!/^\d{1,2}$/.test(text) || Number(text) > 23) {
    throw new CliUsageError(`--send-hour must be a whole hour from 0 to 23, got "${text}"`);
  }
  return Number(text);
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    timezone: { type: 'string' },
    'send-hour': { type: 'string' },
    'confirmed-at': { type: 'string' },
  });
  const timezone = required(values.timezone, 'timezone');
  const sendHour = parseSendHour(required(values['send-hour'], 'send-hour'));
  const confirmedAtText = required(values['confirmed-at'], 'confirmed-at');
  const confirmedAt = parseIsoInstant(confirmedAtText);
  if (!confirmedAt) {
    throw new CliUsageError(
      `--confirmed-at must be an ISO 8601 instant with Z or an offset, e.g. 2026-03-10T09:30:00Z; got "${confirmedAtText}"`,
    );
  }
  let plan: ReturnType<typeof planWeek>;
  try {
    plan = planWeek({ timezone, sendHour, confirmedAt });
  } catch (error) {
    if (error instanceof ValidationError) {
      const flag = FLAG_OF_FIELD[error.field ?? ''] ?? '--confirmed-at';
      const givenByFlag: Record<string, string> = { '--timezone': timezone, '--send-hour': String(sendHour) };
      const given = givenByFlag[flag] ?? confirmedAtText;
      throw new CliUsageError(`${flag} "${given}": ${error.message}`);
    }
    throw error;
  }
  const line = JSON.stringify({
    sends: plan.sends.map((at) => at.toISOString()),
    recap: plan.recap.toISOString(),
  });
  process.stdout.write(`${line}\n`);
  return 0;
}
