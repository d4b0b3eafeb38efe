/**
 * Signed tokens for the links in our emails (confirm, unsubscribe, personal log) and for the reply
 * address `reply+<token>@<inbound domain>`, plus subscriber ids.
 *
 * Format: `<tag>.<subscriber id>[.<field>].<mac>`, all in [a-z0-9.]:
 *   confirm      c.<id>.<expiry, Unix seconds>.<mac>   expires 7 days after signing
 *   unsubscribe  u.<id>.<mac>                          never expires
 *   log          l.<id>.<mac>                          never expires
 *   reply        r.<id>.<day>.<week>.<mac>             never expires; day 0 is the welcome email,
 *                                                      1..7 the prompts, 9 the reconnect email
 * e.g. `r.zyo63h2g743wzrjr.3.2.k6tnt3lilv3yljgzqpeegnmp` (47 characters; a confirm token is 54).
 * Reply tokens signed before they carried the week (`r.<id>.<day>.<mac>`) still verify, with no
 * week: such a reply counts for the person's current week.
 *   receipt      k.<id>.<day>.<week>.<mac>             a reply token too, on a receipt: an answer to
 *                                                      it may correct that day instead of adding
 *
 * Why this shape: a reply address must fit a 64-character local part and survive mail systems
 * that lower-case it, so everything is lower-case base32 (RFC 4648 alphabet) or digits, and the
 * reply local part is at most 59 characters (a week of six digits). The mac is HMAC-SHA256 over everything before it (tag
 * included, so a log token can never pass as an unsubscribe token), truncated to 120 bits.
 * Keys rotate: sign with the current key, accept the current or the previous one.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, InvalidTokenError } from './errors';
import { DAYS_IN_WEEK, RECONNECT_DAY } from './week';

export type TokenPurpose = 'confirm' | 'unsubscribe' | 'log' | 'reply';

export interface ConfirmClaims {
  purpose: 'confirm';
  subscriberId: string;
  expiresAt: Date;
}
export interface UnsubscribeClaims {
  purpose: 'unsubscribe';
  subscriberId: string;
}
export interface LogClaims {
  purpose: 'log';
  subscriberId: string;
}
export interface ReplyClaims {
  purpose: 'reply';
  subscriberId: string;
  /** 0 = the welcome email, 1..7 = that day's prompt. */
  day: number;
  /** The week the email belonged to; null for tokens signed before tokens carried it. */
  week: number | null;
  /** The address was on a receipt (what we logged for the day), not on a prompt. */
  receipt?: boolean;
}
export type TokenClaims = ConfirmClaims | UnsubscribeClaims | LogClaims | ReplyClaims;
export type ClaimsFor<P extends TokenPurpose> = Extract<TokenClaims, { purpose: P }>;

/** HMAC keys (secret strings, ideally 32 random bytes encoded): sign with `current`, also accept `previous`. */
export interface TokenKeys {
  current: string;
  previous?: string;
}

export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 3_600_000;
/** The reply address's local part is `REPLY_LOCAL_PREFIX + token`. */
export const REPLY_LOCAL_PREFIX = 'reply+';
/** Days a reply token can name: 0 (the welcome), 1..7 (the prompts) and the reconnect email. */
export function isReplyDay(day: number): boolean {
  return Number.isInteger(day) && ((day >= 0 && day <= DAYS_IN_WEEK) || day === RECONNECT_DAY);
}
/** Weeks a reply token can name: 1 to 999,999 (six digits keep the local part within 64). */
export const MAX_REPLY_WEEK = 999_999;

const TAGS: Record<TokenPurpose, string> = { confirm: 'c', unsubscribe: 'u', log: 'l', reply: 'r' };
/** The tag of a reply token on a receipt: signed as its own tag, so a prompt's token cannot pass for one. */
const RECEIPT_TAG = 'k';
const MAC_BYTES = 15; // 120 bits, exactly 24 base32 characters
const MAC_CONTEXT = 'gratitude-week token v1\n';

// ---------------------------------------------------------------------------------------------
// Base32, RFC 4648 alphabet in lower case (no padding: every length here is fixed)

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let buffer = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Subscriber ids

const SUBSCRIBER_ID = /^[a-z2-7]{16}$/;
const SUBSCRIBER_ID_BYTES = 10;

/** A new subscriber id: 16 lower-case base32 characters from 10 random bytes (80 bits). */
export function newSubscriberId(randomBytes: Uint8Array): string {
  if (randomBytes.length !== SUBSCRIBER_ID_BYTES) {
    throw new RangeError(`newSubscriberId needs exactly ${SUBSCRIBER_ID_BYTES} random bytes`);
  }
  return base32(randomBytes);
}

