/** Signed tokens: what verifies, what never does, and the reply address's mail-system constraints. */
import fc from 'fast-check';
import { InvalidTokenError } from '../../../functions/core/errors';
import {
  CONFIRM_TOKEN_TTL_MS,
  isSubscriberId,
  MAX_REPLY_WEEK,
  newSubscriberId,
  REPLY_LOCAL_PREFIX,
  replyAddress,
  replyTokenFromAddress,
  signToken,
  type TokenClaims,
  type TokenPurpose,
  verifyToken,
} from '../../../functions/core/tokens';

const keys = { current: 'current-key-0123456789abcdef0123456789' };
const rotated = { current: 'next-key-fedcba9876543210fedcba987654', previous: keys.current };
const now = new Date('2026-06-01T12:00:00Z');
const id = newSubscriberId(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
const PURPOSES: TokenPurpose[] = ['confirm', 'unsubscribe', 'log', 'reply'];

function tokenFor(purpose: TokenPurpose, signingKeys = keys, subscriberId = id, day = 3): string {
  switch (purpose) {
    case 'confirm':
      return signToken(signingKeys, { purpose, subscriberId }, now);
    case 'reply':
      return signToken(signingKeys, { purpose, subscriberId, day });
    default:
      return signToken(signingKeys, { purpose, subscriberId });
  }
}

function failure(fn: () => unknown): InvalidTokenError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidTokenError) return error;
    throw error;
  }
  throw new Error('expected an InvalidTokenError');
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const subscriberIdArb = fc
  .uint8Array({ minLength: 10, maxLength: 10 })
  .map((bytes) => newSubscriberId(bytes));

describe('subscriber ids', () => {
  it('are 16 lower-case base32 characters from 10 random bytes', () => {
    expect(newSubscriberId(new Uint8Array(10))).toBe('aaaaaaaaaaaaaaaa');
    expect(newSubscriberId(new Uint8Array(10).fill(255))).toBe('7777777777777777');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        expect(isSubscriberId(newSubscriberId(bytes))).toBe(true);
      }),
    );
  });

  it('distinct bytes give distinct ids', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (a, b) => {
          fc.pre(Buffer.compare(a, b) !== 0);
          expect(newSubscriberId(a)).not.toBe(newSubscriberId(b));
        },
      ),
    );
  });

  it('refuse the wrong amount of randomness, and isSubscriberId refuses look-alikes', () => {
    expect(() => newSubscriberId(new Uint8Array(9))).toThrow(RangeError);
    for (const bad of ['AAAAAAAAAAAAAAAA', 'aaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaa1', 'aaaaaaaaaaaaaaaaa', 42]) {
      expect(isSubscriberId(bad)).toBe(false);
    }
  });
});

