/**
 * The subscriber and the lifecycle of their week, as explicit transitions. Every transition is a
 * pure function from one state to the next; persistence and sending live elsewhere.
 *
 *   pending --confirm--> active --(day 7 + recap)--> completed --(30 days)--> one reconnect email
 *   active <--pause/resume--> paused
 *   any --unsubscribe--> unsubscribed        any --hard bounce / complaint--> suppressed
 *   active | paused | completed --restart--> active (a new week)
 */
import { AppError } from './errors';
import { groupDayOne, type Membership } from './group';
import type { Language } from './language';
import { addDays, firstSendAfter, localDateOf, localSendInstant, nextSendAfterDelivery } from './schedule';
import { NOTHING_DUE, RECAP_DAY, RECONNECT_AFTER_DAYS, RECONNECT_DAY } from './week';

export const SUBSCRIBER_STATUSES = [
  'pending',
  'active',
  'paused',
  'completed',
  'unsubscribed',
  'suppressed',
] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export { RECAP_DAY, RECONNECT_DAY };

export interface Subscriber {
  id: string;
  /** As typed, domain lower-cased. */
  email: string;
  /** Lower-cased address: the uniqueness key (plus tags are kept). */
  emailKey: string;
  name: string | null;
  timezone: string;
  sendHour: number;
  /** The language of every email and page this person sees. */
  language: Language;
  status: SubscriberStatus;
  /** Counts weeks: 1 for the first, +1 for every RESTART. Claims and logs are per week. */
  week: number;
  /** The next email of the week: 1..7 a prompt, 8 the recap, 9 the reconnect, 10 none. */
  nextDay: number;
  /** Whether they want the reconnect email a month after their week (on unless turned off). */
  reconnect: boolean;
  /** When the next email is due (ISO 8601 UTC); null when nothing is scheduled. */
  nextSendAt: string | null;
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  /** When the latest welcome was asked for (it leaves through the mail queue moments later). */
  welcomeSentAt: string | null;
  /** When the latest change of status happened (unsubscribe, pause, completion...). */
  statusChangedAt: string;
  /** Transient bounces seen (counted, never a reason to stop on their own). */
  softBounces: number;
  /** Optimistic-locking counter, incremented by every save. */
  version: number;
  /** The group they do a week with, if they joined one (absent otherwise). */
  group?: Membership;
}

export class TransitionError extends AppError {
  constructor(from: SubscriberStatus, action: string) {
    super('invalid_transition', `Cannot ${action} a subscriber who is ${from}.`, { status: 409 });
  }
}

type Timing = Pick<Subscriber, 'timezone' | 'sendHour'>;
type Preferences = Timing & Partial<Pick<Subscriber, 'language'>>;

function touch(sub: Subscriber, now: Date, changes: Partial<Subscriber>): Subscriber {
  const iso = now.toISOString();
  const statusChanged = changes.status !== undefined && changes.status !== sub.status;
  return { ...sub, ...changes, updatedAt: iso, ...(statusChanged ? { statusChangedAt: iso } : {}) };
}

export function newSubscriber(input: {
  id: string;
  email: string;
  emailKey: string;
  name: string | null;
  timezone: string;
  sendHour: number;
  language: Language;
  now: Date;
}): Subscriber {
  const iso = input.now.toISOString();
  return {
    id: input.id,
    email: input.email,
    emailKey: input.emailKey,
    name: input.name,
    timezone: input.timezone,
    sendHour: input.sendHour,
    language: input.language,
    status: 'pending',
    week: 1,
    nextDay: 1,
    reconnect: true,
    nextSendAt: null,
    createdAt: iso,
    updatedAt: iso,
    confirmedAt: null,
    welcomeSentAt: null,
    statusChangedAt: iso,
    softBounces: 0,
    version: 0,
  };
}

function startWeek(sub: Subscriber, now: Date, week: number): Subscriber {
  return touch(sub, now, {
    status: 'active',
    week,
    nextDay: 1,
    nextSendAt: firstSendAfter(sub, now).toISOString(),
  });
}

/**
 * Double opt-in. Idempotent: confirming an already running or finished week changes nothing. A
 * group member's day 1 waits for the group's start date (see `groupDayOne`).
 */
export function confirm(sub: Subscriber, now: Date): Subscriber {
  if (sub.status !== 'pending') return sub;
  const started = { ...startWeek(sub, now, sub.week), confirmedAt: now.toISOString() };
  if (!isGroupWeek(sub)) return started;
  return { ...started, nextSendAt: groupDayOne(sub, sub.group.startDate, now).toISOString() };
}

/** Whether the current week is the one they do with their group. */
export function isGroupWeek(sub: Subscriber): sub is Subscriber & { group: Membership } {
  return sub.group !== undefined && sub.group.week === sub.week;
}

/**
 * Whether they left the week they joined their group for: they stopped (STOP, an unsubscribe
 * link), their address was suppressed (a hard bounce or a complaint), or they went on to a new
 * week (RESTART, or signing up again). Deleting their data is a leaving too, but leaves no record
 * to ask.
 */
export function leftGroupWeek(sub: Subscriber): sub is Subscriber & { group: Membership } {
  return (
    sub.group !== undefined &&
    (sub.group.week !== sub.week || sub.status === 'unsubscribed' || sub.status === 'suppressed')
  );
}

/**
 * Someone known subscribes again. A pending person gets the welcome again; someone who left or
 * finished goes back to pending (a new confirmation starts a new week); everyone else: no change.
 */
