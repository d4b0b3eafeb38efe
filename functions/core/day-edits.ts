/**
 * Corrections applied to a logged day, as a plan of reply changes (pure): the same rules for a
 * correction by reply ("his name is Craig, not Greg") and for an edit on the log page ("rename
 * Greg to Craig"). The store writes the plan in one conditional transaction.
 *
 * Which entry a correction means: the one whose name reads the same ("greg" is "Greg", "my
 * brother" is "Brother", "Greg" is "Greg Miller"), or whose relationship is the one named ("not
 * my brother" finds "Tom", brother). With no wrong entry named ("actually it was my aunt") it is
 * the day's only entry, or else the only entry of the day's latest reply; anything less certain
 * changes nothing and is reported as missed.
 */
import type { LoggedReply, ReplyChange, ThankedEntry } from './ports';
import type { Correction, PersonRef } from './reply/corrections';
import { isRelationshipWord } from './reply/relationship-words';

export interface DayPlan {
  changes: ReplyChange[];
  applied: Correction[];
  missed: Correction[];
  /** The day the edited replies are on afterwards (another one after "that was for day 3"). */
  day: number;
}

export interface PlanOptions {
  /** Names must match exactly (case aside), as on the log page where the name is the one shown. */
  exact?: boolean;
}

const POSSESSIVE_OR_ARTICLE =
  /^(?:my|our|the|mi|mis|el|la|los|las|mein|meine|meinem|meinen|meiner|unser|unsere|der|die|den|dem|mon|ma|mes|notre|le|les)\s+/;

/** Lowercase, no accents, no possessive or article in front, single spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(POSSESSIVE_OR_ARTICLE, '');
}

type Match = 'name' | 'relationship';

function matchOf(entry: ThankedEntry, ref: PersonRef, exact: boolean): Match | null {
  const name = foldName(entry.name);
  if (name === foldName(ref.text) || (ref.name !== null && name === foldName(ref.name))) return 'name';
  if (exact) return null;
  if (ref.name === null && ref.relationship !== null && entry.relationship === ref.relationship)
    return 'relationship';
  // "Greg" for "Greg Miller"
  if (ref.name !== null && !ref.name.includes(' ') && name.split(' ')[0] === foldName(ref.name))
    return 'name';
  return null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The entry after "it was `right`", when `how` says how the wrong one was found. */
function replaced(entry: ThankedEntry, how: Match | 'only', right: PersonRef): ThankedEntry {
  if (right.name !== null) {
    const relationship = right.relationship ?? (how === 'relationship' ? null : entry.relationship);
    return { ...entry, name: right.name, relationship };
  }
  // "not my brother, my cousin": Tom stays Tom, now a cousin; "Brother" becomes "Cousin". A bare
  // name said to be a relative ("Greg", then "actually it was my aunt") was someone else.
  const describedBefore = how === 'relationship' || (how === 'only' && entry.relationship !== null);
  if (describedBefore && !isRelationshipWord(entry.name)) {
    return { ...entry, relationship: right.relationship };
  }
  return { ...entry, name: capitalise(right.text), relationship: right.relationship };
}

/** Where an entry sits: reply index and position in its list. */
type Slot = { reply: number; person: number };

function slotsOf(replies: readonly LoggedReply[], day: number): Slot[] {
  return replies.flatMap((reply, r) =>
    reply.day === day ? reply.thanked.map((_, p) => ({ reply: r, person: p })) : [],
  );
}

/** The entry meant when none is named: the day's only one, or the latest reply's only one. */
function onlyEntry(replies: readonly LoggedReply[], day: number): Slot | null {
  const all = slotsOf(replies, day);
  if (all.length === 1) return all[0] ?? null;
  const latest = replies
    .map((reply, index) => ({ reply, index }))
    .filter(({ reply }) => reply.day === day)
    .sort((a, b) => a.reply.receivedAt.localeCompare(b.reply.receivedAt))
    .at(-1);
  return latest && latest.reply.thanked.length === 1 ? { reply: latest.index, person: 0 } : null;
}

function dedupe(thanked: ThankedEntry[]): ThankedEntry[] {
  const seen = new Set<string>();
  return thanked.filter((person) => {
    const key = foldName(person.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Plans `corrections` on `day` of a week whose replies are `replies` (as read, with versions).
 * Corrections apply in order; a move takes the day's replies along, later corrections follow them.
 */
export function planCorrections(
  replies: readonly LoggedReply[],
  day: number,
  corrections: readonly Correction[],
  options: PlanOptions = {},
): DayPlan {
  const exact = options.exact === true;
  const working = replies.map((reply) => ({ ...reply, thanked: reply.thanked.map((p) => ({ ...p })) }));
  const applied: Correction[] = [];
  const missed: Correction[] = [];
  let current = day;

  for (const correction of corrections) {
    if (correction.kind === 'move') {
      const moving = working.filter((reply) => reply.day === current);
      if (moving.length === 0 || correction.toDay === current) {
        missed.push(correction);
        continue;
      }
      for (const reply of moving) reply.day = correction.toDay;
      current = correction.toDay;
      applied.push(correction);
      continue;
    }
    if (correction.kind === 'remove') {
      let removed = false;
      for (const reply of working) {
        if (reply.day !== current) continue;
        const kept = reply.thanked.filter((person) => matchOf(person, correction.who, exact) === null);
        removed ||= kept.length !== reply.thanked.length;
        reply.thanked = kept;
      }
      (removed ? applied : missed).push(correction);
      continue;
    }
    const targets: { slot: Slot; how: Match | 'only' }[] = [];
    if (correction.wrong === null) {
      const slot = onlyEntry(working, current);
      if (slot) targets.push({ slot, how: 'only' });
    } else {
      for (const slot of slotsOf(working, current)) {
        const how = matchOf(
          working[slot.reply]?.thanked[slot.person] as ThankedEntry,
          correction.wrong,
          exact,
        );
        if (how) targets.push({ slot, how });
      }
    }
    for (const { slot, how } of targets) {
      const reply = working[slot.reply] as LoggedReply;
      reply.thanked[slot.person] = replaced(
        reply.thanked[slot.person] as ThankedEntry,
        how,
        correction.right,
      );
    }
    for (const { slot } of targets) {
      const reply = working[slot.reply] as LoggedReply;
      reply.thanked = dedupe(reply.thanked);
    }
    (targets.length > 0 ? applied : missed).push(correction);
  }

  const changes: ReplyChange[] = [];
  working.forEach((after, index) => {
    const before = replies[index] as LoggedReply;
    const same = after.day === before.day && JSON.stringify(after.thanked) === JSON.stringify(before.thanked);
    if (!same) changes.push({ before, after });
  });
  return { changes, applied, missed, day: current };
}

/** Everyone logged on `day`, in the order they were logged. */
export function entriesOf(replies: readonly LoggedReply[], day: number): ThankedEntry[] {
  return replies
    .filter((reply) => reply.day === day)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .flatMap((reply) => reply.thanked);
}
