/**
 * The schedule agrees with an independent implementation of the same rules: the Temporal polyfill's
 * ZonedDateTime with `disambiguation: 'compatible'`, on every zone the runtime knows, random dates
 * and hours 2000-2040, and especially around each zone's real transitions, where DST bugs live.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { localSendInstant, planWeek } from '../../../functions/core/schedule';

const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Asia/Kolkata', 'Etc/GMT+5', 'Etc/GMT-14'];
// ORACLE_SCALE=20 runs twenty times as many random cases, for a deeper look after a change.
const SCALE = Math.max(1, Number(process.env.ORACLE_SCALE) || 1);
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2040, 11, 31);

// ---- the oracle: the week's rule written with Temporal ----

function compatible(timezone: string, date: Temporal.PlainDate, hour: number): Temporal.ZonedDateTime {
  return date.toPlainDateTime({ hour }).toZonedDateTime(timezone, { disambiguation: 'compatible' });
}

function oracleWeek(timezone: string, hour: number, confirmedMs: number): number[] {
  // Day 1: the first send instant strictly after confirmation.
  let date = Temporal.Instant.fromEpochMilliseconds(confirmedMs).toZonedDateTimeISO(timezone).toPlainDate();
  date = date.subtract({ days: 1 });
  let send = compatible(timezone, date, hour);
  while (send.epochMilliseconds <= confirmedMs) {
    date = date.add({ days: 1 });
    send = compatible(timezone, date, hour);
  }
  const week = [send.epochMilliseconds];
  // Then the send hour of the local date after the previous send's, for days 2..7 and the recap.
  while (week.length < 8) {
    const previous = send;
    date = previous.toPlainDate();
    do {
      date = date.add({ days: 1 });
      send = compatible(timezone, date, hour);
    } while (send.epochMilliseconds <= previous.epochMilliseconds);
    week.push(send.epochMilliseconds);
  }
  return week;
}

function mine(timezone: string, date: Temporal.PlainDate, hour: number): number {
  return localSendInstant(timezone, { year: date.year, month: date.month, day: date.day }, hour).getTime();
}

/** Every hour on the local dates either side of a transition that could be touched by it. */
function hoursAround(transition: Temporal.ZonedDateTime): Array<[Temporal.PlainDate, number]> {
  const before = transition.subtract({ nanoseconds: 1 });
  const out: Array<[Temporal.PlainDate, number]> = [];
  for (const wall of [before.toPlainDateTime(), transition.toPlainDateTime()]) {
    for (let delta = -1; delta <= 1; delta++) {
      const shifted = wall.add({ hours: delta });
      out.push([shifted.toPlainDate(), shifted.hour]);
    }
  }
  return out;
}

const instantMs = fc.integer({ min: FROM, max: TO });
const zone = fc.constantFrom(...ZONES);
const hour = fc.integer({ min: 0, max: 23 });

describe('agreement with Temporal (compatible disambiguation)', () => {
  it('localSendInstant matches on random zones, dates and hours', () => {
    fc.assert(
      fc.property(zone, instantMs, hour, (timezone, ms, sendHour) => {
        const date = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('UTC').toPlainDate();
        expect(mine(timezone, date, sendHour)).toBe(compatible(timezone, date, sendHour).epochMilliseconds);
      }),
      { numRuns: 1000 * SCALE },
    );
  });

  it('planWeek matches on random zones, confirmation instants and hours', () => {
    fc.assert(
      fc.property(zone, instantMs, hour, (timezone, confirmedMs, sendHour) => {
        const plan = planWeek({ timezone, sendHour, confirmedAt: new Date(confirmedMs) });
        expect([...plan.sends, plan.recap].map((d) => d.getTime())).toEqual(
          oracleWeek(timezone, sendHour, confirmedMs),
        );
      }),
      { numRuns: 200 * SCALE },
    );
  });

  it('localSendInstant and planWeek match around random transitions of random zones', () => {
    fc.assert(
      fc.property(zone, instantMs, fc.integer({ min: 0, max: 5 }), (timezone, ms, daysBefore) => {
        const start = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timezone);
        const transition = start.getTimeZoneTransition('next');
        if (!transition || transition.epochMilliseconds > TO) return;
        for (const [date, h] of hoursAround(transition)) {
          expect([timezone, date.toString(), h, mine(timezone, date, h)]).toEqual([
            timezone,
            date.toString(),
            h,
            compatible(timezone, date, h).epochMilliseconds,
          ]);
        }
        // A week that straddles the transition, at the hour it happened.
        const sendHour = transition.subtract({ nanoseconds: 1 }).hour;
        const confirmedMs = transition.epochMilliseconds - (daysBefore * 24 + 3) * 3_600_000;
        const plan = planWeek({ timezone, sendHour, confirmedAt: new Date(confirmedMs) });
        expect([...plan.sends, plan.recap].map((d) => d.getTime())).toEqual(
          oracleWeek(timezone, sendHour, confirmedMs),
        );
      }),
      { numRuns: 400 * SCALE },
    );
  });

  it('localSendInstant matches at every transition of every zone in 2026 and 2027', () => {
    const end = Temporal.Instant.fromEpochMilliseconds(Date.UTC(2028, 0, 1));
    let checked = 0;
    for (const timezone of ZONES) {
      let cursor = Temporal.Instant.fromEpochMilliseconds(Date.UTC(2026, 0, 1)).toZonedDateTimeISO(timezone);
      for (;;) {
        const transition = cursor.getTimeZoneTransition('next');
        if (!transition || Temporal.Instant.compare(transition.toInstant(), end) >= 0) break;
        for (const [date, h] of hoursAround(transition)) {
          expect([timezone, date.toString(), h, mine(timezone, date, h)]).toEqual([
            timezone,
            date.toString(),
            h,
            compatible(timezone, date, h).epochMilliseconds,
          ]);
          checked++;
        }
        cursor = transition;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a day that Samoa skipped in 2011 is handled the way Temporal handles it', () => {
    const date = Temporal.PlainDate.from('2011-12-30');
    for (let h = 0; h < 24; h++)
      expect(mine('Pacific/Apia', date, h)).toBe(compatible('Pacific/Apia', date, h).epochMilliseconds);
    const confirmedMs = Date.UTC(2011, 11, 27, 12);
    const plan = planWeek({ timezone: 'Pacific/Apia', sendHour: 8, confirmedAt: new Date(confirmedMs) });
    expect([...plan.sends, plan.recap].map((d) => d.getTime())).toEqual(
      oracleWeek('Pacific/Apia', 8, confirmedMs),
    );
  });
});
