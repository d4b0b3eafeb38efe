/**
 * One lifecycle transition applied to a stored subscriber: read, transition, save if it changed,
 * and read again and retry (twice) when a concurrent change saved first.
 */
import type { Clock } from '../clock';
import type { SubscriberStore } from '../ports';
import { ConcurrentUpdateError } from '../store-errors';
import type { Subscriber } from '../subscriber';

export type Transition = (sub: Subscriber, now: Date) => Subscriber;

/** Applies `transition` to the stored subscriber; null when there is no such subscriber. */
export async function applyTransition(
  deps: { store: SubscriberStore; clock: Clock },
  id: string,
  transition: Transition,
): Promise<Subscriber | null> {
  for (let attempt = 0; ; attempt++) {
    const current = await deps.store.get(id);
    if (!current) return null;
    const next = transition(current, deps.clock.now());
    if (next === current) return current;
    try {
      return await deps.store.save(next);
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError) || attempt >= 2) throw error;
    }
  }
}
