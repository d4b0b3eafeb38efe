/**
 * Groups: a workshop, a team or a class doing the week together. An organizer creates a group
 * (pending until they confirm by email), hands out its short join code, and sees counts only:
 * members confirmed, members who replied and people thanked per day. Never an address, a name or
 * a word a member wrote; below `MIN_MEMBERS_TO_SHOW` members the numbers are withheld so nobody
 * can be singled out.
 *
 *   pending --confirm--> open --close--> closed        any --delete--> gone (members keep their weeks)
 *
 * Pure: time comes in as arguments.
 */
import { CHANNELS, type Channel, isChannel } from './channels';
import { AppError, ValidationError } from './errors';
import type { Language } from './language';
import {
  addDays,
  firstSendAfter,
  type LocalDate,
  localDateOf,
  localSendInstant,
  type SendPreferences,
} from './schedule';
import { DAYS_IN_WEEK } from './week';

export const GROUP_STATUSES = ['pending', 'open', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A group holds at most this many members (seats are taken at sign-up). */
export const MAX_GROUP_MEMBERS = 500;
/** Fewer confirmed members than this and the dashboard shows no numbers. */
export const MIN_MEMBERS_TO_SHOW = 3;
/** How far ahead a group may start: a workshop is planned weeks ahead, not years. */
export const MAX_DAYS_AHEAD = 366;
const MAX_GROUP_NAME = 80;

export interface Group {
  /** Random id (the same shape as a subscriber id): what signed links carry. */
  id: string;
  /** The join code: short, lower case, read aloud and typed from a slide. */
  code: string;
  name: string;
  organizerEmail: string;
  organizerEmailKey: string;
  /** YYYY-MM-DD: day 1 of every member who joined before it. */
  startDate: string;
  /** The organizer's zone: where "the start date has passed" is read for them. */
  timezone: string;
  /** The organizer's language (their emails and dashboard). */
  language: Language;
  status: GroupStatus;
  createdAt: string;
  confirmedAt: string | null;
  version: number;
}

/** What a member's subscriber record says about their group, for the week they joined it for. */
export interface Membership {
  groupId: string;
  code: string;
  startDate: string;
  /** The member's week that counts for the group (a later RESTART does not). */
  week: number;
}

/**
 * The counters, kept as things happen (never recomputed from members).
 *
 * Leaving (STOP, a bounce, a new week, deleted data) gives the seat back and lowers `members`, so
 * the dashboard and the summary count the people doing the week. What a member who left did
 * before stays counted: the day rows and channels record what happened on each day (the people
 * were thanked; the organizer may have seen those numbers already, and a day's count falling
 * later would read as lost data), and they name nobody, so there is nothing personal in them to
 * erase. A day's `replied` can therefore exceed `members` after people left. A member whose recap
 * went out did the whole week: leaving afterwards (to stop the reconnect, to start a new week)
 * changes no count, so a finished group's numbers and its summary stay as they were.
 */
export interface GroupCounts {
  /** Seats taken at sign-up (pending and confirmed) and not given back: what the 500 limit counts. */
  joined: number;
  /** Members who confirmed and did not leave before their recap. */
  members: number;
  /** Per day 1..7: members who replied that day, people thanked that day. */
  replied: number[];
  thanks: number[];
  /** People thanked over the week by how the thanks was given, when the reply said it. */
  channels: Record<Channel, number>;
  /** Members whose recap went out (each once). */
  recapped: number;
  /**
   * Members paused before their recap (each once while paused; resuming, leaving or a recap takes
   * them off). The summary does not wait for them (see `everyoneRecapped`).
   */
  paused: number;
  /** Confirmed members who left before their recap: what an empty group's summary tells apart. */
  left: number;
}

export const noChannels = (): Record<Channel, number> =>
  Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;

export const emptyCounts = (): GroupCounts => ({
  joined: 0,
  members: 0,
  replied: Array.from({ length: DAYS_IN_WEEK }, () => 0),
  thanks: Array.from({ length: DAYS_IN_WEEK }, () => 0),
  channels: noChannels(),
  recapped: 0,
  paused: 0,
  left: 0,
});

/** How many of `thanked` were given by each channel (those whose reply did not say are left out). */
export function channelCounts(
  thanked: readonly { channel?: Channel | null }[],
): Partial<Record<Channel, number>> {
  const counts: Partial<Record<Channel, number>> = {};
  for (const { channel } of thanked) if (isChannel(channel)) counts[channel] = (counts[channel] ?? 0) + 1;
  return counts;
}

/** Entries of a logged day, as far as the group's counts see them. */
export interface CountedDay {
  day: number;
  thanked: readonly { channel?: Channel | null }[];
}

/** How people thanked per day (index 0 is day 1) and by channel change, from negative to positive. */
export interface ThanksChange {
  thanks: number[];
  channels: Partial<Record<Channel, number>>;
}

/**
 * What an edit of a member's log (a correction by reply, an edit on the log page) changes in their
 * group's counts: the entries it `removed` come off their days and channels, those it `added` go
 * on (a moved reply is both). Members who replied a day stay counted: a correction changes whom
 * they thanked and on which day, not that they answered that day's email.
 */
export function thanksChange(removed: readonly CountedDay[], added: readonly CountedDay[]): ThanksChange {
  const thanks = Array.from({ length: DAYS_IN_WEEK }, () => 0);
  const channels: Partial<Record<Channel, number>> = {};
  const apply = (days: readonly CountedDay[], sign: 1 | -1) => {
    for (const { day, thanked } of days) {
      if (!Number.isInteger(day) || day < 1 || day > DAYS_IN_WEEK) continue;
      thanks[day - 1] = (thanks[day - 1] ?? 0) + sign * thanked.length;
      for (const [channel, n] of Object.entries(channelCounts(thanked)) as [Channel, number][])
        channels[channel] = (channels[channel] ?? 0) + sign * n;
    }
  };
  apply(removed, -1);
  apply(added, 1);
  return { thanks, channels: Object.fromEntries(Object.entries(channels).filter(([, n]) => n !== 0)) };
}

// ---------------------------------------------------------------------------------------------
// Codes

/**
 * Crockford's base32 in lower case: digits and letters without i, l, o and u, so nothing read
 * aloud or copied from a slide is ambiguous. Seven characters are 35 bits.
 */
const CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const GROUP_CODE_LENGTH = 7;
const GROUP_CODE = /^[0-9a-hjkmnp-tv-z]{7}$/;

/** A new join code from `GROUP_CODE_LENGTH` random bytes. */
export function newGroupCode(randomBytes: Uint8Array): string {
  if (randomBytes.length !== GROUP_CODE_LENGTH) {
    throw new RangeError(`newGroupCode needs exactly ${GROUP_CODE_LENGTH} random bytes`);
  }
  return Array.from(randomBytes, (b) => CODE_ALPHABET[b & 31]).join('');
}

/**
 * A code as typed: any case, spaces and dashes dropped, and the letters people confuse with
 * digits read as those digits (o as 0, i and l as 1). Null when it cannot be a code.
 */
export function normalizeGroupCode(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const code = value.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
  return GROUP_CODE.test(code) ? code : null;
}

// ---------------------------------------------------------------------------------------------
// Dates

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string as a calendar date, or null if it is not a real date. */
export function parseIsoDate(value: unknown): LocalDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return null;
  if (year < 1900 || year > 9998) return null;
  return { year, month, day };
}

