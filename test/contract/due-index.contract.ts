/**
 * The behaviour every DueIndex must have: due subscribers only, by shard, oldest first, and a
 * lease that hides an entry from later passes until it ends. Run against the in-memory fake
 * (unit) and the DynamoDB adapter on DynamoDB Local (integration). Each test gets an index with
 * nothing in it but its own subscribers (a table of its own on DynamoDB Local), so results are
 * exact.
 */
import type { DueIndex, DueJob, SubscriberStore } from '../../functions/core/ports';
import type { Subscriber } from '../../functions/core/subscriber';
import { aSubscriber, nextSubscriberId } from '../builders/deps';

export interface DueIndexUnderTest {
  index: DueIndex;
  store: SubscriberStore;
}

/** The shard count both sides are built with. */
export const CONTRACT_DUE_SHARDS = 4;

const T = new Date('2026-11-26T13:00:00.000Z');
const minutes = (n: number) => new Date(T.getTime() + n * 60_000);
const iso = (n: number) => minutes(n).toISOString();

export function describeDueIndexContract(
  name: string,
  make: () => Promise<DueIndexUnderTest> | DueIndexUnderTest,
) {
  describe(`DueIndex contract: ${name}`, () => {
    let index: DueIndex;
    let store: SubscriberStore;
    beforeEach(async () => {
      ({ index, store } = await make());
    });

    async function due(nextSendAt: string | null, overrides: Partial<Subscriber> = {}) {
      const email = `due-${nextSubscriberId()}@example.com`;
      const sub = aSubscriber({
        email,
        emailKey: email,
        status: 'active',
        week: 1,
        nextDay: 1,
        nextSendAt,
        ...overrides,
      });
      await store.create(sub);
      return sub;
    }

    /** Every shard, every page: what a dispatch pass reads (leasing each page when asked). */
    async function readAll(now: Date, opts: { limit?: number; leaseUntil?: Date } = {}) {
      const byShard: DueJob[][] = [];
      for (let shard = 0; shard < index.shards; shard++) {
        const jobs: DueJob[] = [];
        let cursor: string | undefined;
        do {
          const page = await index.page(shard, now, opts.limit ?? 100, cursor);
          jobs.push(...page.jobs);
          const until = opts.leaseUntil;
          if (until) await Promise.all(page.jobs.map((job) => index.lease(job, until)));
          cursor = page.cursor;
        } while (cursor);
        byShard.push(jobs);
      }
      return { byShard, all: byShard.flat() };
    }
    const ids = (jobs: DueJob[]) => jobs.map((j) => j.subscriberId).sort();

    it('has the shards it was built with', () => {
      expect(index.shards).toBe(CONTRACT_DUE_SHARDS);
    });

    it('shows only the subscribers due at or before now, each once, with their week, day and due time', async () => {
      const early = await due(iso(-60), { week: 2, nextDay: 3 });
      const onTime = await due(iso(0));
      const recap = await due(iso(-5), { nextDay: 8 });
      const reconnect = await due(iso(-5), { status: 'completed', nextDay: 9, reconnect: true });
      await due(iso(1));
      await due(iso(24 * 60));
      await due(iso(-5), { status: 'paused' });
      await due(iso(-5), { status: 'unsubscribed' });
      await due(iso(-5), { status: 'completed', nextDay: 9, reconnect: false });
      await due(iso(-5), { nextDay: 9 });
      await due(null);
      const { all } = await readAll(T);
      expect(ids(all)).toEqual([early.id, onTime.id, recap.id, reconnect.id].sort());
      expect(all.find((j) => j.subscriberId === early.id)).toEqual({
        subscriberId: early.id,
        week: 2,
        day: 3,
        dueAt: iso(-60),
      });
      expect(all.find((j) => j.subscriberId === recap.id)).toMatchObject({ day: 8, dueAt: iso(-5) });
    });

    it('reads nothing when nobody is due', async () => {
      await due(iso(30));
      const { all } = await readAll(T);
      expect(all).toEqual([]);
    });

    it('files each subscriber in one shard, the same one however many others are due', async () => {
      const subs = await Promise.all(Array.from({ length: 12 }, (_, i) => due(iso(-i))));
      const shardOf = (byShard: DueJob[][], id: string) =>
        byShard.findIndex((jobs) => ids(jobs).includes(id));
      const before = (await readAll(T)).byShard;
      const spread = new Set(subs.map((s) => shardOf(before, s.id)));
      expect(spread.has(-1)).toBe(false);
      expect(spread.size).toBeGreaterThan(1);
      // Half of them stop being due: the others stay in their shards.
      for (const s of subs.slice(0, 6)) await store.save({ ...s, nextSendAt: iso(600) });
      const after = (await readAll(T)).byShard;
      expect(subs.slice(6).map((s) => shardOf(after, s.id))).toEqual(
        subs.slice(6).map((s) => shardOf(before, s.id)),
      );
    });

    it('lists a shard oldest first', async () => {
      await Promise.all([7, 1, 12, 3, 9, 5, 11, 2, 8, 4, 10, 6].map((n) => due(iso(-n))));
      const { byShard, all } = await readAll(T);
      expect(all).toHaveLength(12);
      for (const jobs of byShard) {
        expect(jobs.map((j) => j.dueAt)).toEqual(jobs.map((j) => j.dueAt).sort());
      }
    });

    it('pages with a cursor: small pages still give every due subscriber exactly once', async () => {
      const subs = await Promise.all(Array.from({ length: 11 }, (_, i) => due(iso(-i))));
      const { all } = await readAll(T, { limit: 2 });
      expect(all).toHaveLength(11);
      expect(ids(all)).toEqual(ids(subs.map((s) => ({ subscriberId: s.id }) as DueJob)));
    });

    it('leasing each page as it is read (as dispatch does) skips nobody on the next page', async () => {
      const subs = await Promise.all(Array.from({ length: 11 }, (_, i) => due(iso(-i))));
      const { all } = await readAll(T, { limit: 2, leaseUntil: minutes(20) });
      expect(ids(all)).toEqual(subs.map((s) => s.id).sort());
      expect((await readAll(T)).all).toEqual([]);
    });

    it('a leased entry is skipped until its lease ends, then is due again under the lease end', async () => {
      const sub = await due(iso(-1));
      const [job] = (await readAll(T)).all;
      expect(job?.subscriberId).toBe(sub.id);
      expect(await index.lease(job as DueJob, minutes(20))).toBe(true);
      expect((await readAll(T)).all).toEqual([]);
      expect((await readAll(minutes(19))).all).toEqual([]);
      expect((await readAll(minutes(20))).all).toEqual([{ ...job, dueAt: iso(20) }]);
    });

    it('of concurrent leases of one entry exactly one wins, and a stale read cannot lease', async () => {
      await due(iso(-1));
      const [job] = (await readAll(T)).all;
      const won = await Promise.all([1, 2, 3, 4, 5].map((n) => index.lease(job as DueJob, minutes(20 + n))));
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(await index.lease(job as DueJob, minutes(40))).toBe(false);
    });

    it('a save files the subscriber under their new send time, ending any lease', async () => {
      const sub = await due(iso(-1));
      const [job] = (await readAll(T)).all;
      await index.lease(job as DueJob, minutes(20));
      const saved = await store.save({ ...sub, nextDay: 2, nextSendAt: iso(5) });
      expect((await readAll(minutes(4))).all).toEqual([]);
      expect((await readAll(minutes(5))).all).toEqual([
        { subscriberId: sub.id, week: 1, day: 2, dueAt: iso(5) },
      ]);
      // The job read before the save is stale: it leases nothing.
      expect(await index.lease(job as DueJob, minutes(30))).toBe(false);
      await store.save({ ...saved, status: 'paused' });
      expect((await readAll(minutes(60))).all).toEqual([]);
    });

    it('cannot lease someone unknown or deleted', async () => {
      const sub = await due(iso(-1));
      const [job] = (await readAll(T)).all;
      await store.deleteAll(sub.id);
      expect(await index.lease(job as DueJob, minutes(20))).toBe(false);
      expect(await index.lease({ ...(job as DueJob), subscriberId: nextSubscriberId() }, minutes(20))).toBe(
        false,
      );
      expect((await readAll(minutes(60))).all).toEqual([]);
      expect(await store.get(sub.id)).toBeNull();
    });
  });
}
