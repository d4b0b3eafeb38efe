/**
 * The personal log of the current week, in the shape `gratitude export`, `/log.json` and the log
 * page share: status, preferences, prompts sent and everyone thanked, with the participant's words.
 */
import type { Channel } from '../channels';
import type { ThankedEntry } from '../ports';
import type { Subscriber } from '../subscriber';
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
  /** Every reply logged, with or without a recognised name: nothing they wrote goes missing. */
  replies: {
    day: number;
    receivedAt: string;
    text: string;
    thanked: { name: string; relationship: string | null; channel: Channel | null }[];
  }[];
}

/** An entry as the log shows it: the channel always present, null when the reply did not say. */
const shown = ({ name, relationship, channel }: ThankedEntry) => ({
  name,
  relationship,
  channel: channel ?? null,
});

export async function weekLog(deps: Pick<Deps, 'store'>, sub: Subscriber): Promise<WeekLog> {
  const activity = await deps.store.weekActivity(sub.id, sub.week);
  return {
    email: sub.email,
    status: sub.status,
    timezone: sub.timezone,
    sendHour: sub.sendHour,
    language: sub.language,
    prompts: activity.prompts,
    replies: activity.replies.map(({ day, receivedAt, text, thanked }) => ({
      day,
      receivedAt,
      text,
      thanked: thanked.map(shown),
    })),
    thanked: activity.replies.flatMap((reply) =>
      reply.thanked.map((person) => ({ day: reply.day, ...shown(person), note: reply.text })),
    ),
  };
}

/**
 * RFC 4180 CSV (`day,name,relationship,note,channel`): one row per person thanked, and a row with
 * empty name and relationship for a reply in which no one was recognised, so that its words are
 * kept. The channel came last, after the first exports, so that older readers of the file still
 * find every column where it was.
 */
export function weekLogCsv(log: WeekLog): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = log.replies.flatMap((reply) =>
    (reply.thanked.length > 0 ? reply.thanked : [{ name: '', relationship: null, channel: null }]).map(
      (person) =>
        [reply.day, person.name, person.relationship, reply.text, person.channel].map(cell).join(','),
    ),
  );
  return `${['day,name,relationship,note,channel', ...rows].join('\r\n')}\r\n`;
}
