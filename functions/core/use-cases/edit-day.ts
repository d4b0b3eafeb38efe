/**
 * Edits one day of a person's log: by a correction in a reply to a receipt, or on the log page.
 * 1. Reads the week's replies (each with its version).
 * 2. Plans the corrections on the day (pure: `planCorrections`).
 * 3. Writes the plan, and the correcting message for the record, in one conditional transaction.
 * 4. On a lost race (someone edited the day meanwhile) starts again from fresh data, a few times.
 * 5. A group member's group counts follow what the written edit removed and added (once: only a
 *    written edit counts, and a repeated one finds nothing left to change).
 * Returns the day as it now reads, or null when nothing in the day matched (nothing written).
 */
import { entriesOf, type PlanOptions, planCorrections } from '../day-edits';
import { thanksChange } from '../group';
import type { CorrectionRecord, ThankedEntry } from '../ports';
import type { Correction } from '../reply/corrections';
import { ConcurrentUpdateError } from '../store-errors';
import type { Subscriber } from '../subscriber';
import type { MemberDeps } from './deps';
import { countGroupEdit } from './groups';

/** Tries against concurrent edits of the same day before giving up. */
const EDIT_ATTEMPTS = 3;

export interface DayEditOptions extends PlanOptions {
  /** The message that asked for the edit, kept (not as an entry) with the log. */
  record?: Omit<CorrectionRecord, 'day'>;
  /** People the same message adds to the (possibly moved) day. */
  additions?: ThankedEntry[];
}

export async function editDay(
  deps: Pick<MemberDeps, 'store' | 'groups'>,
  sub: Pick<Subscriber, 'id' | 'week' | 'group'>,
  day: number,
  corrections: readonly Correction[],
  options: DayEditOptions = {},
): Promise<{ day: number; thanked: ThankedEntry[] } | null> {
  for (let attempt = 1; ; attempt++) {
    const { replies } = await deps.store.weekActivity(sub.id, sub.week);
    const plan = planCorrections(replies, day, corrections, options);
    if (plan.applied.length === 0) return null;
    try {
      const record = options.record && { ...options.record, day: plan.day };
      await deps.store.rewriteReplies(sub.id, sub.week, plan.changes, record);
    } catch (error) {
      if (error instanceof ConcurrentUpdateError && attempt < EDIT_ATTEMPTS) continue;
      throw error;
    }
    const additions =
      options.additions && options.additions.length > 0 && options.record ? options.additions : [];
    if (additions.length > 0 && options.record) {
      await deps.store.logReply(sub.id, sub.week, { ...options.record, day: plan.day, thanked: additions });
    }
    // From the plan, not from a fresh read: a reply logged meanwhile is counted on its own.
    const written = plan.changes.flatMap((c) => (c.after ? [c.after] : []));
    await countGroupEdit(
      deps,
      sub,
      sub.week,
      thanksChange(
        plan.changes.map((c) => c.before),
        [...written, { day: plan.day, thanked: additions }],
      ),
    );
    const after = (await deps.store.weekActivity(sub.id, sub.week)).replies;
    return { day: plan.day, thanked: entriesOf(after, plan.day) };
  }
}
