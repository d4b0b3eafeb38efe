/**
 * When each email of the week goes out: the participant's local send hour turned into UTC instants,
 * DST-correct, with local times read as RFC 5545 (and Temporal's `compatible` disambiguation) reads
 * them:
 * - a local time that does not exist (the spring-forward gap) moves forward by the length of the gap
 *   (02:30 on a day that jumps 02:00 -> 03:00 becomes 03:30);
 * - a local time that happens twice (fall back) takes its first occurrence.
 *
 * Pure: time comes in as arguments. Zone rules come from the runtime's ICU data through
 * `Intl.DateTimeFormat`, with one cached formatter and a small memo of send instants per zone, since
 * the dispatcher calls this for every subscriber it handles.
 *
 * Rule of the week, shared by `planWeek` and the dispatcher (`nextSendAfterDelivery`): one prompt
 * per local date. Day 1 is the first send instant strictly after confirmation; every later email
 * (days 2..7, then the recap) goes at the send hour of the local date after the one on which the
 * previous email was sent.
 */
import { ValidationError } from './errors';

/** A calendar date in the participant's zone (month 1..12). */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The two preferences that decide a participant's send instants. */
export interface SendPreferences {
  /** IANA time zone name, e.g. "Europe/London" (links such as "Asia/Calcutta" and "UTC" too). */
  timezone: string;
  /** Local hour 0..23 at which each email goes out. */
  sendHour: number;
}

/** The planned week of someone who confirmed and never paused. */
export interface WeekPlan {
  /** Seven send instants, days 1..7. */
  sends: Date[];
  /** The recap: the send hour of the local date after day 7. */
  recap: Date;
}

export const PROMPT_DAYS = 7;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// Instants outside these years are refused: nobody confirms then, and years below 1900 would need
// local mean time and the two-digit-year quirk of Date.UTC; 9999 keeps ISO strings four-digit.
const MIN_INSTANT_MS = Date.UTC(1900, 0, 1);
const MAX_INSTANT_MS = Date.UTC(9999, 0, 1);
const MIN_YEAR = 1900;
const MAX_YEAR = 9998;

// ---------------------------------------------------------------------------------------------
// Zone wall clocks through Intl

/** A wall time resolved to an instant; `exact` is false when it fell in a gap and moved forward. */
interface Resolved {
  instant: number;
  exact: boolean;
}

/** What is cached per zone: its formatter and recently resolved wall times. */
interface ZoneRules {
  formatter: Intl.DateTimeFormat;
  /** Wall time (as UTC ms) -> instant. The dispatcher asks for the same few wall times over and
   * over (every subscriber of a zone and hour is due at the same one), and each miss costs two or
   * three `Intl` calls. Cleared when full, which bounds memory. */
  resolved: Map<number, Resolved>;
}
const MAX_MEMO_PER_ZONE = 2048;

// Keyed by lower-cased name: Intl matches zone names case-insensitively, and keying this way keeps
// the cache bounded by the number of real zones whatever spellings reach it.
const zones = new Map<string, ZoneRules>();

// Zone names are letters, digits and `_ + - /`; this also refuses the bare offsets ("+05:30") that
// some runtimes accept as time zones but that are not IANA names.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

function rulesFor(timezone: string): ZoneRules | undefined {
  const key = timezone.toLowerCase();
  const cached = zones.get(key);
  if (cached) return cached;
  if (!ZONE_NAME.test(timezone)) return undefined;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  const rules = { formatter, resolved: new Map<number, Resolved>() };
  zones.set(key, rules);
  return rules;
}

// `format` plus this pattern is about three times faster than `formatToParts`; the parts are the
// fallback should an ICU update ever change the en-US layout.
const EN_US_DATE_TIME = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** The zone's wall clock at `ms`, as milliseconds of the same Y-M-D h:m:s read as if it were UTC. */
function wallClockMs(zone: ZoneRules, ms: number): number {
  const match = EN_US_DATE_TIME.exec(zone.formatter.format(ms));
  if (match) {
    return Date.UTC(
      Number(match[3]),
      Number(match[1]) - 1,
      Number(match[2]),
      Number(match[4]) % 24,
      Number(match[5]),
      Number(match[6]),
    );
  }
  const parts: Record<string, number> = {};
  for (const part of zone.formatter.formatToParts(ms)) parts[part.type] = Number(part.value);
  return Date.UTC(
    parts.year ?? Number.NaN,
    (parts.month ?? Number.NaN) - 1,
    parts.day ?? Number.NaN,
    (parts.hour ?? Number.NaN) % 24,
    parts.minute ?? Number.NaN,
    parts.second ?? Number.NaN,
  );
}

