import {
  channelCounts,
  closeGroup,
  confirmGroup,
  dashboardOf,
  emptyCounts,
  everyoneRecapped,
  groupDayOne,
  newGroupCode,
  normalizeGroupCode,
  parseIsoDate,
  summaryDeadline,
  summaryDue,
  summaryKind,
  thanksChange,
  validGroupName,
  validStartDate,
} from '../../../functions/core/group';
import { confirm, leftGroupWeek, restart, suppress, unsubscribe } from '../../../functions/core/subscriber';
import { aSubscriber } from '../../builders/deps';
import { aGroup } from '../../contract/group-store.contract';

describe('join codes', () => {
  it('are seven characters of an alphabet without i, l, o and u', () => {
    for (let i = 0; i < 200; i++) {
      const code = newGroupCode(Uint8Array.from({ length: 7 }, () => Math.floor(Math.random() * 256)));
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{7}$/);
    }
  });

  it('read as typed: any case, spaces and dashes, o for 0 and l or i for 1', () => {
    expect(normalizeGroupCode('K7M-4P2 X')).toBe('k7m4p2x');
    expect(normalizeGroupCode('abo1lcd')).toBe('ab011cd');
    expect(normalizeGroupCode('abcdefgh')).toBeNull();
    expect(normalizeGroupCode('abcdeu1')).toBeNull();
    expect(normalizeGroupCode(42)).toBeNull();
    expect(normalizeGroupCode('a'.repeat(100))).toBeNull();
  });
});

describe('start date and name', () => {
  const now = new Date('2026-12-03T23:30:00Z'); // already the 4th in Berlin

  it('accepts today in the organizer zone and up to a year ahead', () => {
    expect(validStartDate('2026-12-04', 'Europe/Berlin', now)).toBe('2026-12-04');
    expect(validStartDate('2027-12-04', 'Europe/Berlin', now)).toBe('2027-12-04');
  });

  it('refuses past dates, dates too far ahead and anything that is not a real date', () => {
    for (const bad of ['2026-12-03', '2028-01-01', '2026-02-30', '12/07/2026', '', null, 20261207]) {
      expect(() => validStartDate(bad, 'Europe/Berlin', now)).toThrow(
        expect.objectContaining({ code: 'invalid_start_date', field: 'startDate' }),
      );
    }
    expect(parseIsoDate('2026-02-29')).toBeNull();
  });

  it('keeps a name on one line and refuses an empty or long one', () => {
    expect(validGroupName('  Team\nAlpha\u202e ')).toBe('Team Alpha');
    expect(() => validGroupName('')).toThrow(expect.objectContaining({ code: 'invalid_group_name' }));
    expect(() => validGroupName('x'.repeat(81))).toThrow(expect.objectContaining({ field: 'name' }));
  });
});

describe("a member's day 1", () => {
  const prefs = { timezone: 'America/New_York', sendHour: 8 };

  it('is the send hour of the start date for someone who confirmed before it', () => {
    const day1 = groupDayOne(prefs, '2026-12-07', new Date('2026-12-01T15:00:00Z'));
    expect(day1.toISOString()).toBe('2026-12-07T13:00:00.000Z');
  });

  it('is the send hour of the start date when they confirm on its eve, late at night locally', () => {
    // 23:30 on the 6th in New York is already the 7th in UTC.
    const day1 = groupDayOne(prefs, '2026-12-07', new Date('2026-12-07T04:30:00Z'));
    expect(day1.toISOString()).toBe('2026-12-07T13:00:00.000Z');
  });

  it('is the first send instant after confirming for someone who joined late', () => {
    expect(groupDayOne(prefs, '2026-12-07', new Date('2026-12-07T14:00:00Z')).toISOString()).toBe(
      '2026-12-08T13:00:00.000Z',
    );
    expect(groupDayOne(prefs, '2026-12-07', new Date('2026-12-09T12:00:00Z')).toISOString()).toBe(
      '2026-12-09T13:00:00.000Z',
    );
  });

  it('is what confirming a member schedules; without a group nothing changes', () => {
    const at = new Date('2026-12-01T15:00:00Z');
    const member = aSubscriber({
      group: { groupId: 'g', code: 'k7m4p2x', startDate: '2026-12-07', week: 1 },
    });
    expect(confirm(member, at).nextSendAt).toBe('2026-12-07T13:00:00.000Z');
    expect(confirm(aSubscriber(), at).nextSendAt).toBe('2026-12-02T13:00:00.000Z');
    // A later week (after RESTART) is their own again.
    const later = aSubscriber({
      week: 2,
      group: { groupId: 'g', code: 'k7m4p2x', startDate: '2026-12-07', week: 1 },
    });
    expect(confirm(later, at).nextSendAt).toBe('2026-12-02T13:00:00.000Z');
  });
});

