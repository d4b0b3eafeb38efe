/**
 * Bounces and complaints from SES: a hard bounce or a complaint suppresses the address at once
 * (never mail it again); a transient bounce is only counted.
 */
import { countSoftBounce, suppress } from '../subscriber';
import type { MemberDeps } from './deps';
import { afterLeavingWeek } from './groups';
import { applyTransition } from './transition';

export interface MailEvent {
  kind: 'hard-bounce' | 'soft-bounce' | 'complaint';
  recipients: string[];
}

export async function handleMailEvent(
  deps: Pick<MemberDeps, 'store' | 'groups' | 'outbox' | 'clock'>,
  event: MailEvent,
): Promise<{ recipient: string; status: string | null }[]> {
  const transition = event.kind === 'soft-bounce' ? countSoftBounce : suppress;
  const results = [];
  for (const recipient of event.recipients) {
    const sub = await deps.store.findByEmail(recipient.trim().toLowerCase());
    const updated = sub ? await applyTransition(deps, sub.id, transition) : null;
    // A suppressed member has left their group's week: no more prompts, no recap; the summary
    // goes now if it waited only for them.
    await afterLeavingWeek(deps, updated, deps.clock.now());
    results.push({ recipient, status: updated?.status ?? null });
  }
  return results;
}
