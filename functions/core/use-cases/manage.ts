/**
 * The signed-link actions: confirm, unsubscribe, change preferences, delete my data. Each one:
 * 1. Verifies the token for its purpose (a log token cannot unsubscribe, and so on).
 * 2. Loads the subscriber, applies one lifecycle transition, saves it (retrying once if a
 *    concurrent change won the race).
 * All are idempotent: a second POST finds the work done and says so.
 */
import { NotFoundError, ValidationError } from '../errors';
import { assertSendHour, isValidTimeZone } from '../schedule';
import { ConcurrentUpdateError } from '../store-errors';
import { changePreferences, confirm, type Subscriber, unsubscribe } from '../subscriber';
import { type TokenPurpose, verifyToken } from '../tokens';
import type { Deps } from './deps';

type Transition = (sub: Subscriber, now: Date) => Subscriber;

/** Resolves a page token to its subscriber, or throws the error a page should explain. */
export async function subscriberForToken(
  deps: Deps,
  token: unknown,
  purpose: TokenPurpose,
): Promise<Subscriber> {
  const claims = verifyToken(
    deps.links.keys,
    typeof token === 'string' ? token : '',
    purpose,
    deps.clock.now(),
  );
  const sub = await deps.store.get(claims.subscriberId);
  if (!sub)
    throw new NotFoundError(
      'unknown_subscriber',
      'We could not find this subscription. It may have been deleted.',
    );
  return sub;
}

/** Applies `transition` to the stored subscriber, retrying on a lost race. */
export async function applyTransition(
  deps: Pick<Deps, 'store' | 'clock'>,
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

export async function confirmSubscription(deps: Deps, token: unknown): Promise<Subscriber> {
  const sub = await subscriberForToken(deps, token, 'confirm');
  return (await applyTransition(deps, sub.id, confirm)) ?? sub;
}

export async function unsubscribeByToken(deps: Deps, token: unknown): Promise<{ email: string }> {
  const sub = await subscriberForToken(deps, token, 'unsubscribe');
  await applyTransition(deps, sub.id, unsubscribe);
  return { email: sub.email };
}

export async function updatePreferences(
  deps: Deps,
  token: unknown,
  prefs: { timezone: unknown; sendHour: unknown },
): Promise<Subscriber> {
  const sub = await subscriberForToken(deps, token, 'log');
  if (typeof prefs.timezone !== 'string' || !isValidTimeZone(prefs.timezone)) {
    throw new ValidationError('invalid_timezone', 'Please choose a time zone from the list.', 'timezone');
  }
  const sendHour =
    typeof prefs.sendHour === 'string' && prefs.sendHour.trim() !== ''
      ? Number(prefs.sendHour)
      : prefs.sendHour;
  assertSendHour(sendHour);
  const timing = { timezone: prefs.timezone, sendHour: sendHour as number };
  return (await applyTransition(deps, sub.id, (s, now) => changePreferences(s, now, timing))) ?? sub;
}

export async function deleteMyData(deps: Deps, token: unknown): Promise<void> {
  const sub = await subscriberForToken(deps, token, 'log');
  // Raw mail first: once the replies are gone, nothing would say which messages were theirs.
  await deps.rawMail.delete(await deps.store.replyMessageIds(sub.id));
  await deps.store.deleteAll(sub.id);
}