describe('signToken and verifyToken', () => {
  it.each(PURPOSES)('a %s token round-trips to its claims', (purpose) => {
    const claims = verifyToken(keys, tokenFor(purpose), purpose, now) as TokenClaims;
    expect(claims.purpose).toBe(purpose);
    expect(claims.subscriberId).toBe(id);
  });

  it('a reply token carries its day, 0 (the welcome) to 7', () => {
    for (let day = 0; day <= 7; day++) {
      expect(verifyToken(keys, tokenFor('reply', keys, id, day), 'reply', now).day).toBe(day);
    }
    expect(() => signToken(keys, { purpose: 'reply', subscriberId: id, day: 8 })).toThrow(/0\.\.7/);
    expect(() => signToken(keys, { purpose: 'reply', subscriberId: id, day: 1.5 })).toThrow();
  });

  it('a receipt carries a reply token of its own, that says so and cannot be made from a prompt token', () => {
    const prompt = signToken(keys, { purpose: 'reply', subscriberId: id, day: 3, week: 2 });
    const receipt = signToken(keys, { purpose: 'reply', subscriberId: id, day: 3, week: 2, receipt: true });
    expect(receipt).toMatch(/^k\.[a-z2-7]{16}\.3\.2\.[a-z2-7]{24}$/);
    expect(verifyToken(keys, receipt, 'reply', now)).toEqual({
      purpose: 'reply',
      subscriberId: id,
      day: 3,
      week: 2,
      receipt: true,
    });
    expect(verifyToken(keys, prompt, 'reply', now)).not.toHaveProperty('receipt');
    // Re-tagging a prompt's token keeps its mac, which was made over the other tag.
    expect(() => verifyToken(keys, `k${prompt.slice(1)}`, 'reply', now)).toThrow(InvalidTokenError);
    expect(() => verifyToken(keys, receipt, 'log', now)).toThrow(InvalidTokenError);
    expect(replyAddress(receipt, 'in.example.org').split('@')[0]?.length).toBeLessThanOrEqual(64);
    expect(verifyToken(keys, receipt.toUpperCase(), 'reply', now)).toMatchObject({ receipt: true });
  });

  it('round-trips for any subscriber, day and week', () => {
    fc.assert(
      fc.property(
        subscriberIdArb,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: MAX_REPLY_WEEK }),
        (subscriberId, day, week) => {
          const token = signToken(keys, { purpose: 'reply', subscriberId, day, week });
          expect(verifyToken(keys, token, 'reply', now)).toEqual({
            purpose: 'reply',
            subscriberId,
            day,
            week,
          });
        },
      ),
    );
  });

  it('a reply token signed before tokens carried the week still verifies, with no week', () => {
    const old = signToken(keys, { purpose: 'reply', subscriberId: id, day: 2 });
    expect(old).toMatch(/^r\.[a-z2-7]{16}\.2\.[a-z2-7]{24}$/);
    expect(verifyToken(keys, old, 'reply', now)).toEqual({
      purpose: 'reply',
      subscriberId: id,
      day: 2,
      week: null,
    });
  });

  it('the week is signed: changing it, or adding one to an old token, is a forgery', () => {
    const token = signToken(keys, { purpose: 'reply', subscriberId: id, day: 2, week: 3 });
    const otherWeek = token.replace('.2.3.', '.2.4.');
    expect(otherWeek).not.toBe(token);
    expect(failure(() => verifyToken(keys, otherWeek, 'reply', now)).code).toBe('invalid_token');
    const old = signToken(keys, { purpose: 'reply', subscriberId: id, day: 2 });
    const withWeek = old.replace('.2.', '.2.5.');
    expect(failure(() => verifyToken(keys, withWeek, 'reply', now)).code).toBe('invalid_token');
  });

  it('only reply tokens carry a week, and only weeks 1..999999 are signed', () => {
    const log = tokenFor('log');
    const withField = log.replace(/\.([a-z2-7]{24})$/, '.1.$1');
    expect(failure(() => verifyToken(keys, withField, 'log', now)).code).toBe('invalid_token');
    expect(() => signToken(keys, { purpose: 'reply', subscriberId: id, day: 1, week: 0 })).toThrow(/week/);
    expect(() =>
      signToken(keys, { purpose: 'reply', subscriberId: id, day: 1, week: MAX_REPLY_WEEK + 1 }),
    ).toThrow(/week/);
  });

  it('tokens use only lower-case base32, digits and dots', () => {
    for (const purpose of PURPOSES) expect(tokenFor(purpose)).toMatch(/^[a-z2-7.0-9]+$/);
  });

  it('refuses to sign for something that is not a subscriber id, or without a key', () => {
    expect(() => signToken(keys, { purpose: 'log', subscriberId: 'Anna@example.com' })).toThrow(
      /subscriber id/,
    );
    expect(() => signToken({ current: '' }, { purpose: 'log', subscriberId: id })).toThrow(/key/);
  });
});

