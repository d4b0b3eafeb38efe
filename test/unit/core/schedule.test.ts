/** DST and time zone rules of the week's send instants, on known dates in awkward zones. */
import fc from 'fast-check';
import { ValidationError } from '../../../functions/core/errors';
import {
  firstSendAfter,
  isValidTimeZone,
  localDateOf,
  localSendInstant,
  nextSendAfterDelivery,
  planWeek,
  representativeZoneForOffset,
} from '../../../functions/core/schedule';

const iso = (date: Date) => date.toISOString();
const at = (text: string) => new Date(text);
const HOUR = 3_600_000;

function send(timezone: string, date: string, hour: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return iso(localSendInstant(timezone, { year, month, day }, hour));
}

function gaps(dates: Date[]): number[] {
  return dates.slice(1).map((date, i) => (date.getTime() - (dates[i] as Date).getTime()) / HOUR);
}

describe('local send times in a spring-forward gap', () => {
  it.each([
    // zone, local date, hour, expected instant, what happens
    ['America/New_York', '2027-03-14', 2, '2027-03-14T07:00:00.000Z', '02:00 -> 03:00 EDT'],
    ['Europe/London', '2027-03-28', 1, '2027-03-28T01:00:00.000Z', '01:00 -> 02:00 BST'],
    ['America/Havana', '2027-03-14', 0, '2027-03-14T05:00:00.000Z', 'midnight switch: 00:00 -> 01:00 CDT'],
    ['Australia/Lord_Howe', '2026-10-04', 2, '2026-10-03T15:30:00.000Z', 'half-hour gap: 02:00 -> 02:30'],
    ['Pacific/Chatham', '2026-09-27', 3, '2026-09-26T14:15:00.000Z', '03:00 (+12:45 gap) -> 04:00 +13:45'],
  ])('%s %s at %i:00 moves forward by the gap (%s)', (zone, date, hour, expected) => {
    expect(send(zone, date, hour)).toBe(expected);
  });
});

describe('local send times that happen twice when clocks fall back', () => {
  it.each([
    ['America/New_York', '2026-11-01', 1, '2026-11-01T05:00:00.000Z', '01:00 EDT, not EST'],
    ['Europe/London', '2026-10-25', 1, '2026-10-25T00:00:00.000Z', '01:00 BST, not GMT'],
    ['America/Havana', '2026-11-01', 0, '2026-11-01T04:00:00.000Z', '00:00 CDT, not CST'],
    ['Pacific/Chatham', '2027-04-04', 3, '2027-04-03T13:15:00.000Z', '03:00 +13:45, not +12:45'],
  ])('%s %s at %i:00 takes the first occurrence (%s)', (zone, date, hour, expected) => {
    expect(send(zone, date, hour)).toBe(expected);
  });

  it('an hour just outside the overlap is read normally', () => {
    expect(send('America/New_York', '2026-11-01', 2)).toBe('2026-11-01T07:00:00.000Z');
    expect(send('America/New_York', '2026-11-01', 0)).toBe('2026-11-01T04:00:00.000Z');
  });
});

describe('zones with odd or fixed offsets', () => {
  it.each([
    ['Asia/Kolkata', '2026-06-01T02:30:00.000Z'],
    ['Asia/Calcutta', '2026-06-01T02:30:00.000Z'],
    ['Asia/Kathmandu', '2026-06-01T02:15:00.000Z'],
    ['Asia/Tokyo', '2026-05-31T23:00:00.000Z'],
    ['UTC', '2026-06-01T08:00:00.000Z'],
    ['Pacific/Chatham', '2026-05-31T19:15:00.000Z'],
    ['Australia/Lord_Howe', '2026-05-31T21:30:00.000Z'],
  ])('08:00 on 2026-06-01 in %s is %s', (zone, expected) => {
    expect(send(zone, '2026-06-01', 8)).toBe(expected);
  });

  it('a zone without DST sends every 24 hours all year', () => {
    const plan = planWeek({ timezone: 'Asia/Tokyo', sendHour: 7, confirmedAt: at('2026-03-25T00:00:00Z') });
    expect(gaps([...plan.sends, plan.recap])).toEqual([24, 24, 24, 24, 24, 24, 24]);
    expect(iso(plan.sends[0] as Date)).toBe('2026-03-25T22:00:00.000Z');
  });
});

