/**
 * The signed-link actions: confirm, unsubscribe, change preferences, delete my data. Each one:
 * 1. Verifies the token for its purpose (a log token cannot unsubscribe, and so on).
 * 2. Loads the subscriber, applies one lifecycle transition, saves it (retrying once if a
 *    concurrent change won the race).
 * All are idempotent: a second POST finds the work done and says so.
 */
import { NotFoundError, ValidationError } from '../errors';
import { type Language, languageOf } from '../language';
import type { RawMailDeletions, RawMailStore } from '../ports';
import { keysHolding } from '../rate-keys';
import { assertSendHour, canonicalTimeZone, isValidTimeZone, sendHourOf } from '../schedule';
import { changePreferences, confirm, type Subscriber, setReconnect, unsubscribe } from '../subscriber';
import { type TokenPurpose, verifyToken } from '../tokens';
import type { MemberDeps } from './deps';
import { afterLeavingWeek, countConfirmedMember, leaveGroup } from './groups';
import { applyTransition } from './transition';

/** Resolves a page token to its subscriber, or throws the error a page should explain. */
export async function subscriberForToken(
  deps: Pick<MemberDeps, 'links' | 'clock' | 'store'>,
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

export async function confirmSubscription(
  deps: Pick<MemberDeps, 'links' | 'clock' | 'store' | 'groups'>,
  token: unknown,
): Promise<Subscriber> {
  const sub = await subscriberForToken(deps, token, 'confirm');
  const confirmed = await applyTransition(deps, sub.id, confirm);
  await countConfirmedMember(deps, confirmed);
  return confirmed ?? sub;
}

export async function unsubscribeByToken(
  deps: Pick<MemberDeps, 'links' | 'clock' | 'store' | 'groups' | 'outbox'>,
  token: unknown,
): Promise<{ email: string; language: Language }> {
  const sub = await subscriberForToken(deps, token, 'unsubscribe');
  await afterLeavingWeek(deps, await applyTransition(deps, sub.id, unsubscribe), deps.clock.now());
  return { email: sub.email, language: sub.language };
}

export async function updatePreferences(
  deps: Pick<MemberDeps, 'links' | 'clock' | 'store'>,
  token: unknown,
  prefs: { timezone: unknown; sendHour: unknown; language?: unknown; reconnect?: boolean },
): Promise<Subscriber> {
  const sub = await subscriberForToken(deps, token, 'log');
  if (typeof prefs.timezone !== 'string' || !isValidTimeZone(prefs.timezone)) {
    throw new ValidationError('invalid_timezone', 'Please choose a time zone from the list.', 'timezone');
  }
  const sendHour = sendHourOf(prefs.sendHour);
  assertSendHour(sendHour);
  // The form always sends a language; an older form (or a JSON client) without one keeps it.
  let language: Language | undefined;
  if (prefs.language !== undefined && prefs.language !== '') {
    language = languageOf(prefs.language) ?? undefined;
    if (!language) {
      throw new ValidationError(
        'invalid_language',
        'Please choose English, Spanish, German or French.',
        'language',
      );
    }
  }
  const timing = {
    timezone: canonicalTimeZone(prefs.timezone),
    sendHour,
    ...(language ? { language } : {}),
  };
  const { reconnect } = prefs;
  return (
    (await applyTransition(deps, sub.id, (s, now) => {
      const changed = changePreferences(s, now, timing);
      return reconnect === undefined ? changed : setReconnect(changed, now, reconnect);
    })) ?? sub
  );
}

/** The reconnect email's one-click link: no more check-in emails (idempotent). */
export async function turnOffReconnect(
  deps: Pick<MemberDeps, 'links' | 'clock' | 'store'>,
  token: unknown,
): Promise<Subscriber> {
  const sub = await subscriberForToken(deps, token, 'log');
  return (await applyTransition(deps, sub.id, (s, now) => setReconnect(s, now, false))) ?? sub;
}

/**
 * Deletes everything kept about the person: raw mail (replies, commands, held mail), the inbound
 * records and links, the rate-limit counters that name them or their address, and the subscriber
 * with everything under them. Mail to their old addresses is dropped from then on. Their group
 * (if any) keeps only counts that name nobody.
 */
/** Raw-mail deletions carried out at once, where the store is at hand (the tests' in-memory store). */
export function deletingAtOnce(rawMail: RawMailStore): RawMailDeletions {
  return { request: (messageIds) => rawMail.delete([...messageIds]) };
}

export async function deleteMyData(
  deps: Pick<
    MemberDeps,
    'links' | 'clock' | 'store' | 'rawMailDeletions' | 'inboundLog' | 'rateLimiter' | 'groups' | 'outbox'
  >,
  token: unknown,
): Promise<void> {
  const sub = await subscriberForToken(deps, token, 'log');
  // Their group counts them out first: the marker that says what was counted goes with their data.
  await leaveGroup(deps, sub, deps.clock.now());
  // Raw mail and records first: once the person is gone, nothing would say which were theirs.
  const messages = await deps.inboundLog.messagesOf(sub.id);
  const held = await deps.store.heldReplies(sub.id);
  const rawIds = new Set([
    ...messages.map((m) => m.messageId),
    ...(await deps.store.replyMessageIds(sub.id)),
    ...held.map((h) => h.messageId),
  ]);
  await deps.rawMailDeletions.request([...rawIds]);
  await deps.inboundLog.forget(sub.id, messages);
  for (const key of keysHolding(sub)) await deps.rateLimiter.forget(key);
  await deps.store.deleteAll(sub.id);
}