describe('tampering and forgery', () => {
  it.each(PURPOSES)('changing any one character of a %s token makes it invalid', (purpose) => {
    const token = tokenFor(purpose);
    for (let i = 0; i < token.length; i++) {
      for (const replacement of new Set([...`${ALPHABET}0189.-`])) {
        if (replacement === token[i]) continue;
        const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
        expect([tampered, failure(() => verifyToken(keys, tampered, purpose, now)).code]).toEqual([
          tampered,
          'invalid_token',
        ]);
      }
    }
  });

  it('truncated, extended and re-cased tokens are invalid (reply tokens excepted for case)', () => {
    for (const purpose of ['confirm', 'unsubscribe', 'log'] as const) {
      const token = tokenFor(purpose);
      for (const variant of [
        token.slice(0, -1),
        `${token}a`,
        `${token}.`,
        token.toUpperCase(),
        ` ${token}`,
      ]) {
        expect(failure(() => verifyToken(keys, variant, purpose, now)).code).toBe('invalid_token');
      }
    }
  });

  it('a token signed with an unknown key is invalid', () => {
    const stranger = { current: 'someone-elses-key-0123456789abcdef' };
    for (const purpose of PURPOSES) {
      expect(failure(() => verifyToken(keys, tokenFor(purpose, stranger), purpose, now)).code).toBe(
        'invalid_token',
      );
    }
  });

  it('no token works for another purpose: a log token cannot unsubscribe', () => {
    for (const signedFor of PURPOSES) {
      for (const usedFor of PURPOSES) {
        if (signedFor === usedFor) continue;
        const token = tokenFor(signedFor);
        expect(failure(() => verifyToken(keys, token, usedFor, now)).code).toBe('invalid_token');
        // Relabelling the purpose tag does not help either: the tag is signed.
        const relabelled = `${token[0] === 'c' ? 'u' : 'c'}${token.slice(1)}`;
        expect(failure(() => verifyToken(keys, relabelled, usedFor, now)).code).toBe('invalid_token');
      }
    }
  });

  it('a token for one subscriber cannot be moved to another', () => {
    const other = newSubscriberId(new Uint8Array(10).fill(7));
    const token = tokenFor('unsubscribe');
    const moved = token.replace(id, other);
    expect(failure(() => verifyToken(keys, moved, 'unsubscribe', now)).code).toBe('invalid_token');
  });
});

describe('confirm token expiry', () => {
  const token = tokenFor('confirm');

  it('is valid for 7 days after signing, then expired', () => {
    const lastMoment = new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS - 1000);
    expect(verifyToken(keys, token, 'confirm', lastMoment).expiresAt.toISOString()).toBe(
      '2026-06-08T12:00:00.000Z',
    );
    const error = failure(() =>
      verifyToken(keys, token, 'confirm', new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS)),
    );
    expect([error.code, error.status]).toEqual(['expired_token', 400]);
  });

  it('the expiry is signed: pushing it later makes the token invalid, not valid longer', () => {
    const [tag, subscriberId, expiry, mac] = token.split('.') as [string, string, string, string];
    const later = [tag, subscriberId, String(Number(expiry) + 86_400 * 365), mac].join('.');
    expect(failure(() => verifyToken(keys, later, 'confirm', now)).code).toBe('invalid_token');
  });

  it('a forged token past its expiry is reported invalid, not expired', () => {
    const stranger = signToken(
      { current: 'another-key-0123456789abcdef' },
      { purpose: 'confirm', subscriberId: id },
      now,
    );
    const muchLater = new Date(now.getTime() + 30 * CONFIRM_TOKEN_TTL_MS);
    expect(failure(() => verifyToken(keys, stranger, 'confirm', muchLater)).code).toBe('invalid_token');
  });

  it('unsubscribe, log and reply tokens never expire', () => {
    const decadeLater = new Date('2036-06-01T00:00:00Z');
    for (const purpose of ['unsubscribe', 'log', 'reply'] as const) {
      expect(verifyToken(keys, tokenFor(purpose), purpose, decadeLater).subscriberId).toBe(id);
    }
  });
});

