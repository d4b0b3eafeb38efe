/**
 * Rename or remove an entry on the log page (`POST /log/thanked`).
 * 1. Verifies the log token: a bad or forged one changes nothing.
 * 2. Validates the form: a day 1..7, the name as the page shows it, `rename` (with a new name) or
 *    `remove`.
 * 3. Edits the day with the rules of a correction by reply, matching the name exactly as shown,
 *    in one conditional write.
 * Idempotent: posting a done edit again (a double click, a reload) finds it done and succeeds.
 */
import { foldName } from '../day-edits';
import { NotFoundError, ValidationError } from '../errors';
import type { Correction } from '../reply/corrections';
import type { MemberDeps } from './deps';
import { editDay } from './edit-day';
import { subscriberForToken } from './manage';

/** The form as posted: anything may be missing or wrong, and is checked here. */
export type LogEditForm = Partial<Record<'day' | 'name' | 'action' | 'newName', unknown>>;

/** Longer than any name a person writes; keeps a pasted letter out of the log. */
const MAX_NAME = 120;

function text(value: unknown, field: string, what: string): string {
  const trimmed = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  if (trimmed === '') throw new ValidationError(`invalid_${field}`, `Please give ${what}.`, field);
  if (trimmed.length > MAX_NAME)
    throw new ValidationError(`invalid_${field}`, `Please keep ${what} under ${MAX_NAME} characters.`, field);
  return trimmed;
}

function readForm(form: LogEditForm): {
  day: number;
  name: string;
  correction: Correction;
  newName?: string;
} {
  const day = typeof form.day === 'string' && /^[1-7]$/.test(form.day.trim()) ? Number(form.day) : form.day;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7)
    throw new ValidationError('invalid_day', 'The day must be a number from 1 to 7.', 'day');
  const name = text(form.name, 'name', 'the name as it is logged');
  const who = { text: name, name, relationship: null };
  if (form.action === 'remove') return { day, name, correction: { kind: 'remove', who } };
  if (form.action !== 'rename')
    throw new ValidationError('invalid_action', 'Choose whether to rename or remove the entry.', 'action');
  const newName = text(form.newName, 'newName', 'the new name');
  return {
    day,
    name,
    newName,
    correction: { kind: 'replace', wrong: who, right: { text: newName, name: newName, relationship: null } },
  };
}

export async function editLogEntry(
  deps: Pick<MemberDeps, 'store' | 'groups' | 'links' | 'clock'>,
  token: unknown,
  form: LogEditForm,
): Promise<void> {
  const sub = await subscriberForToken(deps, token, 'log');
  const { day, name, newName, correction } = readForm(form);
  const edited = await editDay(deps, sub, day, [correction], { exact: true });
  if (edited) return;
  // Nothing matched: done already (a second POST), or the page was out of date.
  const { replies } = await deps.store.weekActivity(sub.id, sub.week);
  const names = replies.filter((r) => r.day === day).flatMap((r) => r.thanked.map((p) => foldName(p.name)));
  const done = newName === undefined ? !names.includes(foldName(name)) : names.includes(foldName(newName));
  if (!done)
    throw new NotFoundError(
      'unknown_entry',
      `We could not find “${name}” on day ${day} any more. Open your log again to see it as it is now.`,
    );
}