/** The zone's UTC offset at `ms`, in milliseconds (local = UTC + offset). */
function offsetMs(zone: ZoneRules, ms: number): number {
  // The formatter shows whole seconds, so compare against the instant floored to a second.
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wallClockMs(zone, wholeSecond) - wholeSecond;
}

/**
 * The instant of wall time `wallMs` (a local date-time written as UTC milliseconds) in the zone,
 * disambiguated the `compatible` way.
 *
 * The candidates are `wall - offset` for the offsets in force a day either side (no zone changes
 * its offset twice within two days in the supported years). Trying the earlier offset first gives
 * the first occurrence in an overlap. In a gap neither candidate reads back as `wall`, and
 * `wall - offsetBefore` is exactly "moved forward by the length of the gap": it equals
 * `(wall + gap) - offsetAfter` with gap = offsetAfter - offsetBefore.
 */
function resolveWallTime(zone: ZoneRules, wallMs: number): Resolved {
  const memo = zone.resolved.get(wallMs);
  if (memo) return memo;
  const resolved = computeWallTime(zone, wallMs);
  if (zone.resolved.size >= MAX_MEMO_PER_ZONE) zone.resolved.clear();
  zone.resolved.set(wallMs, resolved);
  return resolved;
}

function computeWallTime(zone: ZoneRules, wallMs: number): Resolved {
  const before = wallMs - offsetMs(zone, wallMs - DAY_MS);
  if (wallClockMs(zone, before) === wallMs) return { instant: before, exact: true };
  const after = wallMs - offsetMs(zone, wallMs + DAY_MS);
  if (after !== before && wallClockMs(zone, after) === wallMs) return { instant: after, exact: true };
  return { instant: before, exact: false };
}

// ---------------------------------------------------------------------------------------------
// Validation

/** True for a time zone name this runtime knows: IANA names, links ("Asia/Calcutta"), "UTC". */
export function isValidTimeZone(timezone: unknown): timezone is string {
  return typeof timezone === 'string' && rulesFor(timezone) !== undefined;
}

function zoneRules(timezone: unknown): ZoneRules {
  const rules = typeof timezone === 'string' ? rulesFor(timezone) : undefined;
  if (!rules) {
    throw new ValidationError(
      'invalid_timezone',
      'Please choose a valid time zone, an IANA name such as "Europe/London".',
      'timezone',
    );
  }
  return rules;
}

/** Throws unless `timezone` is a known zone name (see `isValidTimeZone`). */
export function assertTimeZone(timezone: unknown): asserts timezone is string {
  zoneRules(timezone);
}

/** Throws unless `hour` is an integer 0..23. */
/**
 * A send hour as a form or a JSON client gives it: a whole number 0 to 23, or its plain decimal
 * digits ("8", "08"). Anything else ("0x8", "1e1", "8.0", "", " 8") is not a number here; it
 * comes back as given, for `assertSendHour` to refuse.
 */
export function sendHourOf(value: unknown): unknown {
  return typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value;
}

let zoneNames: ReadonlyMap<string, string> | undefined;

/**
 * The time zone written as the time-zone database writes it ("europe/berlin" is "Europe/Berlin"),
 * the name the person chose kept otherwise ("Asia/Kolkata" stays, though ICU calls it Calcutta).
 */
export function canonicalTimeZone(timezone: string): string {
  zoneNames ??= new Map(Intl.supportedValuesOf('timeZone').map((name) => [name.toLowerCase(), name]));
  const listed = zoneNames.get(timezone.toLowerCase());
  if (listed) return listed;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: timezone }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === timezone.toLowerCase() ? resolved : timezone;
  } catch {
    return timezone;
  }
}

export function assertSendHour(hour: unknown): asserts hour is number {
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new ValidationError(
      'invalid_send_hour',
      'The send hour must be a whole hour from 0 to 23.',
      'sendHour',
    );
  }
}

function instantMs(instant: Date, field: string): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!(ms >= MIN_INSTANT_MS && ms < MAX_INSTANT_MS)) {
    throw new ValidationError(
      'invalid_instant',
      'The time must be a valid instant between 1900 and 9998.',
      field,
    );
  }
  return ms;
}