describe('key rotation', () => {
  it('tokens signed with the previous key still verify after rotation', () => {
    for (const purpose of PURPOSES)
      expect(verifyToken(rotated, tokenFor(purpose, keys), purpose, now).purpose).toBe(purpose);
  });

  it('new tokens are signed with the current key', () => {
    const token = tokenFor('log', rotated);
    expect(verifyToken({ current: rotated.current }, token, 'log', now).subscriberId).toBe(id);
    expect(failure(() => verifyToken(keys, token, 'log', now)).code).toBe('invalid_token');
  });

  it('a key dropped from the rotation no longer verifies', () => {
    const afterNextRotation = { current: 'third-key-0123456789abcdef012345', previous: rotated.current };
    expect(failure(() => verifyToken(afterNextRotation, tokenFor('log', keys), 'log', now)).code).toBe(
      'invalid_token',
    );
  });
});

describe('the reply address', () => {
  it('fits the 64-character local part for every day and subscriber', () => {
    fc.assert(
      fc.property(subscriberIdArb, fc.integer({ min: 0, max: 7 }), (subscriberId, day) => {
        const address = replyAddress(
          signToken(keys, { purpose: 'reply', subscriberId, day, week: MAX_REPLY_WEEK }),
          'in.example.com',
        );
        const local = address.slice(0, address.indexOf('@'));
        expect(local.startsWith(REPLY_LOCAL_PREFIX)).toBe(true);
        expect(local.length).toBeLessThanOrEqual(64);
        expect(local).toMatch(/^reply\+[a-z0-9.-]+$/);
      }),
    );
  });

  it('survives a mail system lower- or upper-casing it', () => {
    const address = replyAddress(tokenFor('reply'), 'in.example.com');
    for (const seen of [address.toLowerCase(), address.toUpperCase()]) {
      const token = replyTokenFromAddress(seen);
      expect(verifyToken(keys, token, 'reply', now)).toEqual({
        purpose: 'reply',
        subscriberId: id,
        day: 3,
        week: null,
      });
    }
  });

  it('replyTokenFromAddress ignores addresses that are not reply addresses', () => {
    expect(replyTokenFromAddress('start@in.example.com')).toBeUndefined();
    expect(replyTokenFromAddress('reply+@in.example.com')).toBeUndefined();
    expect(replyTokenFromAddress('Reply+abc@in.example.com')).toBe('abc');
  });
});

describe('verifyToken on arbitrary input', () => {
  const purpose = fc.constantFrom(...PURPOSES);

  it('throws only InvalidTokenError, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), purpose, (text, p) => {
        expect(failure(() => verifyToken(keys, text, p, now))).toBeInstanceOf(InvalidTokenError);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws only InvalidTokenError on well-shaped strings with random parts', () => {
    const base32 = (length: number) =>
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: length, maxLength: length });
    const shaped = fc
      .tuple(
        fc.constantFrom('c', 'u', 'l', 'r', 'x', 'C', 'R'),
        base32(16),
        fc.option(fc.oneof(fc.nat().map(String), fc.constantFrom('0', '7', '8', '00', '99999999999999'))),
        base32(24),
      )
      .map(([tag, sid, field, mac]) => [tag, sid, ...(field === null ? [] : [field]), mac].join('.'));
    fc.assert(
      fc.property(shaped, purpose, (text, p) => {
        expect(failure(() => verifyToken(keys, text, p, now))).toBeInstanceOf(InvalidTokenError);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws only InvalidTokenError on non-strings and an unknown purpose', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), 'x'.repeat(10_000)]) {
      expect(failure(() => verifyToken(keys, value, 'log', now)).code).toBe('invalid_token');
    }
    expect(failure(() => verifyToken(keys, tokenFor('log'), 'toString' as TokenPurpose, now)).code).toBe(
      'invalid_token',
    );
  });
});
