/**
 * The behaviour every RateLimiter must have: fixed windows counted atomically per key. Run against
 * the in-memory fake (unit) and the DynamoDB adapter on DynamoDB Local (integration).
 */
import type { RateLimiter } from '../../functions/core/ports';
import { nextSubscriberId } from '../builders/deps';

const HOUR = 3600;
/** The start of an hour window (epoch seconds divisible by 3600). */
const W0 = new Date('2026-11-26T13:00:00.000Z');
const plus = (seconds: number) => new Date(W0.getTime() + seconds * 1000);

export function describeRateLimiterContract(name: string, make: () => Promise<RateLimiter> | RateLimiter) {
  describe(`RateLimiter contract: ${name}`, () => {
    let limiter: RateLimiter;
    beforeEach(async () => {
      limiter = await make();
    });

    const aKey = () => `contract:${nextSubscriberId()}@example.com`;

    it('allows hits up to the limit within a window, counting each, then refuses until the window ends', async () => {
      const key = aKey();
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await limiter.hit(key, 3, HOUR, plus(600 + i)));
      expect(results.map((r) => [r.allowed, r.count])).toEqual([
        [true, 1],
        [true, 2],
        [true, 3],
        [false, 4],
        [false, 5],
      ]);
      // Called at 13:10:03 and 13:10:04: the window ends at 14:00.
      expect(results[3]?.retryAfterSeconds).toBe(HOUR - 603);
      expect(results[4]?.retryAfterSeconds).toBe(HOUR - 604);
    });

    it('starts a new window at the window boundary', async () => {
      const key = aKey();
      for (let i = 0; i < 3; i++) await limiter.hit(key, 2, HOUR, plus(HOUR - 3 + i));
      expect(await limiter.hit(key, 2, HOUR, plus(HOUR - 1))).toMatchObject({ allowed: false, count: 4 });
      expect(await limiter.hit(key, 2, HOUR, plus(HOUR))).toEqual({
        allowed: true,
        count: 1,
        retryAfterSeconds: HOUR,
      });
    });

    it('asks for at least a second of waiting, even in the last instant of a window', async () => {
      const key = aKey();
      await limiter.hit(key, 1, 60, plus(59.5));
      expect(await limiter.hit(key, 1, 60, plus(59.9))).toEqual({
        allowed: false,
        count: 2,
        retryAfterSeconds: 1,
      });
    });

    it('counts each key on its own', async () => {
      const key = aKey();
      await limiter.hit(key, 1, HOUR, plus(1));
      expect(await limiter.hit(`${key}.other`, 1, HOUR, plus(2))).toMatchObject({ allowed: true, count: 1 });
      expect(await limiter.hit(key.toUpperCase(), 1, HOUR, plus(2))).toMatchObject({
        allowed: true,
        count: 1,
      });
      expect(await limiter.hit(key, 1, HOUR, plus(3))).toMatchObject({ allowed: false, count: 2 });
    });

    it('forget removes every window of the key, and only of that key', async () => {
      const key = aKey();
      const longer = `${key}:more`;
      await limiter.hit(key, 1, HOUR, plus(1));
      await limiter.hit(key, 1, HOUR, plus(HOUR + 1));
      await limiter.hit(key, 1, 60, plus(HOUR + 2));
      await limiter.hit(longer, 1, HOUR, plus(HOUR + 1));
      await limiter.forget(key);
      expect(await limiter.hit(key, 1, HOUR, plus(2))).toMatchObject({ allowed: true, count: 1 });
      expect(await limiter.hit(key, 1, HOUR, plus(HOUR + 3))).toMatchObject({ allowed: true, count: 1 });
      expect(await limiter.hit(longer, 1, HOUR, plus(HOUR + 3))).toMatchObject({ allowed: false, count: 2 });
      await expect(limiter.forget(aKey())).resolves.toBeUndefined();
    });

    it('of thirty concurrent hits never more than the limit are allowed, and each gets its own count', async () => {
      const key = aKey();
      const results = await Promise.all(
        Array.from({ length: 30 }, () => limiter.hit(key, 5, HOUR, plus(10))),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      expect(results.filter((r) => r.allowed).every((r) => r.count <= 5)).toBe(true);
    });
  });
}