describe('group lifecycle', () => {
  it('opens once confirmed and closes its join link; both idempotent', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const open = confirmGroup(aGroup(), now);
    expect(open).toMatchObject({ status: 'open', confirmedAt: now.toISOString() });
    expect(confirmGroup(open, new Date())).toBe(open);
    const closed = closeGroup(open);
    expect(closed.status).toBe('closed');
    expect(confirmGroup(closed, now)).toBe(closed);
    expect(closeGroup(closed)).toBe(closed);
  });
});

describe("the organizer's summary", () => {
  const group = { startDate: '2026-12-07', timezone: 'America/Los_Angeles' };
  const none = { members: 3, recapped: 0, paused: 0 };

  it('has a deadline three days after the group week ends in the organizer zone: the 17th at midnight there', () => {
    expect(summaryDeadline(group).toISOString()).toBe('2026-12-17T08:00:00.000Z');
    expect(summaryDeadline({ startDate: '2026-03-02', timezone: 'Europe/Berlin' }).toISOString()).toBe(
      '2026-03-11T23:00:00.000Z',
    );
    // The deadline falls after every on-time recap, from the first zone to the last: a member at
    // UTC-12 with a 23:00 send hour has theirs on the 14th at 23:00 there (the 15th, 11:00 UTC), an organizer at UTC+14
    // reaches the 17th 23 hours later.
    const kiribati = summaryDeadline({ startDate: '2026-12-07', timezone: 'Pacific/Kiritimati' });
    expect(kiribati.getTime()).toBeGreaterThan(Date.parse('2026-12-15T11:00:00Z'));
  });

  it('is due at its deadline whatever the members are doing, and not a minute before', () => {
    expect(summaryDue(group, none, new Date('2026-12-17T07:59:00Z'))).toBe(false);
    expect(summaryDue(group, none, new Date('2026-12-17T08:00:00Z'))).toBe(true);
    // Everyone left, or everyone paused: the deadline still sends it.
    expect(summaryDue(group, { members: 0, recapped: 0, paused: 0 }, new Date('2026-12-17T08:00:00Z'))).toBe(
      true,
    );
    expect(summaryDue(group, { members: 3, recapped: 0, paused: 3 }, new Date('2026-12-17T08:00:00Z'))).toBe(
      true,
    );
  });

  it('is due earlier when every member, all in zones ahead, has had their recap', () => {
    // Tokyo's recaps go out on the 14th at 08:00 there: still the 13th in Los Angeles.
    const at = new Date('2026-12-13T23:00:00Z');
    expect(summaryDue(group, { members: 3, recapped: 2, paused: 0 }, at)).toBe(false);
    expect(summaryDue(group, { members: 3, recapped: 3, paused: 0 }, at)).toBe(true);
    expect(summaryDue(group, { members: 0, recapped: 0, paused: 0 }, at)).toBe(false);
  });

  it('does not wait for a member who paused: the last active recap sends it', () => {
    const at = new Date('2026-12-14T20:00:00Z');
    expect(summaryDue(group, { members: 3, recapped: 2, paused: 1 }, at)).toBe(true);
    expect(summaryDue(group, { members: 4, recapped: 2, paused: 1 }, at)).toBe(false);
    // Nobody finished: a group everyone paused waits for its deadline.
    expect(summaryDue(group, { members: 3, recapped: 0, paused: 3 }, at)).toBe(false);
  });

  it('says the numbers, that they stay private, or what became of a group nobody is doing the week in', () => {
    expect(summaryKind({ members: 3, left: 0 })).toBe('numbers');
    expect(summaryKind({ members: 2, left: 5 })).toBe('withheld');
    expect(summaryKind({ members: 0, left: 3 })).toBe('everyone-left');
    expect(summaryKind({ members: 0, left: 0 })).toBe('nobody-joined');
  });
});

