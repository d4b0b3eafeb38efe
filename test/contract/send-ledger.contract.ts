/**
 * The behaviour every SendLedger must have: the "never twice" guard of a day's email. Run against
 * the in-memory fake (unit) and the DynamoDB adapter on DynamoDB Local (integration). The ledger
 * comes with the subscriber store it writes beside (sent days show in `weekActivity`).
 */
import type { SendJob, SendLedger, SubscriberStore } from '../../functions/core/ports';
import { ClaimLostError } from '../../functions/core/store-errors';
import type { Subscriber } from '../../functions/core/subscriber';
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

    it('claims a batch of days as if one by one, in order: free, in flight, sent, lease run out', async () => {
      const [free, held, sent, dead] = [aJob(), aJob(), aJob(), aJob()] as [
        SendJob,
        SendJob,
        SendJob,
        SendJob,
      ];
      await ledger.claim(held, 'other', plus(LEASE_SECONDS), LEASE_SECONDS);
      await ledger.claim(sent, 'other', T0, LEASE_SECONDS);
      await ledger.markSent(sent, 'other', T0, 'ses-0');
      await ledger.claim(dead, 'crashed', T0, LEASE_SECONDS);
      const now = plus(LEASE_SECONDS + 1);
      const claims = [free, held, sent, dead].map((job, i) => ({ job, claimId: `batch-${i}` }));
      expect(await ledger.claimAll(claims, now, LEASE_SECONDS)).toEqual([
        'claimed',
        'in-flight',
        'already-sent',
        'claimed',
      ]);
      // Each claimed day is the batch's: its holder can mark it sent.
      await ledger.markSent(free, 'batch-0', now, 'ses-1');
      await ledger.markSent(dead, 'batch-3', now, 'ses-2');
      expect(await ledger.claim(free, 'late', plus(2 * LEASE_SECONDS + 2), LEASE_SECONDS)).toBe(
        'already-sent',
      );
    });

    it('claims a whole batch of free days, each then held', async () => {
      const jobs = Array.from({ length: 10 }, () => aJob());
      const claims = jobs.map((job, i) => ({ job, claimId: `all-${i}` }));
      expect(await ledger.claimAll(claims, T0, LEASE_SECONDS)).toEqual(jobs.map(() => 'claimed'));
      for (const job of jobs)
        expect(await ledger.claim(job, 'again', plus(1), LEASE_SECONDS)).toBe('in-flight');
      expect(await ledger.claimAll([], T0, LEASE_SECONDS)).toEqual([]);
    });

    it('marks a batch sent and saves each subscriber moved on, as if one by one', async () => {
      const subs = await Promise.all(Array.from({ length: 4 }, () => storedSubscriber()));
      const jobs = subs.map((sub) => ({ subscriberId: sub.id, week: 1, day: 1 }));
      await ledger.claimAll(
        jobs.map((job, i) => ({ job, claimId: `m-${i}` })),
        T0,
        LEASE_SECONDS,
      );
      const [, changedSub, lostSub] = subs as [Subscriber, Subscriber, Subscriber, Subscriber];
      // One subscriber changed since it was read; another's claim was taken over after its lease.
      const changed = await store.save({ ...changedSub, sendHour: 6 });
      await ledger.claim(jobs[2] as SendJob, 'takeover', plus(LEASE_SECONDS + 1), LEASE_SECONDS);
      const moved = (sub: Subscriber) => ({ ...sub, nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' });
      const sends = subs.map((sub, i) => ({
        job: jobs[i] as SendJob,
        claimId: `m-${i}`,
        messageId: `ses-${i}`,
        next: moved(sub),
      }));
      const results = await ledger.markAllSentAndSave(sends, plus(2));
      expect(results[0]).toEqual({
        status: 'fulfilled',
        value: { ...moved(subs[0] as Subscriber), version: (subs[0] as Subscriber).version + 1 },
      });
      expect(results[1]).toEqual({ status: 'fulfilled', value: null });
      expect(results[2]?.status).toBe('rejected');
      expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(ClaimLostError);
      expect(results[3]).toEqual({
        status: 'fulfilled',
        value: { ...moved(subs[3] as Subscriber), version: (subs[3] as Subscriber).version + 1 },
      });
      expect(await store.get(changedSub.id)).toEqual(changed);
      expect(await store.get(lostSub.id)).toEqual(lostSub);
      expect(await ledger.claim(jobs[0] as SendJob, 'x', plus(3), LEASE_SECONDS)).toBe('already-sent');
      expect(await ledger.claim(jobs[1] as SendJob, 'x', plus(3), LEASE_SECONDS)).toBe('in-flight');
    });

    it('marks a whole batch sent and saves every subscriber in one go', async () => {
      const subs = await Promise.all(Array.from({ length: 10 }, () => storedSubscriber()));
      const sends = subs.map((sub, i) => ({
        job: { subscriberId: sub.id, week: 1, day: 1 },
        claimId: `w-${i}`,
        messageId: `ses-${i}`,
        next: { ...sub, nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' },
      }));
      await ledger.claimAll(sends, T0, LEASE_SECONDS);
      const results = await ledger.markAllSentAndSave(sends, plus(1));
      expect(results).toEqual(
        sends.map((s) => ({ status: 'fulfilled', value: { ...s.next, version: s.next.version + 1 } })),
      );
      for (const s of sends) {
        expect(await store.get(s.job.subscriberId)).toEqual({ ...s.next, version: s.next.version + 1 });
        expect((await store.weekActivity(s.job.subscriberId, 1)).prompts).toEqual([
          { day: 1, sentAt: plus(1).toISOString() },
        ]);
      }
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