export function isSubscriberId(value: unknown): value is string {
  return typeof value === 'string' && SUBSCRIBER_ID.test(value);
}

// ---------------------------------------------------------------------------------------------
// Signing

function mac(key: string, body: string): string {
  const digest = createHmac('sha256', key).update(MAC_CONTEXT).update(body).digest();
  return base32(digest.subarray(0, MAC_BYTES));
}

function currentKey(keys: TokenKeys): string {
  if (typeof keys?.current !== 'string' || keys.current === '') {
    throw new AppError('token_key_missing', 'No token signing key is configured.');
  }
  return keys.current;
}

function badClaims(detail: string): AppError {
  return new AppError('invalid_token_claims', `Cannot sign a token: ${detail}.`);
}

/** What a reply token is signed from; without a week it is signed in the old shape (tests of old links). */
export type ReplySigning = Omit<ReplyClaims, 'week'> & { week?: number | null };

/** Signs a confirm token valid for 7 days from `now`. */
export function signToken(
  keys: TokenKeys,
  claims: { purpose: 'confirm'; subscriberId: string },
  now: Date,
): string;
/** Signs an unsubscribe, log or reply token (these never expire). */
export function signToken(keys: TokenKeys, claims: UnsubscribeClaims | LogClaims | ReplySigning): string;
export function signToken(
  keys: TokenKeys,
  claims: { purpose: 'confirm'; subscriberId: string } | UnsubscribeClaims | LogClaims | ReplySigning,
  now?: Date,
): string {
  const key = currentKey(keys);
  if (!isSubscriberId(claims.subscriberId)) throw badClaims('not a subscriber id');
  let field: string | undefined;
  switch (claims.purpose) {
    case 'confirm': {
      const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
      if (!Number.isFinite(nowMs)) throw badClaims('a confirm token needs the current time');
      field = String(Math.floor((nowMs + CONFIRM_TOKEN_TTL_MS) / 1000));
      break;
    }
    case 'reply':
      if (!isReplyDay(claims.day)) throw badClaims(`the reply day must be 0..7 or ${RECONNECT_DAY}`);
      field = String(claims.day);
      if (claims.week !== undefined && claims.week !== null) {
        if (!Number.isInteger(claims.week) || claims.week < 1 || claims.week > MAX_REPLY_WEEK) {
          throw badClaims('the reply week must be 1..999999');
        }
        field += `.${claims.week}`;
      }
      break;
    case 'unsubscribe':
    case 'log':
      break;
    default:
      throw badClaims('unknown purpose');
  }
  const tag = claims.purpose === 'reply' && claims.receipt === true ? RECEIPT_TAG : TAGS[claims.purpose];
  const body =
    field === undefined ? `${tag}.${claims.subscriberId}` : `${tag}.${claims.subscriberId}.${field}`;
  return `${body}.${mac(key, body)}`;
}

// ---------------------------------------------------------------------------------------------
// Verifying

// Tag, id, optional field (canonical digits: no leading zeros), a reply's optional week, mac.
// Anything else is malformed.
const TOKEN =
  /^([culrk])\.([a-z2-7]{16})(?:\.(0|[1-9][0-9]{0,11}))?(?:\.([1-9][0-9]{0,5}))?\.([a-z2-7]{24})$/;
const MAX_TOKEN_LENGTH = 64;

function macMatches(keys: TokenKeys, body: string, given: string): boolean {
  const givenBytes = Buffer.from(given, 'latin1');
  // Both keys are always tried so that timing does not tell which one signed.
  let matched = false;
  for (const key of [keys.current, keys.previous]) {
    if (typeof key !== 'string' || key === '') continue;
    const expected = Buffer.from(mac(key, body), 'latin1');
    if (timingSafeEqual(expected, givenBytes)) matched = true;
  }
  return matched;
}

/**
 * Verifies `token` for `expectedPurpose` and returns its claims. Throws InvalidTokenError
 * ('invalid_token') for anything malformed, forged, signed by an unknown key or meant for another
 * purpose, and InvalidTokenError('expired_token') for a genuine confirm token past its expiry
 * (checked only after the signature, so forgeries never learn more than "invalid"). Throws nothing
 * else, whatever `token` is. Reply tokens are read case-insensitively, since mail systems may
 * lower- or upper-case the address they arrived on.
 */