function assertLocalDate(date: LocalDate): void {
  const { year, month, day } = date;
  const valid =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!valid) throw new ValidationError('invalid_date', 'The date must be a real calendar date.', 'date');
}

// ---------------------------------------------------------------------------------------------
// Local dates

function localDateFromWallMs(wallMs: number): LocalDate {
  const date = new Date(wallMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Midnight of the wall-clock day containing `wallMs`, still in the "read as UTC" scale. */
function startOfWallDay(wallMs: number): number {
  return wallMs - (((wallMs % DAY_MS) + DAY_MS) % DAY_MS);
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateFromWallMs(Date.UTC(date.year, date.month - 1, date.day + days));
}

/** The local date of `instant` in `timezone`. */
export function localDateOf(instant: Date, timezone: string): LocalDate {
  const zone = zoneRules(timezone);
  return localDateFromWallMs(wallClockMs(zone, instantMs(instant, 'instant')));
}

/** The instant of `hour`:00 on `localDate` in `timezone`, with gaps and overlaps read as above. */
export function localSendInstant(timezone: string, localDate: LocalDate, hour: number): Date {
  const zone = zoneRules(timezone);
  assertSendHour(hour);
  assertLocalDate(localDate);
  const wall = Date.UTC(localDate.year, localDate.month - 1, localDate.day, hour);
  return new Date(resolveWallTime(zone, wall).instant);
}

// ---------------------------------------------------------------------------------------------
// The week

/** A send: its instant and the start of the local date it actually falls on (wall ms). */
interface Send {
  at: number;
  localDay: number;
}

/** The send at the send hour of the wall day starting at `dayStart`. */
function sendOnDay(zone: ZoneRules, sendHour: number, dayStart: number): Send {
  const wall = dayStart + sendHour * HOUR_MS;
  const { instant, exact } = resolveWallTime(zone, wall);
  // Only a send moved by a gap can land on another date (a gap across midnight, a skipped day).
  return { at: instant, localDay: exact ? dayStart : startOfWallDay(wallClockMs(zone, instant)) };
}

/**
 * The first send strictly after `afterMs`, searching from the local date before it: a gap or an
 * overlap across midnight can move a neighbouring date's send across `afterMs`, and sends never
 * go backwards from one local date to the next.
 */
function firstSendAfterMs(zone: ZoneRules, sendHour: number, afterMs: number): Send {
  let dayStart = startOfWallDay(wallClockMs(zone, afterMs)) - DAY_MS;
  for (;;) {
    const send = sendOnDay(zone, sendHour, dayStart);
    if (send.at > afterMs) return send;
    dayStart += DAY_MS;
  }
}

/**
 * The send at the send hour of the first local date after `localDay` that is also after
 * `afterMs`. The second condition only matters if a fall-back across midnight put that instant at
 * or before `afterMs`; otherwise the loop runs once.
 */
function nextSendAfterDay(zone: ZoneRules, sendHour: number, localDay: number, afterMs: number): Send {
  let dayStart = localDay;
  for (;;) {
    dayStart += DAY_MS;
    const send = sendOnDay(zone, sendHour, dayStart);
    if (send.at > afterMs) return send;
  }
}

function preferences(prefs: SendPreferences): ZoneRules {
  const zone = zoneRules(prefs.timezone);
  assertSendHour(prefs.sendHour);
  return zone;
}

/**
 * The first send instant strictly after `after` (Day 1 is the first one strictly after
 * confirmation; also where a RESUME or RESTART picks up).
 */
export function firstSendAfter(prefs: SendPreferences, after: Date): Date {
  const zone = preferences(prefs);
  return new Date(firstSendAfterMs(zone, prefs.sendHour, instantMs(after, 'after')).at);
}

/**
 * The next email's instant after one was actually sent at `deliveredAt`: the send hour of the local
 * date after deliveredAt's local date, so there is at most one email per local date and a service
 * that was down for days sends the next email in sequence, not a burst.
 *
 * A late delivery can therefore skip a send hour that is still ahead on its own local date: a day-3
 * prompt planned for 08:00 but sent at 00:30 the next morning makes day 4 due at 08:00 the day
 * after that, not seven and a half hours later. On time deliveries give exactly `planWeek`.
 */
export function nextSendAfterDelivery(prefs: SendPreferences, deliveredAt: Date): Date {
  const zone = preferences(prefs);
  const deliveredMs = instantMs(deliveredAt, 'deliveredAt');
  const localDay = startOfWallDay(wallClockMs(zone, deliveredMs));
  return new Date(nextSendAfterDay(zone, prefs.sendHour, localDay, deliveredMs).at);
}

/**
 * The week of someone confirmed at `confirmedAt` who never pauses: day 1 is the first send instant
 * strictly after confirmation, each next email follows on the next local date (as
 * `nextSendAfterDelivery` with on-time sends), and the recap comes on the local date after day 7.
 *
 * Where a local date does not exist at all (Samoa skipped 30 December 2011) its send moves to the
 * next day, and that day's own send to the day after: sends stay one per local date, never two at
 * once.
 */
export function planWeek(input: SendPreferences & { confirmedAt: Date }): WeekPlan {
  const zone = preferences(input);
  const hour = input.sendHour;
  let send = firstSendAfterMs(zone, hour, instantMs(input.confirmedAt, 'confirmedAt'));
  const sends: Date[] = [new Date(send.at)];
  for (let day = 2; day <= PROMPT_DAYS; day++) {
    send = nextSendAfterDay(zone, hour, send.localDay, send.at);
    sends.push(new Date(send.at));
  }
  return { sends, recap: new Date(nextSendAfterDay(zone, hour, send.localDay, send.at).at) };
}

// ---------------------------------------------------------------------------------------------
// A zone from a UTC offset

// Well-known zones in order of preference: when several observe the offset at the instant, the
// earlier one wins (so -04:00 in July is New York, not Halifax, and -04:00 in January is Halifax).
// Listed zones cover every offset in use; the Etc zones are the last resort for anything else.
const REPRESENTATIVE_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'America/Bogota',
  'America/Santiago',
  'America/Caracas',
  'America/Noronha',
  'Europe/London',
  'UTC',
  'Atlantic/Azores',
  'Atlantic/Cape_Verde',
  'Europe/Paris',
  'Africa/Lagos',
  'Europe/Athens',
  'Africa/Johannesburg',
  'Africa/Cairo',
  'Europe/Moscow',
  'Africa/Nairobi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Kabul',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Yangon',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Australia/Perth',
  'Australia/Eucla',
  'Asia/Tokyo',
  'Australia/Darwin',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Noumea',
  'Pacific/Auckland',
  'Pacific/Fiji',
  'Pacific/Chatham',
  'Pacific/Tongatapu',
  'Pacific/Kiritimati',
  'Pacific/Marquesas',
  'Pacific/Gambier',
  'Pacific/Pago_Pago',
] as const;

// Two instants of one reference year, used when no instant is given: the smaller offset of the
// two is a zone's standard (winter) time in either hemisphere.
const JANUARY = Date.UTC(2025, 0, 15);
const JULY = Date.UTC(2025, 6, 15);

/**
 * A representative IANA zone for a UTC offset in minutes (east positive, as in "+0530" = 330), for
 * people who subscribe by email: their `Date:` header gives only an offset, and they can set the
 * real zone on their preferences page.
 *
 * With `at` (the header's own instant, best), the first well-known zone observing that offset at
 * that instant: -300 in January is "America/New_York", -300 in July "America/Chicago". Without it,
 * the first well-known zone whose standard offset it is. Offsets no listed zone observes fall back
 * to the nearest whole-hour "Etc/GMT" zone, whose sign is inverted (POSIX style): -300 is
 * "Etc/GMT+5". The result is always a valid zone name.
 */
export function representativeZoneForOffset(offsetMinutes: number, at?: Date): string {
  if (!Number.isFinite(offsetMinutes)) return 'UTC';
  const atMs = at instanceof Date && Number.isFinite(at.getTime()) ? at.getTime() : undefined;
  const wanted = Math.round(offsetMinutes) * 60_000;
  for (const name of REPRESENTATIVE_ZONES) {
    const zone = rulesFor(name);
    if (!zone) continue;
    const offset =
      atMs === undefined ? Math.min(offsetMs(zone, JANUARY), offsetMs(zone, JULY)) : offsetMs(zone, atMs);
    if (offset === wanted) return name;
  }
  const hours = Math.max(-12, Math.min(14, Math.round(offsetMinutes / 60)));
  if (hours === 0) return 'UTC';
  return hours > 0 ? `Etc/GMT-${hours}` : `Etc/GMT+${-hours}`;
}
