/**
 * The behaviour every InboundLog must have: one handling per inbound message (a lease that a
 * retry takes over once it runs out), one first delivery per sender's Message-ID, and the links
 * that let deleting a person find their mail. Run against the in-memory fake (unit) and the
 * DynamoDB adapter on DynamoDB Local (integration).
 */
import type { InboundLog } from '../../functions/core/ports';
import { nextSubscriberId } from '../builders/deps';

const LEASE_SECONDS = 60;
const T0 = new Date('2026-11-26T13:05:00.000Z');
const plus = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

export function describeInboundLogContract(name: string, make: () => Promise<InboundLog> | InboundLog) {
  describe(`InboundLog contract: ${name}`, () => {
    let log: InboundLog;
    beforeEach(async () => {
      log = await make();
    });

    const aMessageId = () => `ses-${nextSubscriberId()}`;
    const begin = (messageId: string, now: Date) => log.begin(messageId, T0, now, LEASE_SECONDS);

    it('starts a new message once: a second delivery during the handling finds it in flight', async () => {
      const id = aMessageId();
      expect(await begin(id, T0)).toBe('started');
      expect(await begin(id, plus(1))).toBe('in-flight');
      expect(await begin(aMessageId(), plus(1))).toBe('started');
    });

    it('a finished message is a duplicate from then on, however late the redelivery', async () => {
      const id = aMessageId();
      await begin(id, T0);
      await log.finish(id, 'logged', nextSubscriberId());
      expect(await begin(id, plus(1))).toBe('duplicate');
      expect(await begin(id, plus(LEASE_SECONDS * 100))).toBe('duplicate');
      const other = aMessageId();
      await begin(other, T0);
      await log.finish(other, 'unroutable');
      expect(await begin(other, plus(1))).toBe('duplicate');
    });

    it('a handling whose lease ran out (its handler died) is taken over, with a lease of its own', async () => {
      const id = aMessageId();
      await begin(id, T0);
      expect(await begin(id, plus(LEASE_SECONDS - 1))).toBe('in-flight');
      expect(await begin(id, plus(LEASE_SECONDS + 1))).toBe('started');
      expect(await begin(id, plus(LEASE_SECONDS + 2))).toBe('in-flight');
      await log.finish(id, 'logged');
      expect(await begin(id, plus(3 * LEASE_SECONDS))).toBe('duplicate');
    });

    it('abandon gives the message back at once: a redelivery or redrive handles it again', async () => {
      const id = aMessageId();
      await begin(id, T0);
      await log.abandon(id);
      expect(await begin(id, plus(1))).toBe('started');
      expect(await begin(id, plus(2))).toBe('in-flight');
    });

    it('of ten concurrent deliveries of one message exactly one starts', async () => {
      const id = aMessageId();
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => begin(id, T0)));
      expect(outcomes.filter((o) => o === 'started')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'in-flight')).toHaveLength(9);
    });

    it('of ten concurrent takeovers of a dead handling exactly one starts', async () => {
      const id = aMessageId();
      await begin(id, T0);
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () => begin(id, plus(LEASE_SECONDS + 1))),
      );
      expect(outcomes.filter((o) => o === 'started')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'in-flight')).toHaveLength(9);
    });

    it('the first delivery of a Message-ID keeps it: another delivery carrying it is not first, a retry of the first still is', async () => {
      const key = `dedupe-${nextSubscriberId()}`;
      const first = aMessageId();
      const second = aMessageId();
      expect(await log.firstDelivery(key, first, T0)).toBe(true);
      expect(await log.firstDelivery(key, second, plus(1))).toBe(false);
      expect(await log.firstDelivery(key, first, plus(2))).toBe(true);
      expect(await log.firstDelivery(`dedupe-${nextSubscriberId()}`, second, plus(3))).toBe(true);
    });

    it('of concurrent deliveries of one Message-ID exactly one is first', async () => {
      const key = `dedupe-${nextSubscriberId()}`;
      const firsts = await Promise.all(
        Array.from({ length: 10 }, () => log.firstDelivery(key, aMessageId(), T0)),
      );
      expect(firsts.filter(Boolean)).toHaveLength(1);
    });

    it("lists the messages linked to a person, with their dedupe keys, and nobody else's", async () => {
      const sub = nextSubscriberId();
      const other = nextSubscriberId();
      const [a, b, c] = [aMessageId(), aMessageId(), aMessageId()];
      await log.link(a, sub, 'key-a');
      await log.link(b, sub);
      await log.link(b, sub);
      await log.link(c, other, 'key-c');
      const byId = (x: { messageId: string }, y: { messageId: string }) =>
        x.messageId.localeCompare(y.messageId);
      expect((await log.messagesOf(sub)).sort(byId)).toEqual(
        [{ messageId: a, dedupeKey: 'key-a' }, { messageId: b }].sort(byId),
      );
      expect(await log.messagesOf(other)).toEqual([{ messageId: c, dedupeKey: 'key-c' }]);
      expect(await log.messagesOf(nextSubscriberId())).toEqual([]);
    });

    it("forget removes a person's messages, their links and dedupe keys, and leaves others' alone", async () => {
      const sub = nextSubscriberId();
      const other = nextSubscriberId();
      const [a, b, c] = [aMessageId(), aMessageId(), aMessageId()];
      const [keyA, keyC] = [`dedupe-${nextSubscriberId()}`, `dedupe-${nextSubscriberId()}`];
      for (const [id, key, owner] of [
        [a, keyA, sub],
        [c, keyC, other],
      ] as const) {
        await begin(id, T0);
        await log.firstDelivery(key, id, T0);
        await log.link(id, owner, key);
        await log.finish(id, 'logged', owner);
      }
      await begin(b, T0);
      await log.link(b, sub);
      await log.finish(b, 'command', sub);

      await log.forget(sub, await log.messagesOf(sub));
      expect(await log.messagesOf(sub)).toEqual([]);
      // Nothing of theirs is remembered: the same ids and Message-ID count as new.
      expect(await begin(a, plus(1))).toBe('started');
      expect(await begin(b, plus(1))).toBe('started');
      expect(await log.firstDelivery(keyA, aMessageId(), plus(1))).toBe(true);
      // The other person's records stay.
      expect(await log.messagesOf(other)).toEqual([{ messageId: c, dedupeKey: keyC }]);
      expect(await begin(c, plus(1))).toBe('duplicate');
      expect(await log.firstDelivery(keyC, aMessageId(), plus(1))).toBe(false);
    });
  });
}