describe('planWeek', () => {
  it('a New York week across spring forward keeps 08:00 local, one day being 23 hours', () => {
    const plan = planWeek({
      timezone: 'America/New_York',
      sendHour: 8,
      confirmedAt: at('2027-03-10T15:00:00Z'),
    });
    expect(plan.sends.map(iso)).toEqual([
      '2027-03-11T13:00:00.000Z',
      '2027-03-12T13:00:00.000Z',
      '2027-03-13T13:00:00.000Z',
      '2027-03-14T12:00:00.000Z',
      '2027-03-15T12:00:00.000Z',
      '2027-03-16T12:00:00.000Z',
      '2027-03-17T12:00:00.000Z',
    ]);
    expect(iso(plan.recap)).toBe('2027-03-18T12:00:00.000Z');
  });

  it('a New York week across fall back has one 25-hour day', () => {
    const plan = planWeek({
      timezone: 'America/New_York',
      sendHour: 8,
      confirmedAt: at('2026-10-29T00:00:00Z'),
    });
    expect(iso(plan.sends[0] as Date)).toBe('2026-10-29T12:00:00.000Z');
    expect(gaps([...plan.sends, plan.recap])).toEqual([24, 24, 25, 24, 24, 24, 24]);
  });

  it('Lord Howe shifts by half an hour: 24.5-hour and 23.5-hour days', () => {
    const autumn = planWeek({
      timezone: 'Australia/Lord_Howe',
      sendHour: 8,
      confirmedAt: at('2027-04-01T00:00:00Z'),
    });
    expect(gaps([...autumn.sends, autumn.recap])).toEqual([24, 24.5, 24, 24, 24, 24, 24]);
    const spring = planWeek({
      timezone: 'Australia/Lord_Howe',
      sendHour: 8,
      confirmedAt: at('2026-10-01T00:00:00Z'),
    });
    expect(gaps([...spring.sends, spring.recap])).toEqual([24, 23.5, 24, 24, 24, 24, 24]);
  });

  it('a send hour inside the gap is late only on the day of the switch (Chatham, 03:00)', () => {
    const plan = planWeek({
      timezone: 'Pacific/Chatham',
      sendHour: 3,
      confirmedAt: at('2026-09-24T00:00:00Z'),
    });
    expect(plan.sends.map(iso)).toEqual([
      '2026-09-24T14:15:00.000Z', // 25 Sep 03:00 +12:45
      '2026-09-25T14:15:00.000Z',
      '2026-09-26T14:15:00.000Z', // 27 Sep: 03:00 does not exist, 04:00 +13:45
      '2026-09-27T13:15:00.000Z', // 28 Sep 03:00 +13:45
      '2026-09-28T13:15:00.000Z',
      '2026-09-29T13:15:00.000Z',
      '2026-09-30T13:15:00.000Z',
    ]);
  });

  it('midnight sends in Havana survive the midnight DST switch', () => {
    const plan = planWeek({
      timezone: 'America/Havana',
      sendHour: 0,
      confirmedAt: at('2027-03-11T12:00:00Z'),
    });
    expect(plan.sends.map(iso).slice(0, 4)).toEqual([
      '2027-03-12T05:00:00.000Z', // 12 Mar 00:00 -05:00
      '2027-03-13T05:00:00.000Z',
      '2027-03-14T05:00:00.000Z', // 14 Mar: 00:00 does not exist, 01:00 -04:00
      '2027-03-15T04:00:00.000Z',
    ]);
    const dates = plan.sends.map((send) => localDateOf(send, 'America/Havana').day);
    expect(dates).toEqual([12, 13, 14, 15, 16, 17, 18]);
  });

  it('day 1 is the first send instant strictly after confirmation', () => {
    const prefs = { timezone: 'Europe/London', sendHour: 8 };
    const eightOClock = at('2026-06-01T07:00:00Z');
    expect(
      iso(planWeek({ ...prefs, confirmedAt: new Date(eightOClock.getTime() - 1) }).sends[0] as Date),
    ).toBe('2026-06-01T07:00:00.000Z');
    expect(iso(planWeek({ ...prefs, confirmedAt: eightOClock }).sends[0] as Date)).toBe(
      '2026-06-02T07:00:00.000Z',
    );
    expect(iso(firstSendAfter(prefs, at('2026-06-01T23:30:00Z')))).toBe('2026-06-02T07:00:00.000Z');
  });

  it('sends once per consecutive local date, recap on the date after day 7, in well-known zones', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/Havana',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.date({ min: at('2015-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z'), noInvalidDate: true }),
        (timezone, sendHour, confirmedAt) => {
          const plan = planWeek({ timezone, sendHour, confirmedAt });
          const all = [...plan.sends, plan.recap];
          const day1 = plan.sends[0] as Date;
          expect(plan.sends).toHaveLength(7);
          expect(day1.getTime()).toBeGreaterThan(confirmedAt.getTime());
          const first = localDateOf(day1, timezone);
          all.forEach((instant, i) => {
            const expected = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
            expect(localDateOf(instant, timezone)).toEqual({
              year: expected.getUTCFullYear(),
              month: expected.getUTCMonth() + 1,
              day: expected.getUTCDate(),
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a local date that never existed (Samoa skipped 30 December 2011) does not cause two sends at once', () => {
    const plan = planWeek({ timezone: 'Pacific/Apia', sendHour: 8, confirmedAt: at('2011-12-27T12:00:00Z') });
    const dates = [...plan.sends, plan.recap].map((send) => {
      const { month, day } = localDateOf(send, 'Pacific/Apia');
      return `${month}-${day}`;
    });
    expect(dates).toEqual(['12-27', '12-28', '12-29', '12-31', '1-1', '1-2', '1-3', '1-4']);
    expect(new Set(plan.sends.map(iso)).size).toBe(7);
  });
});

describe('nextSendAfterDelivery', () => {
  const prefs = { timezone: 'America/New_York', sendHour: 8 };

  it('an on-time send is followed by the next local date at the send hour', () => {
    expect(iso(nextSendAfterDelivery(prefs, at('2027-03-13T13:00:05Z')))).toBe('2027-03-14T12:00:00.000Z');
  });

  it('after days of downtime the next prompt follows the late one by a local day, not in a burst', () => {
    // Day 2 was due on 1 June; the service came back and sent it on 5 June at 15:00 local.
    expect(iso(nextSendAfterDelivery(prefs, at('2026-06-05T19:00:00Z')))).toBe('2026-06-06T12:00:00.000Z');
  });

  it('a prompt sent late just after midnight makes the next one due the following date, not the same morning', () => {
    // 00:30 local on 10 June: 08:00 on 10 June is still ahead, but 10 June already had its prompt.
    expect(iso(nextSendAfterDelivery(prefs, at('2026-06-10T04:30:00Z')))).toBe('2026-06-11T12:00:00.000Z');
  });

  it('agrees with planWeek when every send is on time', () => {
    const plan = planWeek({ ...prefs, confirmedAt: at('2026-10-28T20:00:00Z') });
    const chained = [plan.sends[0] as Date];
    for (let i = 0; i < 7; i++) chained.push(nextSendAfterDelivery(prefs, chained[i] as Date));
    expect(chained.map(iso)).toEqual([...plan.sends, plan.recap].map(iso));
  });
});

describe('localDateOf', () => {
  it('reads the date in the zone, not in UTC', () => {
    expect(localDateOf(at('2027-01-01T03:00:00Z'), 'America/New_York')).toEqual({
      year: 2026,
      month: 12,
      day: 31,
    });
    expect(localDateOf(at('2026-12-31T11:00:00Z'), 'Pacific/Kiritimati')).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
  });
});

describe('validation', () => {
  function errorOf(fn: () => unknown): ValidationError {
    try {
      fn();
    } catch (error) {
      if (error instanceof ValidationError) return error;
      throw error;
    }
    throw new Error('expected a ValidationError');
  }

  it.each(['Mars/Base', '', 'America/New York', '+05:30', 'EST+5', 'America/New_York\n', 42, null])(
    'refuses the time zone %p',
    (timezone) => {
      const error = errorOf(() =>
        planWeek({ timezone: timezone as string, sendHour: 8, confirmedAt: at('2026-01-01T00:00:00Z') }),
      );
      expect([error.code, error.field, error.status]).toEqual(['invalid_timezone', 'timezone', 400]);
      expect(isValidTimeZone(timezone)).toBe(false);
    },
  );

  it.each(['UTC', 'Asia/Calcutta', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'EST5EDT'])(
    'accepts the IANA name %s',
    (timezone) => {
      expect(isValidTimeZone(timezone)).toBe(true);
    },
  );

  it.each([-1, 24, 8.5, Number.NaN, '8', undefined])('refuses the send hour %p', (sendHour) => {
    const error = errorOf(() =>
      planWeek({ timezone: 'UTC', sendHour: sendHour as number, confirmedAt: at('2026-01-01T00:00:00Z') }),
    );
    expect([error.code, error.field]).toEqual(['invalid_send_hour', 'sendHour']);
  });

  it('refuses an invalid instant and a date that is not on the calendar', () => {
    expect(
      errorOf(() => planWeek({ timezone: 'UTC', sendHour: 8, confirmedAt: new Date('nope') })).code,
    ).toBe('invalid_instant');
    expect(errorOf(() => localSendInstant('UTC', { year: 2026, month: 2, day: 29 }, 8)).code).toBe(
      'invalid_date',
    );
  });
});

describe('representativeZoneForOffset', () => {
  it.each([
    [-300, '2026-01-15T12:00:00Z', 'America/New_York'],
    [-240, '2026-07-15T12:00:00Z', 'America/New_York'],
    [-240, '2026-01-15T12:00:00Z', 'America/Halifax'],
    [0, '2026-01-15T12:00:00Z', 'Europe/London'],
    [0, '2026-07-15T12:00:00Z', 'UTC'],
    [60, '2026-07-15T12:00:00Z', 'Europe/London'],
    [60, '2026-01-15T12:00:00Z', 'Europe/Paris'],
    [330, '2026-07-15T12:00:00Z', 'Asia/Kolkata'],
    [345, '2026-07-15T12:00:00Z', 'Asia/Kathmandu'],
    [-210, '2026-01-15T12:00:00Z', 'America/St_Johns'],
    [825, '2026-01-15T12:00:00Z', 'Pacific/Chatham'],
    [660, '2026-01-15T12:00:00Z', 'Australia/Sydney'],
  ])('%i minutes at %s is %s', (offset, instant, zone) => {
    expect(representativeZoneForOffset(offset, at(instant))).toBe(zone);
  });

  it('without an instant, matches a standard (winter) offset', () => {
    expect(representativeZoneForOffset(-300)).toBe('America/New_York');
    expect(representativeZoneForOffset(-480)).toBe('America/Los_Angeles');
    expect(representativeZoneForOffset(600)).toBe('Australia/Brisbane');
  });

  it('falls back to the nearest whole-hour Etc zone, whose sign is inverted', () => {
    expect(representativeZoneForOffset(-720)).toBe('Etc/GMT+12');
    expect(representativeZoneForOffset(37)).toBe('Etc/GMT-1');
    expect(representativeZoneForOffset(5000)).toBe('Etc/GMT-14');
    expect(representativeZoneForOffset(Number.NaN)).toBe('UTC');
  });

  it('always names a valid zone that observes the offset when it is a whole hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -12, max: 14 }),
        fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z'), noInvalidDate: true }),
        (hours, instant) => {
          const zone = representativeZoneForOffset(hours * 60, instant);
          expect(isValidTimeZone(zone)).toBe(true);
          // The zone observes the offset at `instant`: its wall clock reads UTC + offset.
          const wall = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            hour: '2-digit',
            minute: '2-digit',
          }).format(instant);
          const shifted = new Date(instant.getTime() + hours * HOUR).toISOString().slice(11, 16);
          expect(wall).toBe(shifted);
        },
      ),
      { numRuns: 300 },
    );
  });
});
