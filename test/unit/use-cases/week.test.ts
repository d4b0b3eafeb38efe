import { confirm } from '../../../functions/core/subscriber';
import { dispatchDue } from '../../../functions/core/use-cases/dispatch';
import { CLAIM_LEASE_SECONDS, sendDue } from '../../../functions/core/use-cases/send-due';
import { schedulerPass } from '../../../functions/local/scheduler-pass';
import { aSubscriber, type TestDeps, testDeps } from '../../builders/deps';

async function activeSubscriber(deps: TestDeps, overrides = {}) {
  const email = `p${deps.store.subscribers.size}@example.com`;
  const sub = confirm(
    aSubscriber({ email, emailKey: email, ...overrides }),
    new Date('2026-11-25T15:00:00Z'),
  );
  await deps.store.create(sub);
  return sub; // New York, 08:00: day 1 due 2026-11-26T13:00Z
}

const at = (iso: string) => new Date(iso);

describe('the week of emails', () => {
  it('sends day 1 at 08:00 local, nothing before and nothing more that morning', async () => {
    const deps = testDeps();
    await activeSubscriber(deps);
    expect(await schedulerPass(deps, at('2026-11-26T12:50:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(await schedulerPass(deps, at('2026-11-26T13:05:00Z'))).toMatchObject({ due: 1, sent: 1 });
    expect(await schedulerPass(deps, at('2026-11-26T13:35:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(deps.mailer.sent.map((e) => e.subject.slice(0, 5))).toEqual(['Day 1']);
  });

  it('sends days 1 to 7 on consecutive mornings, then one recap, then completes', async () => {
    const deps = testDeps();
    const sub = await activeSubscriber(deps);
    for (let day = 0; day < 10; day++) {
      const morning = new Date(Date.UTC(2026, 10, 26 + day, 13, 5));
      await schedulerPass(deps, morning);
    }
    const subjects = deps.mailer.sent.map((e) => e.subject);
    expect(subjects).toHaveLength(8);
    expect(subjects.slice(0, 7).map((subject) => subject.slice(0, 6))).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((day) => `Day ${day}:`),
    );
    expect(subjects[7]?.startsWith('Day')).toBe(false);
    expect((await deps.store.get(sub.id))?.status).toBe('completed');
    expect((await deps.store.weekActivity(sub.id, 1)).prompts.map((p) => p.day)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('every prompt carries Reply-To for its day and the one-click headers', async () => {
    const deps = testDeps();
    await activeSubscriber(deps);
    await schedulerPass(deps, at('2026-11-26T13:05:00Z'));
    const [prompt] = deps.mailer.sent;
    expect(prompt?.replyTo).toMatch(/^reply\+r\.[a-z2-7]{16}\.1\.1\.[a-z2-7]{24}@in\.gratitude\.test$/);
    expect(prompt?.headers).toEqual([
      { name: 'List-Unsubscribe', value: expect.stringContaining('/unsubscribe?token=') },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      { name: 'Auto-Submitted', value: 'auto-generated' },
    ]);
  });

  it('two overlapping dispatch passes queue a due prompt once', async () => {
    const deps = testDeps();
    await activeSubscriber(deps);
    deps.clock.set(at('2026-11-26T13:05:00Z'));
    const passes = await Promise.all([dispatchDue(deps), dispatchDue(deps)]);
    expect(passes.map((p) => p.queued).sort()).toEqual([0, 1]);
    expect(deps.queue.take()).toHaveLength(1);
    // Still queued five minutes later: the next pass leaves it alone.
    deps.clock.set(at('2026-11-26T13:10:00Z'));
    expect(await dispatchDue(deps)).toEqual({ due: 0, queued: 0 });
  });

  it('never sends twice when the same job is queued twice', async () => {
    const deps = testDeps();
    const sub = await activeSubscriber(deps);
    const now = at('2026-11-26T13:05:00Z');
    deps.clock.set(now);
    await dispatchDue(deps);
    const [job] = deps.queue.take();
    if (!job || 'groupId' in job) throw new Error('no prompt queued');
    const jobs = [job, job];
    const outcomes = await Promise.all(jobs.map((job) => sendDue(deps, job)));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(deps.mailer.to(sub.email)).toHaveLength(1);
  });

  it('a throttled send releases its claim and returns to the queue; the next pass sends it: never lost', async () => {
    const deps = testDeps();
    await activeSubscriber(deps);
    deps.mailer.throttleNext = 1;
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await schedulerPass(deps, at('2026-11-26T13:05:00Z'))).toMatchObject({
      due: 1,
      sent: 0,
      failed: 1,
    });
    // Redelivered from the queue (as SQS does), not found again in the index: it is leased.
    expect(await schedulerPass(deps, at('2026-11-26T13:06:00Z'))).toMatchObject({ due: 0, sent: 1 });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('after days of downtime sends the next prompt only, one per local day', async () => {
    const deps = testDeps();
    await activeSubscriber(deps);
    await schedulerPass(deps, at('2026-11-26T13:05:00Z'));
    // Down from the 27th until the 30th at 10:00 New York time.
    expect(await schedulerPass(deps, at('2026-11-30T15:00:00Z'))).toMatchObject({ sent: 1 });
    expect(await schedulerPass(deps, at('2026-11-30T16:00:00Z'))).toMatchObject({ sent: 0 });
    expect(await schedulerPass(deps, at('2026-12-01T13:05:00Z'))).toMatchObject({ sent: 1 });
    expect(deps.mailer.sent.map((e) => e.subject.slice(0, 5))).toEqual(['Day 1', 'Day 2', 'Day 3']);
  });

  it('skips paused, unsubscribed and suppressed people', async () => {
    const deps = testDeps();
    for (const status of ['paused', 'unsubscribed', 'suppressed'] as const) {
      const sub = await activeSubscriber(deps);
      await deps.store.save({ ...sub, status });
    }
    expect(await schedulerPass(deps, at('2026-11-27T13:05:00Z'))).toMatchObject({ sent: 0 });
    expect(deps.mailer.sent).toHaveLength(0);
  });

  it('a stale job for a day already done is skipped on the base item, not trusted from the index', async () => {
    const deps = testDeps();
    const sub = await activeSubscriber(deps);
    deps.clock.set(at('2026-11-26T13:05:00Z'));
    expect(await sendDue(deps, { subscriberId: sub.id, week: 1, day: 1 })).toBe('sent');
    expect(await sendDue(deps, { subscriberId: sub.id, week: 1, day: 1 })).toBe('skipped');
  });

  it('a crash after sending but before advancing is repaired without a second email', async () => {
    const deps = testDeps();
    const sub = await activeSubscriber(deps);
    deps.clock.set(at('2026-11-26T13:05:00Z'));
    const job = { subscriberId: sub.id, week: 1, day: 1 };
    // Simulate: claimed, sent and marked, then the process died before advancing the subscriber.
    await deps.ledger.claim(job, 'dead', deps.clock.now(), 300);
    await deps.ledger.markSent(job, 'dead', deps.clock.now());
    expect(await sendDue(deps, job)).toBe('already-sent');
    expect(deps.mailer.sent).toHaveLength(0);
    expect((await deps.store.get(sub.id))?.nextDay).toBe(2);
  });

  it('a claim whose sender died is left in flight until its lease runs out, then taken over and sent once', async () => {
    const deps = testDeps();
    const sub = await activeSubscriber(deps);
    const job = { subscriberId: sub.id, week: 1, day: 1 };
    await deps.ledger.claim(job, 'crashed', at('2026-11-26T13:05:00Z'), CLAIM_LEASE_SECONDS);
    deps.clock.set(at('2026-11-26T13:06:00Z'));
    expect(await sendDue(deps, job)).toBe('in-flight');
    expect(deps.mailer.sent).toHaveLength(0);
    deps.clock.set(at('2026-11-26T13:11:00Z'));
    expect(await sendDue(deps, job)).toBe('sent');
    expect(deps.mailer.to(sub.email)).toHaveLength(1);
  });

  it('dispatch reads grow with the number due, not the number of subscribers', async () => {
    const deps = testDeps();
    for (let i = 0; i < 200; i++) await activeSubscriber(deps, { sendHour: i < 5 ? 7 : 9 });
    deps.clock.set(at('2026-11-26T12:30:00Z')); // 07:30 New York: only the five 07:00 people are due
    const { due } = await dispatchDue(deps);
    expect(due).toBe(5);
    expect(deps.dueIndex.itemsRead).toBe(5);
  });
});
