/**
 * The behaviour every SendLedger must have: the "never twice" guard of a day's email. Run against
 * the in-memory fake (unit) and the DynamoDB adapter on DynamoDB Local (integration). The ledger
 * comes with the subscriber store it writes beside (sent days show in `weekActivity`).
 */
import type { SendJob, SendLedger, SubscriberStore } from '../../functions/core/ports';
import { ClaimLostError } from '../../functions/core/store-errors';
import { aSubscriber, nextSubscriberId } from '../builders/deps';

export interface LedgerUnderTest {
  ledger: SendLedger;
  store: SubscriberStore;
}

const LEASE_SECONDS = 300;
const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-26T13:05:00.000Z');
const plus = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

export function describeSendLedgerContract(
  name: string,
  make: () => Promise<LedgerUnderTest> | LedgerUnderTest,
) {
  describe(`SendLedger contract: ${name}`, () => {
    let ledger: SendLedger;
    let store: SubscriberStore;
    beforeEach(async () => {
      ({ ledger, store } = await make());
    });

    const aJob = (day = 1): SendJob => ({ subscriberId: nextSubscriberId(), week: 1, day });

    async function storedSubscriber() {
      const email = `ledger-${nextSubscriberId()}@example.com`;
      const sub = aSubscriber({
        email,
        emailKey: email,
        status: 'active',
        week: 1,
        nextDay: 1,
        nextSendAt: '2026-11-26T13:00:00.000Z',
      });
      await store.create(sub);
      return sub;
    }

    it('claims a free day once: a second claimant finds it in flight', async () => {
      const job = aJob();
      expect(await ledger.claim(job, 'a', T0, LEASE_SECONDS)).toBe('claimed');
      expect(await ledger.claim(job, 'b', plus(1), LEASE_SECONDS)).toBe('in-flight');
      expect(await ledger.claim(job, 'a', plus(1), LEASE_SECONDS)).toBe('in-flight');
    });

    it('keeps each (subscriber, week, day) apart', async () => {
      const job = aJob(3);
      expect(await ledger.claim(job, 'a', T0, LEASE_SECONDS)).toBe('claimed');
      expect(await ledger.claim({ ...job, day: 4 }, 'b', T0, LEASE_SECONDS)).toBe('claimed');
      expect(await ledger.claim({ ...job, week: 2 }, 'c', T0, LEASE_SECONDS)).toBe('claimed');
      expect(await ledger.claim({ ...job, subscriberId: nextSubscriberId() }, 'd', T0, LEASE_SECONDS)).toBe(
        'claimed',
      );
    });

    it('a claim whose lease ran out is taken over; before that it is in flight', async () => {
      const job = aJob();
      await ledger.claim(job, 'crashed', T0, LEASE_SECONDS);
      expect(await ledger.claim(job, 'early', plus(LEASE_SECONDS - 1), LEASE_SECONDS)).toBe('in-flight');
      expect(await ledger.claim(job, 'late', plus(LEASE_SECONDS + 1), LEASE_SECONDS)).toBe('claimed');
      // The new holder has a lease of its own.
      expect(await ledger.claim(job, 'later', plus(LEASE_SECONDS + 2), LEASE_SECONDS)).toBe('in-flight');
      expect(await ledger.claim(job, 'latest', plus(2 * LEASE_SECONDS + 2), LEASE_SECONDS)).toBe('claimed');
    });

    it('a sent day is never claimed again, however long after', async () => {
      const job = aJob();
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      await ledger.markSent(job, 'a', plus(2), 'ses-1');
      expect(await ledger.claim(job, 'b', plus(3), LEASE_SECONDS)).toBe('already-sent');
      expect(await ledger.claim(job, 'c', plus(365 * 24 * 3600), LEASE_SECONDS)).toBe('already-sent');
    });

    it('release gives the claim back, so that a retry claims it at once', async () => {
      const job = aJob();
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      await ledger.release(job, 'a');
      expect(await ledger.claim(job, 'b', plus(1), LEASE_SECONDS)).toBe('claimed');
    });

    it('only the holder releases: a release by anyone else leaves the claim in place', async () => {
      const job = aJob();
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      await expect(ledger.release(job, 'someone-else')).resolves.toBeUndefined();
      expect(await ledger.claim(job, 'b', plus(1), LEASE_SECONDS)).toBe('in-flight');
    });

    it('a holder whose claim was taken over releases nothing of the new holder', async () => {
      const job = aJob();
      await ledger.claim(job, 'slow', T0, LEASE_SECONDS);
      expect(await ledger.claim(job, 'takeover', plus(LEASE_SECONDS + 1), LEASE_SECONDS)).toBe('claimed');
      await ledger.release(job, 'slow');
      expect(await ledger.claim(job, 'third', plus(LEASE_SECONDS + 2), LEASE_SECONDS)).toBe('in-flight');
    });

    it('a sent day cannot be released, even by its holder', async () => {
      const job = aJob();
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      await ledger.markSent(job, 'a', plus(1), 'ses-1');
      await ledger.release(job, 'a');
      expect(await ledger.claim(job, 'b', plus(2), LEASE_SECONDS)).toBe('already-sent');
    });

    it('markSent by a holder whose claim was taken over is refused, and the new holder still sends', async () => {
      const job = aJob();
      await ledger.claim(job, 'slow', T0, LEASE_SECONDS);
      await ledger.claim(job, 'takeover', plus(LEASE_SECONDS + 1), LEASE_SECONDS);
      await expect(ledger.markSent(job, 'slow', plus(LEASE_SECONDS + 2), 'ses-slow')).rejects.toBeInstanceOf(
        ClaimLostError,
      );
      expect(await ledger.claim(job, 'third', plus(LEASE_SECONDS + 3), LEASE_SECONDS)).toBe('in-flight');
      await ledger.markSent(job, 'takeover', plus(LEASE_SECONDS + 4), 'ses-takeover');
      expect(await ledger.claim(job, 'fourth', plus(LEASE_SECONDS + 5), LEASE_SECONDS)).toBe('already-sent');
    });

    it('markSent without any claim is refused and records nothing', async () => {
      const sub = await storedSubscriber();
      const job = { subscriberId: sub.id, week: 1, day: 1 };
      await expect(ledger.markSent(job, 'nobody', T0, 'ses-1')).rejects.toBeInstanceOf(ClaimLostError);
      expect(await ledger.claim(job, 'a', plus(1), LEASE_SECONDS)).toBe('claimed');
      expect((await store.weekActivity(sub.id, 1)).prompts).toEqual([]);
    });

    it('a sent prompt shows in the week once, at its send time, even when recorded twice', async () => {
      const sub = await storedSubscriber();
      const job = { subscriberId: sub.id, week: 1, day: 2 };
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      await ledger.markSent(job, 'a', plus(2), 'ses-1');
      await ledger.markSent(job, 'a', plus(2), 'ses-1');
      expect((await store.weekActivity(sub.id, 1)).prompts).toEqual([
        { day: 2, sentAt: plus(2).toISOString() },
      ]);
      expect((await store.weekActivity(sub.id, 2)).prompts).toEqual([]);
    });

    it('markSentAndSave records the send and saves the subscriber moved past the day, in one write', async () => {
      const sub = await storedSubscriber();
      const job = { subscriberId: sub.id, week: 1, day: 1 };
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      const next = { ...sub, nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' };
      const saved = await ledger.markSentAndSave(job, 'a', T0, 'ses-1', next);
      expect(saved).toEqual({ ...next, version: sub.version + 1 });
      expect(await store.get(sub.id)).toEqual({ ...next, version: sub.version + 1 });
      expect(await ledger.claim(job, 'b', plus(1), LEASE_SECONDS)).toBe('already-sent');
      expect((await store.weekActivity(sub.id, 1)).prompts).toEqual([{ day: 1, sentAt: T0.toISOString() }]);
    });

    it('markSentAndSave saves every field of the subscriber moved on: changed, cleared to null or dropped', async () => {
      const email = `ledger-${nextSubscriberId()}@example.com`;
      const sub = aSubscriber({
        email,
        emailKey: email,
        name: 'Dana',
        status: 'active',
        week: 1,
        nextDay: 8,
        nextSendAt: '2026-11-26T13:00:00.000Z',
        group: { groupId: 'g-1', code: 'abcdefgh', startDate: '2026-11-19', week: 1 },
      });
      await store.create(sub);
      const job = { subscriberId: sub.id, week: 1, day: 8 };
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      const next = { ...sub, status: 'completed' as const, name: null, group: undefined, nextSendAt: null };
      const saved = await ledger.markSentAndSave(job, 'a', T0, 'ses-1', next);
      expect(saved).toEqual({ ...next, version: sub.version + 1 });
      expect(await store.get(sub.id)).toEqual({ ...next, version: sub.version + 1 });
    });

    it('markSentAndSave answers null and writes nothing when the subscriber changed since it was read', async () => {
      const sub = await storedSubscriber();
      const job = { subscriberId: sub.id, week: 1, day: 1 };
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      const changed = await store.save({ ...sub, sendHour: 6 });
      const next = { ...sub, nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' };
      expect(await ledger.markSentAndSave(job, 'a', T0, 'ses-1', next)).toBeNull();
      expect(await store.get(sub.id)).toEqual(changed);
      expect((await store.weekActivity(sub.id, 1)).prompts).toEqual([]);
      // The claim is still the sender's: not sent, and nobody else's to take within the lease.
      expect(await ledger.claim(job, 'b', plus(1), LEASE_SECONDS)).toBe('in-flight');
      await ledger.markSent(job, 'a', T0, 'ses-1');
      expect(await ledger.claim(job, 'b', plus(2), LEASE_SECONDS)).toBe('already-sent');
    });

    it('markSentAndSave by a holder whose claim was taken over is refused and writes nothing', async () => {
      const sub = await storedSubscriber();
      const job = { subscriberId: sub.id, week: 1, day: 1 };
      await ledger.claim(job, 'slow', T0, LEASE_SECONDS);
      await ledger.claim(job, 'takeover', plus(LEASE_SECONDS + 1), LEASE_SECONDS);
      const next = { ...sub, nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' };
      await expect(
        ledger.markSentAndSave(job, 'slow', plus(LEASE_SECONDS + 2), 'ses-slow', next),
      ).rejects.toBeInstanceOf(ClaimLostError);
      expect(await store.get(sub.id)).toEqual(sub);
      expect((await store.weekActivity(sub.id, 1)).prompts).toEqual([]);
      expect(await ledger.claim(job, 'third', plus(LEASE_SECONDS + 3), LEASE_SECONDS)).toBe('in-flight');
    });

    it('deleting the subscriber removes their claims with them', async () => {
      const sub = await storedSubscriber();
      const job = { subscriberId: sub.id, week: 1, day: 1 };
      await ledger.claim(job, 'a', T0, LEASE_SECONDS);
      await ledger.markSent(job, 'a', T0, 'ses-1');
      await store.deleteAll(sub.id);
      expect(await ledger.claim(job, 'b', plus(1), LEASE_SECONDS)).toBe('claimed');
    });

    it('of ten concurrent claims exactly one wins; the rest find it in flight', async () => {
      const job = aJob();
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) => ledger.claim(job, `c${i}`, T0, LEASE_SECONDS)),
      );
      expect(outcomes.filter((o) => o === 'claimed')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'in-flight')).toHaveLength(9);
    });

    it('of ten concurrent takeovers of a dead claim exactly one wins', async () => {
      const job = aJob();
      await ledger.claim(job, 'crashed', T0, LEASE_SECONDS);
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          ledger.claim(job, `t${i}`, plus(LEASE_SECONDS + 1), LEASE_SECONDS),
        ),
      );
      expect(outcomes.filter((o) => o === 'claimed')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'in-flight')).toHaveLength(9);
    });
  });
}