const dateKey = (d: LocalDate) => d.year * 10_000 + d.month * 100 + d.day;
export const isoDate = (d: LocalDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * The start date an organizer may choose: today (in their zone) or later, within a year.
 * Throws a ValidationError on the `startDate` field otherwise.
 */
export function validStartDate(value: unknown, timezone: string, now: Date): string {
  const date = parseIsoDate(value);
  if (!date) {
    throw new ValidationError('invalid_start_date', 'Please give the start date as YYYY-MM-DD.', 'startDate');
  }
  const today = localDateOf(now, timezone);
  if (dateKey(date) < dateKey(today) || dateKey(date) > dateKey(addDays(today, MAX_DAYS_AHEAD))) {
    throw new ValidationError(
      'invalid_start_date',
      'Please choose a start date from today to a year from now.',
      'startDate',
    );
  }
  return isoDate(date);
}

/** A group's name: one line, 1 to 80 characters. */
export function validGroupName(value: unknown): string {
  const cleaned = (typeof value === 'string' ? value : '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '' || cleaned.length > MAX_GROUP_NAME) {
    throw new ValidationError(
      'invalid_group_name',
      `Please give the group a name of up to ${MAX_GROUP_NAME} characters.`,
      'name',
    );
  }
  return cleaned;
}

/**
 * A member's day 1: the first send instant on or after the later of the group's start date (its
 * first moment in the member's zone) and their confirmation. Before the start date that is the
 * send hour of the start date; from then on, the first send hour after confirming.
 */
export function groupDayOne(prefs: SendPreferences, startDate: string, confirmedAt: Date): Date {
  const start = parseIsoDate(startDate);
  if (start && dateKey(localDateOf(confirmedAt, prefs.timezone)) < dateKey(start)) {
    return localSendInstant(prefs.timezone, start, prefs.sendHour);
  }
  return firstSendAfter(prefs, confirmedAt);
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

export function newGroup(input: {
  id: string;
  code: string;
  name: string;
  organizerEmail: string;
  organizerEmailKey: string;
  startDate: string;
  timezone: string;
  language: Group['language'];
  now: Date;
}): Group {
  const { now, ...rest } = input;
  return {
    ...rest,
    status: 'pending',
    createdAt: now.toISOString(),
    confirmedAt: null,
    version: 0,
  };
}

/** Double opt-in of the organizer. Idempotent: an open or closed group stays as it is. */
export function confirmGroup(group: Group, now: Date): Group {
  if (group.status !== 'pending') return group;
  return { ...group, status: 'open', confirmedAt: now.toISOString() };
}

/** Closes the join link: members stay, nobody new joins. Idempotent. */
export function closeGroup(group: Group): Group {
  if (group.status === 'closed') return group;
  return { ...group, status: 'closed' };
}

/** Whether a new member may join: only an open group (a pending one is not confirmed yet). */
export const isJoinable = (group: Group) => group.status === 'open';

/** The group's last day: its start date + 6 (members who joined late finish later). */
export function groupLastDay(group: Pick<Group, 'startDate'>): string {
  const start = parseIsoDate(group.startDate);
  return start ? isoDate(addDays(start, DAYS_IN_WEEK - 1)) : group.startDate;
}

// ---------------------------------------------------------------------------------------------
// The dashboard

export interface DashboardDay {
  day: number;
  replied: number;
  thanks: number;
}

/**
 * The dashboard's numbers (DESIGN 5b). Below `MIN_MEMBERS_TO_SHOW` confirmed members the counts
 * are withheld: `days` is empty, `thanksTotal` is null and `withheld` is true; `members` is always
 * shown (it names nobody, and tells the organizer how many more are needed).
 */
export interface Dashboard {
  name: string;
  code: string;
  startDate: string;
  members: number;
  days: DashboardDay[];
  thanksTotal: number | null;
  /**
   * People thanked over the week by how it was done (`call`, `message`, `email`, `letter`,
   * `in-person`, `video`); thanks whose reply did not say are in `thanksTotal` only. Null when withheld.
   */
  channels: Record<Channel, number> | null;
  withheld: boolean;
  /** Whether people can still join. */
  open: boolean;
}

export function dashboardOf(group: Group, counts: GroupCounts): Dashboard {
  const withheld = counts.members < MIN_MEMBERS_TO_SHOW;
  const days = Array.from({ length: DAYS_IN_WEEK }, (_, i) => ({
    day: i + 1,
    replied: counts.replied[i] ?? 0,
    thanks: counts.thanks[i] ?? 0,
  }));
  return {
    name: group.name,
    code: group.code,
    startDate: group.startDate,
    members: counts.members,
    days: withheld ? [] : days,
    thanksTotal: withheld ? null : days.reduce((sum, d) => sum + d.thanks, 0),
    channels: withheld ? null : { ...noChannels(), ...counts.channels },
    withheld,
    open: group.status === 'open',
  };
}

/** The code as people read it off a slide: "k7m-2qpx". */
export const displayCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/**
 * How long after the group's week ends (its last day, in the organizer's zone) the organizer's
 * summary goes out at the latest. Every member who started on the start date has had their recap
 * by then, wherever they live (a recap goes out on the eighth local day, and the zones of the
 * world span 26 hours): only late joiners, paused members and a group nobody stayed in are not
 * waited for beyond it.
 */
export const SUMMARY_DEADLINE_DAYS = 3;

/**
 * The latest instant of the organizer's summary: midnight in the organizer's zone,
 * `SUMMARY_DEADLINE_DAYS` after the group's last day ended (start date + 10 days, 00:00).
 */
export function summaryDeadline(group: Pick<Group, 'startDate' | 'timezone'>): Date {
  const start = parseIsoDate(group.startDate);
  if (!start) throw new RangeError(`Not a start date: ${group.startDate}`);
  return localSendInstant(group.timezone, addDays(start, DAYS_IN_WEEK + SUMMARY_DEADLINE_DAYS), 0);
}

/**
 * Whether the organizer's summary is due (it goes once, at the first moment this holds): every
 * member still doing the week has had their recap (see `everyoneRecapped`), or the deadline
 * passed (see `summaryDeadline`), whatever the members are doing then.
 */
export function summaryDue(
  group: Pick<Group, 'startDate' | 'timezone'>,
  counts: Pick<GroupCounts, 'members' | 'recapped' | 'paused'>,
  now: Date,
): boolean {
  return now.getTime() >= summaryDeadline(group).getTime() || everyoneRecapped(counts);
}

/**
 * Whether every member still in the group and not paused has had their recap, and at least one
 * has. Members who left before theirs are no longer counted, and a paused member holds nobody's
 * summary: the last remaining recap, the last member leaving or pausing after the others
 * finished, makes this true. Never before anyone's recap (a group everyone left or paused gets
 * its summary at the deadline).
 */
export function everyoneRecapped(counts: Pick<GroupCounts, 'members' | 'recapped' | 'paused'>): boolean {
  return counts.recapped > 0 && counts.recapped >= counts.members - counts.paused;
}

/**
 * What the organizer's summary can say: the numbers (three members or more), that they stay
 * private (one or two), or, for a group nobody is doing the week in, whether everyone who joined
 * left before the end or nobody joined at all. Counts only, as the dashboard.
 */
export type SummaryKind = 'numbers' | 'withheld' | 'everyone-left' | 'nobody-joined';

export function summaryKind(counts: Pick<GroupCounts, 'members' | 'left'>): SummaryKind {
  if (counts.members >= MIN_MEMBERS_TO_SHOW) return 'numbers';
  if (counts.members > 0) return 'withheld';
  return counts.left > 0 ? 'everyone-left' : 'nobody-joined';
}

export class UnknownGroupError extends AppError {
  constructor() {
    super('unknown_group', 'There is no group with this code.', { status: 400, field: 'group' });
  }
}

export class GroupFullError extends AppError {
  constructor() {
    super('group_full', 'This group is full.', { status: 409 });
  }
}

export class GroupClosedError extends AppError {
  constructor() {
    super('group_closed', 'This group is closed to new members.', { status: 409 });
  }
}