export function resubscribe(
  sub: Subscriber,
  now: Date,
  wishes: { name: string | null; timezone: string; sendHour: number; language: Language },
): { subscriber: Subscriber; sendWelcome: boolean } {
  switch (sub.status) {
    case 'pending':
      return { subscriber: touch(sub, now, { ...wishes, name: wishes.name ?? sub.name }), sendWelcome: true };
    case 'unsubscribed':
    case 'completed':
      return {
        subscriber: touch(sub, now, {
          ...wishes,
          name: wishes.name ?? sub.name,
          status: 'pending',
          week: sub.week + 1,
          nextDay: 1,
          nextSendAt: null,
        }),
        sendWelcome: true,
      };
    default:
      return { subscriber: sub, sendWelcome: false };
  }
}

/** Effective immediately and idempotent. A suppressed address stays suppressed. */
export function unsubscribe(sub: Subscriber, now: Date): Subscriber {
  if (sub.status === 'unsubscribed' || sub.status === 'suppressed') return sub;
  return touch(sub, now, { status: 'unsubscribed', nextSendAt: null });
}

/** Hard bounce or complaint: never mail this address again. */
export function suppress(sub: Subscriber, now: Date): Subscriber {
  if (sub.status === 'suppressed') return sub;
  return touch(sub, now, { status: 'suppressed', nextSendAt: null });
}

export function countSoftBounce(sub: Subscriber, now: Date): Subscriber {
  return touch(sub, now, { softBounces: sub.softBounces + 1 });
}

/** Holds the sequence where it is; RESUME continues with the same day. */
export function pause(sub: Subscriber, now: Date): Subscriber {
  if (sub.status === 'paused') return sub;
  if (sub.status !== 'active') throw new TransitionError(sub.status, 'pause');
  return touch(sub, now, { status: 'paused', nextSendAt: null });
}

export function resume(sub: Subscriber, now: Date): Subscriber {
  if (sub.status === 'active') return sub;
  if (sub.status !== 'paused') throw new TransitionError(sub.status, 'resume');
  return touch(sub, now, { status: 'active', nextSendAt: firstSendAfter(sub, now).toISOString() });
}

/** A new week from day 1, from the next send hour on. */
export function restart(sub: Subscriber, now: Date): Subscriber {
  if (sub.status !== 'active' && sub.status !== 'paused' && sub.status !== 'completed') {
    throw new TransitionError(sub.status, 'restart');
  }
  return startWeek(sub, now, sub.week + 1);
}

/** The reconnect's instant: the send hour of the local date thirty days after the recap's. */
export function reconnectSendAt(sub: Timing, recapAt: Date): Date {
  const date = addDays(localDateOf(recapAt, sub.timezone), RECONNECT_AFTER_DAYS);
  return localSendInstant(sub.timezone, date, sub.sendHour);
}

/**
 * After day `sub.nextDay` was delivered at `deliveredAt`: the next email goes out on the next
 * local day (one per local day even after an outage); after the recap the week is complete and
 * the reconnect waits thirty days (if they want it); after the reconnect nothing is due.
 */
export function advanceAfterDelivery(sub: Subscriber, deliveredAt: Date): Subscriber {
  if (sub.nextDay === RECAP_DAY) {
    const next = sub.reconnect ? reconnectSendAt(sub, deliveredAt).toISOString() : null;
    return touch(sub, deliveredAt, { status: 'completed', nextDay: RECONNECT_DAY, nextSendAt: next });
  }
  if (sub.nextDay > RECAP_DAY) {
    return touch(sub, deliveredAt, { status: 'completed', nextDay: NOTHING_DUE, nextSendAt: null });
  }
  return touch(sub, deliveredAt, {
    nextDay: sub.nextDay + 1,
    nextSendAt: nextSendAfterDelivery(sub, deliveredAt).toISOString(),
  });
}

/**
 * New preferences take effect from the next send on, which stays on the local date it was
 * planned for (read in the new zone): moving the hour never squeezes two prompts into one day.
 */
export function changePreferences(sub: Subscriber, now: Date, prefs: Preferences): Subscriber {
  const updated = touch(sub, now, prefs);
  if (sub.nextSendAt === null) return updated;
  const plannedDate = localDateOf(new Date(sub.nextSendAt), prefs.timezone);
  const sameDay = localSendInstant(prefs.timezone, plannedDate, prefs.sendHour);
  const next = sameDay > now ? sameDay : firstSendAfter(prefs, now);
  return { ...updated, nextSendAt: next.toISOString() };
}

/**
 * Reconnect mail on or off. Turned off, a waiting reconnect is dropped; turned back on while the
 * week's reconnect has not gone yet, it is due thirty days after the recap (or at the next send
 * hour, if that day has passed).
 */
export function setReconnect(sub: Subscriber, now: Date, on: boolean): Subscriber {
  if (sub.reconnect === on) return sub;
  const waiting = sub.status === 'completed' && sub.nextDay === RECONNECT_DAY;
  if (!waiting) return touch(sub, now, { reconnect: on });
  if (!on) return touch(sub, now, { reconnect: false, nextSendAt: null });
  const planned = reconnectSendAt(sub, new Date(sub.statusChangedAt));
  const next = planned > now ? planned : firstSendAfter(sub, now);
  return touch(sub, now, { reconnect: true, nextSendAt: next.toISOString() });
}

/**
 * Whether the dispatcher should see this person: a prompt or recap of a running week, or the
 * reconnect of a finished one. Paused, unsubscribed and suppressed people have nothing due.
 */
export function hasSendDue(sub: Subscriber): boolean {
  if (sub.nextSendAt === null) return false;
  if (sub.status === 'active') return sub.nextDay <= RECAP_DAY;
  return sub.status === 'completed' && sub.nextDay === RECONNECT_DAY && sub.reconnect;
}

/** Whether an email may be sent to this person at all (welcome included). */
export function isMailable(sub: Subscriber): boolean {
  return sub.status !== 'unsubscribed' && sub.status !== 'suppressed';
}
