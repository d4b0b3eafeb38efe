/**
 * Subscribe (web form, JSON, or later an email to start@).
 *
 * Primary course:
 * 1. Validate the address, time zone, send hour and language.
 * 2. Count the request against the client's and the address's rate limits.
 * 3. A new address becomes a pending subscriber (the email key is claimed in the same
 *    transaction, so two racing requests create one person) and is sent the welcome.
 * 4. A known address: pending ones get the welcome again, people who left or finished go back to
 *    pending with a welcome, active, paused and suppressed ones get nothing.
 * The answer is "pending" in every case: it never tells whether the address was known.
 */
import { parseEmailAddress } from '../email-address';
import { RateLimitedError, ValidationError } from '../errors';
import {
  GroupClosedError,
  GroupFullError,
  isJoinable,
  MAX_GROUP_MEMBERS,
  type Membership,
  normalizeGroupCode,
  UnknownGroupError,
} from '../group';
import { DEFAULT_LANGUAGE, type Language, languageOf } from '../language';
import type { LinkSettings } from '../links';
import { RATE_KEYS } from '../rate-keys';
import { assertSendHour, canonicalTimeZone, isValidTimeZone } from '../schedule';
import { ConcurrentUpdateError, EmailTakenError } from '../store-errors';
import { newSubscriber, resubscribe, type Subscriber } from '../subscriber';
import type { MemberDeps } from './deps';

type SubscribeDeps = Pick<
  MemberDeps,
  'store' | 'groups' | 'rateLimiter' | 'outbox' | 'ids' | 'clock' | 'links'
>;

export interface SubscribeRequest {
  email: unknown;
  name?: string | null;
  timezone?: string | null;
  sendHour?: number | null;
  /** `en`, `es`, `de` or `fr` (a regional tag such as `es-MX` is read as its language). */
  language?: unknown;
  /** Who is asking (source IP), for the per-client limit. */
  client: string;
  /** A group's join code: they do the week with that group, from its start date. */
  group?: unknown;
}

/**
 * Takes a seat in the group whose code was given, for this subscriber and week; the membership
 * their record keeps. Unknown, closed and full groups are refused.
 */
async function takeSeat(
  deps: Pick<MemberDeps, 'groups'>,
  code: unknown,
  sub: Subscriber,
): Promise<Membership> {
  const normalized = normalizeGroupCode(code);
  const group = normalized ? await deps.groups.findByCode(normalized) : null;
  if (!group || group.status === 'pending') throw new UnknownGroupError();
  if (!isJoinable(group)) throw new GroupClosedError();
  if ((await deps.groups.join(group.id, sub.id, MAX_GROUP_MEMBERS)) === 'full') throw new GroupFullError();
  return { groupId: group.id, code: group.code, startDate: group.startDate, week: sub.week };
}

export const SUBSCRIBE_LIMITS = {
  perClient: { limit: 20, windowSeconds: 60 },
  perAddress: { limit: 5, windowSeconds: 3600 },
} as const;

const MAX_NAME_LENGTH = 80;

function cleanName(name: string | null | undefined): string | null {
  // Control characters would break headers and logs; the rest is escaped wherever it is shown.
  const cleaned = (name ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length > MAX_NAME_LENGTH) {
    throw new ValidationError(
      'invalid_name',
      `Please keep the name under ${MAX_NAME_LENGTH} characters.`,
      'name',
    );
  }
  return cleaned === '' ? null : cleaned;
}

function validLanguage(value: unknown): Language {
  if (value === undefined || value === null || value === '') return DEFAULT_LANGUAGE;
  const language = languageOf(value);
  if (!language) {
    throw new ValidationError(
      'invalid_language',
      'Please choose English, Spanish, German or French.',
      'language',
    );
  }
  return language;
}

/** Addresses of the service itself: subscribing one would make the service mail itself in a loop. */
export function isOwnAddress(emailKey: string, links: Pick<LinkSettings, 'inboundDomain' | 'senderAddress'>) {
  const domain = emailKey.slice(emailKey.lastIndexOf('@') + 1);
  return domain === links.inboundDomain.toLowerCase() || emailKey === links.senderAddress?.toLowerCase();
}

