/**
 * The behaviour every SubscriberStore must have. Run against the in-memory fake (unit) and the
 * DynamoDB adapter on DynamoDB Local (integration), which keeps the fake honest.
 */
import type { SubscriberStore } from '../../functions/core/ports';
import { ConcurrentUpdateError, EmailTakenError } from '../../functions/core/store-errors';
import type { Subscriber } from '../../functions/core/subscriber';
import { aSubscriber, nextSubscriberId } from '../builders/deps';

export function describeSubscriberStoreContract(
  name: string,
  makeStore: () => Promise<SubscriberStore> | SubscriberStore,
) {
  describe(`SubscriberStore contract: ${name}`, () => {
    let store: SubscriberStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    const unique = () => `c${nextSubscriberId()}@example.com`;

    it('creates a subscriber and finds it by id and by email key', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email, name: 'Zoë' });
      await store.create(sub);
      expect(await store.get(sub.id)).toEqual(sub);
      expect(await store.findByEmail(email)).toEqual(sub);
    });

    it("keeps a member's group with them", async () => {
      const email = unique();
      const group = { groupId: nextSubscriberId(), code: 'k7m4p2x', startDate: '2026-12-07', week: 1 };
      const sub = aSubscriber({ email, emailKey: email, group });
      await store.create(sub);
      expect((await store.get(sub.id))?.group).toEqual(group);
    });

    it('reads several subscribers at once, current, by id, leaving out the unknown', async () => {
      const subs = Array.from({ length: 3 }, () => {
        const email = unique();
        return aSubscriber({ email, emailKey: email });
      });
      for (const sub of subs) await store.create(sub);
      const [first, second, third] = subs as [Subscriber, Subscriber, Subscriber];
      const changed = await store.save({ ...second, name: 'Changed' });
      const unknown = nextSubscriberId();
      const found = await store.getMany([first.id, unknown, second.id, third.id, first.id]);
      expect(found).toEqual(
        new Map([
          [first.id, first],
          [second.id, changed],
          [third.id, third],
        ]),
      );
      expect(await store.getMany([])).toEqual(new Map());
    });

    it('reads more subscribers at once than one request takes', async () => {
      const subs = Array.from({ length: 130 }, () => {
        const email = unique();
        return aSubscriber({ email, emailKey: email });
      });
      await Promise.all(subs.map((sub) => store.create(sub)));
      const found = await store.getMany(subs.map((sub) => sub.id));
      expect([...found.keys()].sort()).toEqual(subs.map((sub) => sub.id).sort());
    });

    it('returns null for someone unknown', async () => {
      expect(await store.get(nextSubscriberId())).toBeNull();
      expect(await store.findByEmail(unique())).toBeNull();
    });

    it('refuses a second subscriber with the same email key', async () => {
      const email = unique();
      await store.create(aSubscriber({ email, emailKey: email }));
      await expect(store.create(aSubscriber({ email, emailKey: email }))).rejects.toBeInstanceOf(
        EmailTakenError,
      );
    });

    it('lets exactly one of two racing creates for one address win', async () => {
      const email = unique();
      const results = await Promise.allSettled([
        store.create(aSubscriber({ email, emailKey: email })),
        store.create(aSubscriber({ email, emailKey: email })),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('saves with optimistic locking: a stale copy is refused', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email });
      await store.create(sub);
      const saved = await store.save({ ...sub, status: 'active' });
      expect(saved.version).toBe(sub.version + 1);
      expect((await store.get(sub.id))?.status).toBe('active');
      await expect(store.save({ ...sub, status: 'unsubscribed' })).rejects.toBeInstanceOf(
        ConcurrentUpdateError,
      );
      expect((await store.get(sub.id))?.status).toBe('active');
    });

    it('keeps nulls and timestamps exactly', async () => {
      const email = unique();
      const sub = aSubscriber({
        email,
        emailKey: email,
        name: null,
        nextSendAt: '2026-11-26T13:00:00.000Z',
        confirmedAt: null,
      });
      await store.create(sub);
      expect(await store.get(sub.id)).toEqual(sub);
    });

    it('deletes everything of a subscriber, after which the address is free again', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email });
      await store.create(sub);
      await store.deleteAll(sub.id);
      expect(await store.get(sub.id)).toBeNull();
      expect(await store.findByEmail(email)).toBeNull();
      await expect(store.create(aSubscriber({ email, emailKey: email }))).resolves.toBeUndefined();
    });

    it('appends replies to a day, keeps them per week, and lists their message ids', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email });
      await store.create(sub);
      const reply = (day: number, receivedAt: string, messageId: string, name: string) => ({
        day,
        receivedAt,
        messageId,
        text: `Thanked ${name} — “merci” ✓`,
        thanked: [{ name, relationship: name === 'Mom' ? 'mother' : null }],
      });
      await store.logReply(sub.id, 1, reply(3, '2026-11-28T10:00:00.000Z', 'm2', 'Søren'));
      await store.logReply(sub.id, 1, reply(2, '2026-11-28T09:00:00.000Z', 'm1', 'Mom'));
      await store.logReply(sub.id, 1, reply(3, '2026-11-28T11:00:00.000Z', 'm3', 'Ana'));
      await store.logReply(sub.id, 2, reply(1, '2026-12-05T09:00:00.000Z', 'm4', 'Bo'));
      const week1 = await store.weekActivity(sub.id, 1);
      expect(week1.replies.map((r) => [r.day, r.messageId])).toEqual([
        [2, 'm1'],
        [3, 'm2'],
        [3, 'm3'],
      ]);
      expect(week1.replies[1]).toEqual(reply(3, '2026-11-28T10:00:00.000Z', 'm2', 'Søren'));
      expect((await store.weekActivity(sub.id, 2)).replies.map((r) => r.messageId)).toEqual(['m4']);
      expect((await store.replyMessageIds(sub.id)).sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
      await store.deleteAll(sub.id);
      expect(await store.replyMessageIds(sub.id)).toEqual([]);
    });

    it('rewrites replies of a day all at once: rename, move and a kept correction', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email });
      await store.create(sub);
      const greg = {
        day: 2,
        receivedAt: '2026-11-28T09:00:00.000Z',
        messageId: 'r1',
        text: 'Called Greg',
        thanked: [{ name: 'Greg', relationship: null }],
      };
      const anna = {
        ...greg,
        receivedAt: '2026-11-28T10:00:00.000Z',
        messageId: 'r2',
        text: 'Anna too',
        thanked: [{ name: 'Anna', relationship: 'sister' }],
      };
      await store.logReply(sub.id, 1, greg);
      await store.logReply(sub.id, 1, anna);
      const record = {
        day: 2,
        receivedAt: '2026-11-28T11:00:00.000Z',
        messageId: 'c1',
        text: 'Craig, not Greg',
      };
      await store.rewriteReplies(
        sub.id,
        1,
        [
          { before: greg, after: { ...greg, thanked: [{ name: 'Craig', relationship: null }] } },
          { before: anna, after: { ...anna, day: 3 } },
        ],
        record,
      );
      const { replies } = await store.weekActivity(sub.id, 1);
      expect(replies.map((r) => [r.day, r.messageId, r.thanked[0]?.name, r.version])).toEqual([
        [2, 'r1', 'Craig', 1],
        [3, 'r2', 'Anna', 1],
      ]);
      expect((await store.replyMessageIds(sub.id)).sort()).toEqual(['c1', 'r1', 'r2']);
    });

    it('refuses a rewrite from a stale read and writes none of it', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email });
      await store.create(sub);
      const a = {
        day: 1,
        receivedAt: '2026-11-28T09:00:00.000Z',
        messageId: 'a',
        text: 'x',
        thanked: [{ name: 'Greg', relationship: null }],
      };
      const b = {
        ...a,
        receivedAt: '2026-11-28T10:00:00.000Z',
        messageId: 'b',
        thanked: [{ name: 'Ana', relationship: null }],
      };
      await store.logReply(sub.id, 1, a);
      await store.logReply(sub.id, 1, b);
      await store.rewriteReplies(sub.id, 1, [{ before: a, after: { ...a, thanked: [] } }]);
      // `a` was read before that edit: its rewrite must fail, and `b` must not change with it.
      await expect(
        store.rewriteReplies(sub.id, 1, [
          { before: b, after: null },
          { before: a, after: { ...a, thanked: [{ name: 'Craig', relationship: null }] } },
        ]),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      const { replies } = await store.weekActivity(sub.id, 1);
      expect(replies.map((r) => [r.messageId, r.thanked.map((p) => p.name)])).toEqual([
        ['a', []],
        ['b', ['Ana']],
      ]);
    });

    it('reports an empty week for someone with no activity', async () => {
      const email = unique();
      const sub = aSubscriber({ email, emailKey: email });
      await store.create(sub);
      expect(await store.weekActivity(sub.id, 1)).toEqual({ prompts: [], replies: [] });
    });
  });
}
