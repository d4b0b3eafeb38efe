/**
 * The behaviour every GroupStore must have. Run against the in-memory fake (unit) and the DynamoDB
 * adapter on DynamoDB Local (integration), which keeps the fake honest. The concurrency cases
 * matter most on the real table: counters are atomic additions, never read-modify-write.
 */
import { MAX_GROUP_MEMBERS, newGroup } from '../../functions/core/group';
import type { DueSummary, GroupStore } from '../../functions/core/ports';
import { ConcurrentUpdateError, GroupCodeTakenError } from '../../functions/core/store-errors';
import { nextGroupCode, nextSubscriberId } from '../builders/deps';

export function aGroup(overrides: Partial<ReturnType<typeof newGroup>> = {}) {
  return {
    ...newGroup({
      id: nextSubscriberId(),
      code: nextGroupCode(),
      name: 'Career workshop, room 4',
      organizerEmail: 'coach@example.com',
      organizerEmailKey: 'coach@example.com',
      startDate: '2026-12-07',
      timezone: 'Europe/Berlin',
      language: 'en',
      now: new Date('2026-11-30T09:00:00Z'),
    }),
    ...overrides,
  };
}

/** The summary deadline the test groups are filed under (`summaryDeadline` of `aGroup()`'s start and zone). */
export const SUMMARY_DUE_AT = new Date('2026-12-16T23:00:00Z');

