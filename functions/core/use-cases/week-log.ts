/**
 * The personal log of the current week, in the shape `gratitude export`, `/log.json` and the log
 * page share: status, preferences, prompts sent and everyone thanked, with the participant's words,
 * and what they wrote back to the reconnect email a month later ("after").
 */
import type { Channel } from '../channels';
import type { ThankedEntry } from '../ports';
import type { Subscriber } from '../subscriber';
import { DAYS_IN_WEEK, RECONNECT_DAY } from '../week';
import type { Deps } from './deps';

export interface WeekLog {
  email: string;
  status: Subscriber['status'];
  timezone: string;
  sendHour: number;
  language: Subscriber['language'];
  prompts: { day: number; sentAt: string }[];
  thanked: {
    day: number;
    name: string;
    relationship: string | null;
    channel: Channel | null;
    note: string;
  }[];
  /** Every reply to the week's prompts, with or without a recognised name: nothing they wrote goes missing. */
  replies: LoggedWords[];
  /** Whether the reconnect email comes a month after the week. */
  reconnect: boolean;
  /** Replies to the reconnect email, after the week. */
  after: Omit<LoggedWords, 'day'>[];
}

interface LoggedWords {
  day: number;
  receivedAt: string;
  text: string;
  thanked: { name: string; relationship: string | null; channel: Channel | null }[];
}

/** An entry as the log shows it: the channel always present, null when the reply did not say. */
const shown = ({ name, relationship, channel }: ThankedEntry) => ({
  name,
  relationship,
  channel: channel ?? null,
});

export async function weekLog(deps: Pick<Deps, 'store'>, sub: Subscriber): Promise<WeekLog> {
  const activity = await deps.store.weekActivity(sub.id, sub.week);
  const words = activity.replies.map(({ day, receivedAt, text, thanked }) => ({
    day,
    receivedAt,
    text,
    thanked: thanked.map(shown),
  }));
  const week = words.filter((reply) => reply.day >= 1 && reply.day <= DAYS_IN_WEEK);
  return {
    email: sub.email,
    status: sub.status,
    timezone: sub.timezone,
    sendHour: sub.sendHour,
    language: sub.language,
    prompts: activity.prompts,
    replies: week,
    thanked: week.flatMap((reply) =>
      reply.thanked.map((person) => ({ day: reply.day, ...person, note: reply.text })),
    ),
    reconnect: sub.reconnect,
    after: words.filter((reply) => reply.day === RECONNECT_DAY).map(({ day: _day, ...reply }) => reply),
  };
}

/**
 * RFC 4180 CSV (`day,name,relationship,note,channel`): one row per person thanked, and a row with
 * empty name and relationship for a reply in which no one was recognised, so that its words are
 * kept; replies to the reconnect email follow with `after` as their day. The channel came last,
 * after the first exports, so that older readers of the file still find every column where it was.
 */
export function weekLogCsv(log: WeekLog): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [...log.replies, ...log.after.map((reply) => ({ ...reply, day: 'after' }))].flatMap((reply) =>
    (reply.thanked.length > 0 ? reply.thanked : [{ name: '', relationship: null, channel: null }]).map(
      (person) =>
        [reply.day, person.name, person.relationship, reply.text, person.channel].map(cell).join(','),
    ),
  );
  return `${['day,name,relationship,note,channel', ...rows].join('\r\n')}\r\n`;
}