describe('members who leave', () => {
  const membership = { groupId: 'g', code: 'k7m2qpx', startDate: '2026-12-07', week: 1 };
  const now = new Date('2026-12-09T12:00:00Z');
  const member = confirm(aSubscriber({ group: membership }), new Date('2026-12-01T12:00:00Z'));

  it('have left their group week when they stop, are suppressed or start another week', () => {
    expect(leftGroupWeek(member)).toBe(false);
    expect(leftGroupWeek(unsubscribe(member, now))).toBe(true);
    expect(leftGroupWeek(suppress(member, now))).toBe(true);
    expect(leftGroupWeek(restart(member, now))).toBe(true);
    expect(leftGroupWeek(aSubscriber())).toBe(false);
  });

  it('no longer hold the summary back: it waits for the recaps of those who stay', () => {
    expect(everyoneRecapped({ members: 2, recapped: 2, paused: 0 })).toBe(true);
    expect(everyoneRecapped({ members: 3, recapped: 2, paused: 0 })).toBe(false);
    // A group nobody stayed in waits for its deadline.
    expect(everyoneRecapped({ members: 0, recapped: 0, paused: 0 })).toBe(false);
  });
});

describe('a log edit in the group counts', () => {
  const greg = { name: 'Greg', channel: 'call' as const };
  const craig = { name: 'Craig', channel: 'call' as const };
  const anna = { name: 'Anna', channel: null };

  it('takes a removed person off their day and channel', () => {
    expect(thanksChange([{ day: 2, thanked: [greg, anna] }], [{ day: 2, thanked: [anna] }])).toEqual({
      thanks: [0, -1, 0, 0, 0, 0, 0],
      channels: { call: -1 },
    });
  });

  it('moves a reply to the day it was for, and adds the people a correction names', () => {
    expect(
      thanksChange(
        [{ day: 2, thanked: [greg] }],
        [
          { day: 3, thanked: [greg] },
          { day: 3, thanked: [anna] },
        ],
      ),
    ).toEqual({ thanks: [0, -1, 2, 0, 0, 0, 0], channels: {} });
  });

  it('changes nothing for a renamed person, and ignores days outside the week', () => {
    expect(
      thanksChange(
        [
          { day: 2, thanked: [greg] },
          { day: 0, thanked: [anna] },
        ],
        [{ day: 2, thanked: [craig] }],
      ),
    ).toEqual({ thanks: [0, 0, 0, 0, 0, 0, 0], channels: {} });
  });
});

describe('the dashboard numbers', () => {
  const counts = {
    joined: 4,
    members: 3,
    replied: [2, 1, 0, 0, 0, 0, 0],
    thanks: [3, 2, 0, 0, 0, 0, 0],
    channels: { call: 2, message: 1, email: 0, letter: 0, 'in-person': 0, video: 0 },
    recapped: 0,
    paused: 0,
    left: 0,
  };

  it('gives members, replies and thanks per day and the total', () => {
    const group = aGroup({ status: 'open' });
    expect(dashboardOf(group, counts)).toEqual({
      name: group.name,
      code: group.code,
      startDate: group.startDate,
      members: 3,
      days: [
        { day: 1, replied: 2, thanks: 3 },
        { day: 2, replied: 1, thanks: 2 },
        ...[3, 4, 5, 6, 7].map((day) => ({ day, replied: 0, thanks: 0 })),
      ],
      thanksTotal: 5,
      channels: { call: 2, message: 1, email: 0, letter: 0, 'in-person': 0, video: 0 },
      withheld: false,
      open: true,
    });
  });

  it('counts thanks by channel, leaving out those whose reply did not say', () => {
    expect(
      channelCounts([
        { channel: 'call' },
        { channel: null },
        {},
        { channel: 'call' },
        { channel: 'in-person' },
      ]),
    ).toEqual({ call: 2, 'in-person': 1 });
  });

  it('withholds every count below three members, so nobody can be singled out', () => {
    const view = dashboardOf(aGroup(), { ...counts, members: 2 });
    expect(view).toMatchObject({
      members: 2,
      days: [],
      thanksTotal: null,
      channels: null,
      withheld: true,
      open: false,
    });
    expect(dashboardOf(aGroup(), emptyCounts()).withheld).toBe(true);
  });
});