function validated(request: SubscribeRequest, links: LinkSettings) {
  const { address, key } = parseEmailAddress(request.email);
  if (isOwnAddress(key, links)) {
    throw new ValidationError(
      'own_address',
      'That address belongs to Gratitude Week itself. Please use your own.',
      'email',
    );
  }
  const timezone = request.timezone ?? 'UTC';
  if (!isValidTimeZone(timezone)) {
    throw new ValidationError('invalid_timezone', 'Please choose a time zone from the list.', 'timezone');
  }
  const sendHour = request.sendHour ?? 8;
  assertSendHour(sendHour);
  return {
    address,
    key,
    timezone: canonicalTimeZone(timezone),
    sendHour,
    language: validLanguage(request.language),
    name: cleanName(request.name),
  };
}

/** Counts one sign-up (a subscriber's or a group's) against the client's and the mailbox's limits. */
export async function enforceLimits(
  deps: Pick<MemberDeps, 'rateLimiter'>,
  client: string,
  emailKey: string,
  now: Date,
): Promise<void> {
  const checks = await Promise.all([
    deps.rateLimiter.hit(
      RATE_KEYS.subscribeClient(client),
      SUBSCRIBE_LIMITS.perClient.limit,
      SUBSCRIBE_LIMITS.perClient.windowSeconds,
      now,
    ),
    deps.rateLimiter.hit(
      // Counted per mailbox (case and +tag folded): v+a@, v+b@ and V@ share one allowance.
      RATE_KEYS.subscribeMailbox(emailKey),
      SUBSCRIBE_LIMITS.perAddress.limit,
      SUBSCRIBE_LIMITS.perAddress.windowSeconds,
      now,
    ),
  ]);
  const refused = checks.filter((c) => !c.allowed);
  if (refused.length > 0) throw new RateLimitedError(Math.max(...refused.map((c) => c.retryAfterSeconds)));
}

/** Asks for the welcome of `sub`, stored already with the instant it was asked for. */
async function sendWelcome(deps: SubscribeDeps, sub: Subscriber, now: Date): Promise<void> {
  await deps.outbox.post({ kind: 'welcome', subscriberId: sub.id, at: now.toISOString() });
}

export async function subscribe(
  deps: SubscribeDeps,
  request: SubscribeRequest,
): Promise<{ status: 'pending' }> {
  const input = validated(request, deps.links);
  const now = deps.clock.now();
  await enforceLimits(deps, request.client, input.key, now);

  const wantsGroup = request.group !== undefined && request.group !== null && request.group !== '';
  const withGroup = async (sub: Subscriber): Promise<Subscriber> =>
    wantsGroup ? { ...sub, group: await takeSeat(deps, request.group, sub) } : sub;
  for (let attempt = 0; attempt < 3; attempt++) {
    const known = await deps.store.findByEmail(input.key);
    try {
      if (!known) {
        const created = await withGroup({
          ...newSubscriber({
            id: deps.ids.subscriberId(),
            email: input.address,
            emailKey: input.key,
            ...input,
            now,
          }),
          welcomeSentAt: now.toISOString(),
        });
        try {
          await deps.store.create(created);
        } catch (error) {
          // The seat was taken for an id that was never stored: give it back before deciding again.
          if (created.group) await deps.groups.leave(created.group.groupId, created.id);
          throw error;
        }
        await sendWelcome(deps, created, now);
      } else {
        const { subscriber, sendWelcome: welcome } = resubscribe(known, now, input);
        if (welcome) {
          const asked = { ...subscriber, welcomeSentAt: now.toISOString() };
          await sendWelcome(deps, await deps.store.save(await withGroup(asked)), now);
        }
      }
      return { status: 'pending' };
    } catch (error) {
      // Someone else created or changed this address meanwhile: read again and decide again.
      if (!(error instanceof EmailTakenError || error instanceof ConcurrentUpdateError)) throw error;
    }
  }
  return { status: 'pending' };
}