export function verifyToken<P extends TokenPurpose>(
  keys: TokenKeys,
  token: unknown,
  expectedPurpose: P,
  now: Date,
): ClaimsFor<P> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError();
  const candidate = expectedPurpose === 'reply' ? token.toLowerCase() : token;
  const match = TOKEN.exec(candidate);
  if (!match) throw new InvalidTokenError();
  const [, tag, subscriberId = '', field, week, given = ''] = match;
  const receipt = expectedPurpose === 'reply' && tag === RECEIPT_TAG;
  if (!Object.hasOwn(TAGS, expectedPurpose) || (tag !== TAGS[expectedPurpose] && !receipt))
    throw new InvalidTokenError();

  const needsField = expectedPurpose === 'confirm' || expectedPurpose === 'reply';
  if (needsField !== (field !== undefined)) throw new InvalidTokenError();
  if (week !== undefined && expectedPurpose !== 'reply') throw new InvalidTokenError();
  if (expectedPurpose === 'reply' && !isReplyDay(Number(field))) throw new InvalidTokenError();

  const body = candidate.slice(0, candidate.length - given.length - 1);
  if (!macMatches(keys, body, given)) throw new InvalidTokenError();

  let claims: TokenClaims;
  switch (expectedPurpose) {
    case 'confirm': {
      const expiresAt = new Date(Number(field) * 1000);
      if (!(now instanceof Date) || !(now.getTime() < expiresAt.getTime())) {
        throw new InvalidTokenError(
          'expired_token',
          'This confirmation link has expired. Please subscribe again.',
        );
      }
      claims = { purpose: 'confirm', subscriberId, expiresAt };
      break;
    }
    case 'reply':
      claims = {
        purpose: 'reply',
        subscriberId,
        day: Number(field),
        week: week === undefined ? null : Number(week),
        ...(receipt ? { receipt } : {}),
      };
      break;
    case 'unsubscribe':
      claims = { purpose: 'unsubscribe', subscriberId };
      break;
    default:
      claims = { purpose: 'log', subscriberId };
  }
  return claims as ClaimsFor<P>;
}

// ---------------------------------------------------------------------------------------------
// Group links

/**
 * A group's links name the group, not a person: `g.<group id>.<mac>` opens the organizer's
 * dashboard (never expires, like a log link) and `h.<group id>.<expiry>.<mac>` confirms a new
 * group (7 days, like a subscriber's confirm link). Their own tags: neither passes for the other
 * or for any subscriber's token.
 */
export type GroupTokenPurpose = 'dashboard' | 'group-confirm';
const GROUP_TAGS: Record<GroupTokenPurpose, string> = { dashboard: 'g', 'group-confirm': 'h' };
const GROUP_TOKEN = /^([gh])\.([a-z2-7]{16})(?:\.([1-9][0-9]{0,11}))?\.([a-z2-7]{24})$/;

export function signGroupToken(
  keys: TokenKeys,
  purpose: GroupTokenPurpose,
  groupId: string,
  now?: Date,
): string {
  const key = currentKey(keys);
  if (!isSubscriberId(groupId)) throw badClaims('not a group id');
  let body = `${GROUP_TAGS[purpose]}.${groupId}`;
  if (purpose === 'group-confirm') {
    const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
    if (!Number.isFinite(nowMs)) throw badClaims('a confirm token needs the current time');
    body += `.${Math.floor((nowMs + CONFIRM_TOKEN_TTL_MS) / 1000)}`;
  }
  return `${body}.${mac(key, body)}`;
}

/** The group a token names, or InvalidTokenError as `verifyToken` throws it. */
export function verifyGroupToken(
  keys: TokenKeys,
  token: unknown,
  purpose: GroupTokenPurpose,
  now: Date,
): { groupId: string } {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError();
  const match = GROUP_TOKEN.exec(token);
  if (!match) throw new InvalidTokenError();
  const [, tag, groupId = '', expiry, given = ''] = match;
  if (tag !== GROUP_TAGS[purpose] || (purpose === 'group-confirm') !== (expiry !== undefined))
    throw new InvalidTokenError();
  if (!macMatches(keys, token.slice(0, token.length - given.length - 1), given))
    throw new InvalidTokenError();
  if (expiry !== undefined && !(now instanceof Date && now.getTime() < Number(expiry) * 1000)) {
    throw new InvalidTokenError(
      'expired_token',
      'This confirmation link has expired. Please create the group again.',
    );
  }
  return { groupId };
}

// ---------------------------------------------------------------------------------------------
// The reply address

/** `reply+<token>@<inboundDomain>`. */
export function replyAddress(token: string, inboundDomain: string): string {
  return `${REPLY_LOCAL_PREFIX}${token}@${inboundDomain}`;
}

/**
 * The token in a reply address (`reply+<token>@...`, any case), or undefined when the address is
 * not one. The token still has to be verified.
 */
export function replyTokenFromAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  const local = (at < 0 ? address : address.slice(0, at)).toLowerCase();
  if (!local.startsWith(REPLY_LOCAL_PREFIX)) return undefined;
  const token = local.slice(REPLY_LOCAL_PREFIX.length);
  return token === '' ? undefined : token;
}