export function describeGroupStoreContract(name: string, makeStore: () => Promise<GroupStore> | GroupStore) {
  describe(`GroupStore contract: ${name}`, () => {
    let store: GroupStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('creates a group and finds it by id and by code, with every counter at zero', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      expect(await store.get(group.id)).toEqual(group);
      expect(await store.findByCode(group.code)).toEqual(group);
      expect(await store.counts(group.id)).toEqual({
        joined: 0,
        members: 0,
        replied: [0, 0, 0, 0, 0, 0, 0],
        thanks: [0, 0, 0, 0, 0, 0, 0],
        channels: { call: 0, message: 0, email: 0, letter: 0, 'in-person': 0, video: 0 },
        recapped: 0,
        paused: 0,
        left: 0,
      });
    });

    it('refuses a second group with the same code', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      await expect(store.create(aGroup({ code: group.code }), SUMMARY_DUE_AT)).rejects.toBeInstanceOf(
        GroupCodeTakenError,
      );
    });

    it('saves with an optimistic lock', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const saved = await store.save({ ...group, status: 'open' });
      expect(saved.version).toBe(1);
      await expect(store.save({ ...group, status: 'closed' })).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect(await store.get(group.id)).toMatchObject({ status: 'open', version: 1 });
    });

    it('counts each member once: a seat, a confirmation, a replied day', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const member = nextSubscriberId();
      expect(await store.join(group.id, member, MAX_GROUP_MEMBERS)).toBe('joined');
      expect(await store.join(group.id, member, MAX_GROUP_MEMBERS)).toBe('already-member');
      expect(await store.countMember(group.id, member)).toBe(true);
      expect(await store.countMember(group.id, member)).toBe(false);
      await store.countReply(group.id, member, 2, 3, 'm1');
      await store.countReply(group.id, member, 2, 1, 'm2');
      await store.countReply(group.id, member, 2, 0, 'm3');
      // The same message delivered again adds nothing.
      await store.countReply(group.id, member, 2, 3, 'm1');
      expect(await store.counts(group.id)).toEqual({
        joined: 1,
        members: 1,
        replied: [0, 1, 0, 0, 0, 0, 0],
        thanks: [0, 4, 0, 0, 0, 0, 0],
        channels: { call: 0, message: 0, email: 0, letter: 0, 'in-person': 0, video: 0 },
        recapped: 0,
        paused: 0,
        left: 0,
      });
    });

    it('counts thanks by channel once per message', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const member = nextSubscriberId();
      await store.join(group.id, member, MAX_GROUP_MEMBERS);
      await store.countReply(group.id, member, 1, 3, 'm1', { call: 2, 'in-person': 1 });
      await store.countReply(group.id, member, 1, 3, 'm1', { call: 2, 'in-person': 1 });
      await store.countReply(group.id, member, 2, 2, 'm2', { call: 1 });
      expect((await store.counts(group.id)).channels).toEqual({
        call: 3,
        message: 0,
        email: 0,
        letter: 0,
        'in-person': 1,
        video: 0,
      });
    });

    it('ignores replies and confirmations of someone who never joined', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const stranger = nextSubscriberId();
      expect(await store.countMember(group.id, stranger)).toBe(false);
      await store.countReply(group.id, stranger, 1, 5, 'm1');
      expect(await store.counts(group.id)).toMatchObject({ members: 0, replied: [0, 0, 0, 0, 0, 0, 0] });
    });

    it('refuses a seat beyond the limit, and a seat given back frees one', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const [a, b, c] = [nextSubscriberId(), nextSubscriberId(), nextSubscriberId()];
      expect(await store.join(group.id, a, 2)).toBe('joined');
      expect(await store.join(group.id, b, 2)).toBe('joined');
      expect(await store.join(group.id, c, 2)).toBe('full');
      await store.leave(group.id, b);
      expect(await store.join(group.id, c, 2)).toBe('joined');
      expect((await store.counts(group.id)).joined).toBe(2);
    });

    it('a member who leaves is counted out once, and what they did before stays counted', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const [stays, leaves, neverConfirmed] = [nextSubscriberId(), nextSubscriberId(), nextSubscriberId()];
      for (const m of [stays, leaves, neverConfirmed]) await store.join(group.id, m, MAX_GROUP_MEMBERS);
      await store.countMember(group.id, stays);
      await store.countMember(group.id, leaves);
      await store.countReply(group.id, leaves, 1, 2, 'm1', { call: 2 });
      await store.countReply(group.id, stays, 1, 1, 'm2');
      expect(await store.leave(group.id, leaves)).toBe(true);
      expect(await store.leave(group.id, leaves)).toBe(false);
      // Someone who signed up and never confirmed gives back a seat, not a member.
      expect(await store.leave(group.id, neverConfirmed)).toBe(true);
      // After leaving nothing of theirs counts: a late reply, a confirmation, a recap.
      await store.countReply(group.id, leaves, 2, 3, 'm3', { call: 3 });
      expect(await store.countMember(group.id, leaves)).toBe(false);
      await store.countRecap(group.id, leaves);
      expect(await store.counts(group.id)).toEqual({
        joined: 1,
        members: 1,
        replied: [2, 0, 0, 0, 0, 0, 0],
        thanks: [3, 0, 0, 0, 0, 0, 0],
        channels: { call: 2, message: 0, email: 0, letter: 0, 'in-person': 0, video: 0 },
        recapped: 0,
        paused: 0,
        left: 1,
      });
      expect(await store.leave(group.id, nextSubscriberId())).toBe(false);
    });

    it('a member whose recap went out stays counted when they leave afterwards', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const member = nextSubscriberId();
      await store.join(group.id, member, MAX_GROUP_MEMBERS);
      await store.countMember(group.id, member);
      await store.countRecap(group.id, member);
      expect(await store.leave(group.id, member)).toBe(false);
      await store.countReply(group.id, member, 7, 1, 'late');
      expect(await store.counts(group.id)).toMatchObject({
        joined: 1,
        members: 1,
        recapped: 1,
        thanks: [0, 0, 0, 0, 0, 0, 0],
      });
    });

    it('leaving a deleted group counts nothing', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const member = nextSubscriberId();
      await store.join(group.id, member, MAX_GROUP_MEMBERS);
      await store.delete(group.id);
      expect(await store.leave(group.id, member)).toBe(false);
    });

    it('members leaving at once, each three times, while the others reply and have their recaps: each counted out exactly once', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const members = Array.from({ length: 20 }, () => nextSubscriberId());
      await Promise.all(members.map((m) => store.join(group.id, m, MAX_GROUP_MEMBERS)));
      await Promise.all(members.map((m) => store.countMember(group.id, m)));
      const leaving = members.slice(0, 10);
      const staying = members.slice(10);
      const results = await Promise.all([
        ...leaving.flatMap((m) => [
          store.leave(group.id, m),
          store.leave(group.id, m),
          store.leave(group.id, m),
        ]),
        ...staying.flatMap((m) => [
          store.countReply(group.id, m, 4, 1, `${m}-4`),
          store.countRecap(group.id, m),
        ]),
      ]);
      expect(results.filter((r) => r === true)).toHaveLength(10);
      expect(await store.counts(group.id)).toMatchObject({
        joined: 10,
        members: 10,
        recapped: 10,
        replied: [0, 0, 0, 10, 0, 0, 0],
        thanks: [0, 0, 0, 10, 0, 0, 0],
      });
    });

    it('a leaving that races its own confirmation or recap counts the member in or out, never half', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const pending = Array.from({ length: 10 }, () => nextSubscriberId());
      const finishing = Array.from({ length: 10 }, () => nextSubscriberId());
      await Promise.all([...pending, ...finishing].map((m) => store.join(group.id, m, MAX_GROUP_MEMBERS)));
      await Promise.all(finishing.map((m) => store.countMember(group.id, m)));
      await Promise.all([
        ...pending.flatMap((m) => [store.countMember(group.id, m), store.leave(group.id, m)]),
        ...finishing.flatMap((m) => [store.countRecap(group.id, m), store.leave(group.id, m)]),
      ]);
      const counts = await store.counts(group.id);
      // The pending ones left whether or not their confirmation came first; each finishing one is
      // either recapped and still counted, or gone from both counts.
      expect(counts.members).toBe(counts.recapped);
      expect(counts.joined).toBe(counts.recapped);
    });

    it('twenty people joining a group of ten at once: exactly ten seats are taken', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const people = Array.from({ length: 20 }, () => nextSubscriberId());
      const outcomes = await Promise.all(people.map((p) => store.join(group.id, p, 10)));
      expect(outcomes.filter((o) => o === 'joined')).toHaveLength(10);
      expect(outcomes.filter((o) => o === 'full')).toHaveLength(10);
      expect((await store.counts(group.id)).joined).toBe(10);
    });

    it('loses no increment and counts no redelivery twice: 30 members replying at once', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const members = Array.from({ length: 30 }, () => nextSubscriberId());
      await Promise.all(members.map((m) => store.join(group.id, m, MAX_GROUP_MEMBERS)));
      await Promise.all(members.map((m) => store.countMember(group.id, m)));
      // 150 concurrent updates of the same counters item: two replies to day 1 (2 thanks, then 1),
      // one to day 3 (1 thanks), and each of those delivered twice at once, as SES may.
      await Promise.all(
        members.flatMap((m) => [
          store.countReply(group.id, m, 1, 2, `${m}-a`, { call: 2 }),
          store.countReply(group.id, m, 1, 2, `${m}-a`, { call: 2 }),
          store.countReply(group.id, m, 1, 1, `${m}-b`, { message: 1 }),
          store.countReply(group.id, m, 3, 1, `${m}-c`),
          store.countReply(group.id, m, 3, 1, `${m}-c`),
        ]),
      );
      expect(await store.counts(group.id)).toEqual({
        joined: 30,
        members: 30,
        replied: [30, 0, 30, 0, 0, 0, 0],
        thanks: [90, 0, 30, 0, 0, 0, 0],
        channels: { call: 60, message: 30, email: 0, letter: 0, 'in-person': 0, video: 0 },
        recapped: 0,
        paused: 0,
        left: 0,
      });
    });

    it('deletes the group, its code and its counters; later counts change nothing', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const member = nextSubscriberId();
      await store.join(group.id, member, MAX_GROUP_MEMBERS);
      await store.delete(group.id);
      expect(await store.get(group.id)).toBeNull();
      expect(await store.findByCode(group.code)).toBeNull();
      await store.countMember(group.id, member);
      await store.countReply(group.id, member, 1, 2, 'm1');
      expect(await store.get(group.id)).toBeNull();
      expect((await store.counts(group.id)).members).toBe(0);
    });

    it("adjusts the thanks of a member's edited log, up and down, and nobody else's", async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const [member, left, stranger] = [nextSubscriberId(), nextSubscriberId(), nextSubscriberId()];
      for (const m of [member, left]) {
        await store.join(group.id, m, MAX_GROUP_MEMBERS);
        await store.countMember(group.id, m);
        await store.countReply(group.id, m, 2, 2, `${m}-2`, { call: 2 });
      }
      await store.leave(group.id, left);
      const moved = { thanks: [0, -1, 1, 0, 0, 0, 0], channels: { call: -1, letter: 1 } };
      await store.adjustThanks(group.id, member, moved);
      await store.adjustThanks(group.id, left, moved);
      await store.adjustThanks(group.id, stranger, moved);
      expect(await store.counts(group.id)).toMatchObject({
        replied: [0, 2, 0, 0, 0, 0, 0],
        thanks: [0, 3, 1, 0, 0, 0, 0],
        channels: { call: 3, message: 0, email: 0, letter: 1, 'in-person': 0, video: 0 },
      });
      await store.delete(group.id);
      await store.adjustThanks(group.id, member, moved);
      expect(await store.get(group.id)).toBeNull();
    });

    it('loses no adjustment among replies counted at the same time', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const members = Array.from({ length: 20 }, () => nextSubscriberId());
      await Promise.all(members.map((m) => store.join(group.id, m, MAX_GROUP_MEMBERS)));
      await Promise.all(
        members.flatMap((m) => [
          store.countReply(group.id, m, 1, 2, `${m}-1`),
          store.adjustThanks(group.id, m, { thanks: [-1, 1, 0, 0, 0, 0, 0], channels: {} }),
          store.countReply(group.id, m, 2, 1, `${m}-2`),
        ]),
      );
      expect(await store.counts(group.id)).toMatchObject({
        thanks: [20, 40, 0, 0, 0, 0, 0],
      });
    });

    it("counts each member's recap once, and nobody else's", async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const [a, b] = [nextSubscriberId(), nextSubscriberId()];
      await store.join(group.id, a, MAX_GROUP_MEMBERS);
      await store.join(group.id, b, MAX_GROUP_MEMBERS);
      await Promise.all([store.countRecap(group.id, a), store.countRecap(group.id, a)]);
      await store.countRecap(group.id, nextSubscriberId());
      expect((await store.counts(group.id)).recapped).toBe(1);
      await store.countRecap(group.id, b);
      expect((await store.counts(group.id)).recapped).toBe(2);
    });

    it('claims the organizer summary once', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const at = new Date('2026-12-14T09:00:00Z');
      const claims = await Promise.all([store.claimSummary(group.id, at), store.claimSummary(group.id, at)]);
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('gives back a claim whose summary could not be sent: due again, and claimed once more', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const at = new Date('2026-12-14T09:00:00Z');
      expect(await store.claimSummary(group.id, at)).toBe(true);
      // Only the claim made at `at` is given back.
      await store.releaseSummary(group.id, new Date('2026-12-14T09:05:00Z'));
      expect(await store.claimSummary(group.id, at)).toBe(false);
      await store.releaseSummary(group.id, at);
      const due = (await store.summariesDue(at, 100)).jobs.filter((j) => j.groupId === group.id);
      expect(due).toEqual([{ groupId: group.id, dueAt: at.toISOString() }]);
      const again = await Promise.all([store.claimSummary(group.id, at), store.claimSummary(group.id, at)]);
      expect(again.filter(Boolean)).toHaveLength(1);
      // A deleted group is not brought back by a release.
      await store.delete(group.id);
      await store.releaseSummary(group.id, at);
      expect(await store.counts(group.id)).toMatchObject({ members: 0, joined: 0 });
      expect((await store.summariesDue(at, 100)).jobs.filter((j) => j.groupId === group.id)).toEqual([]);
    });

    it('counts a paused member once until they resume, have their recap or leave', async () => {
      const group = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      const [resumes, recapped, leaves, pending] = [
        nextSubscriberId(),
        nextSubscriberId(),
        nextSubscriberId(),
        nextSubscriberId(),
      ];
      for (const m of [resumes, recapped, leaves, pending]) await store.join(group.id, m, MAX_GROUP_MEMBERS);
      for (const m of [resumes, recapped, leaves]) await store.countMember(group.id, m);
      const paused = async () => (await store.counts(group.id)).paused;
      const twice = await Promise.all([store.pause(group.id, resumes), store.pause(group.id, resumes)]);
      expect(twice.filter(Boolean)).toHaveLength(1);
      await store.pause(group.id, recapped);
      await store.pause(group.id, leaves);
      // Not confirmed, or not a member: never counted as paused.
      expect(await store.pause(group.id, pending)).toBe(false);
      expect(await store.pause(group.id, nextSubscriberId())).toBe(false);
      expect(await paused()).toBe(3);
      expect(await store.resume(group.id, resumes)).toBe(true);
      expect(await store.resume(group.id, resumes)).toBe(false);
      await store.countRecap(group.id, recapped);
      // Paused after their recap: they did the week, nothing to wait for.
      expect(await store.pause(group.id, recapped)).toBe(false);
      expect(await store.leave(group.id, leaves)).toBe(true);
      expect(await store.counts(group.id)).toMatchObject({ members: 2, recapped: 1, paused: 0, left: 1 });
    });

    it("files the summary under the group's deadline, leases it once, and takes it off once claimed", async () => {
      const group = aGroup(); // starts 7 December in Berlin: its deadline is the 17th at 00:00 there
      const never = aGroup();
      await store.create(group, SUMMARY_DUE_AT);
      await store.create(never, SUMMARY_DUE_AT);
      // Other tests' groups may share the table: every page is read, this test's groups kept.
      const mine = async (now: string) => {
        const found: DueSummary[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.summariesDue(new Date(now), 100, cursor);
          found.push(...page.jobs.filter((j) => [group.id, never.id].includes(j.groupId)));
          cursor = page.cursor;
        } while (cursor);
        return found;
      };
      expect(await mine('2026-12-16T22:59:59Z')).toEqual([]);
      const due = await mine('2026-12-16T23:00:00Z');
      expect(due).toHaveLength(2);
      expect(due).toEqual(
        expect.arrayContaining([
          { groupId: group.id, dueAt: '2026-12-16T23:00:00.000Z' },
          { groupId: never.id, dueAt: '2026-12-16T23:00:00.000Z' },
        ]),
      );
      const [job] = due.filter((j) => j.groupId === group.id);
      if (!job) throw new Error('not due');
      const until = new Date('2026-12-16T23:20:00Z');
      const leases = await Promise.all([store.leaseSummary(job, until), store.leaseSummary(job, until)]);
      expect(leases.filter(Boolean)).toHaveLength(1);
      expect((await mine('2026-12-16T23:05:00Z')).map((j) => j.groupId)).toEqual([never.id]);
      // The lease runs out: due again, until the summary is claimed (by whoever sends it).
      expect((await mine('2026-12-16T23:20:00Z')).map((j) => j.groupId).sort()).toEqual(
        [group.id, never.id].sort(),
      );
      expect(await store.claimSummary(group.id, until)).toBe(true);
      await store.cancelSummary(never.id);
      expect(await mine('2027-01-01T00:00:00Z')).toEqual([]);
      // A deleted group has nothing to take off, and nothing comes back.
      await store.delete(never.id);
      await store.cancelSummary(never.id);
      expect(await store.leaseSummary({ groupId: never.id, dueAt: '2026-12-16T23:00:00.000Z' }, until)).toBe(
        false,
      );
      expect(await mine('2027-01-01T00:00:00Z')).toEqual([]);
    });
  });
}
