/**
 * The subscriber store on DynamoDB Local (its contract) and the send path over the real adapters.
 * The send ledger's and the due index's own contracts run in dynamodb-ports.test.ts.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDueIndex, DynamoSendLedger } from '../../functions/adapters/dynamodb/send-ledger';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store';
import { confirm, type Subscriber } from '../../functions/core/subscriber';
import { dispatchDue } from '../../functions/core/use-cases/dispatch';
import { sendDue, sendDueAll } from '../../functions/core/use-cases/send-due';
import { aSubscriber, nextSubscriberId, testDeps } from '../builders/deps';
import { describeSubscriberStoreContract } from '../contract/subscriber-store.contract';

const raw = new DynamoDBClient({});
const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
const table = { client, tableName: process.env.TABLE_NAME ?? '', dueShards: 4 };

afterAll(() => raw.destroy());

describeSubscriberStoreContract('DynamoDB Local', () => new DynamoSubscriberStore(table));

function realDeps() {
  const store = new DynamoSubscriberStore(table);
  return testDeps({
    store: store as never,
    ledger: new DynamoSendLedger(table) as never,
    dueIndex: new DynamoDueIndex(table) as never,
  });
}

async function activeSubscriber(store: DynamoSubscriberStore, overrides = {}) {
  const email = `due-${nextSubscriberId()}@example.com`;
  const sub = confirm(
    aSubscriber({ email, emailKey: email, ...overrides }),
    new Date('2026-11-25T15:00:00Z'),
  );
  await store.create(sub);
  return sub;
}

describe('send guard on DynamoDB Local', () => {
  it('ten concurrent senders of the same day send exactly one email', async () => {
    const deps = realDeps();
    const sub = await activeSubscriber(deps.store as unknown as DynamoSubscriberStore);
    deps.clock.set('2026-11-26T13:05:00Z');
    const job = { subscriberId: sub.id, week: 1, day: 1 };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => sendDue(deps, job)));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(deps.mailer.to(sub.email)).toHaveLength(1);
    const stored = await deps.store.get(sub.id);
    expect(stored).toMatchObject({ nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' });
    expect((await deps.store.weekActivity(sub.id, 1)).prompts).toEqual([
      { day: 1, sentAt: '2026-11-26T13:05:00.000Z' },
    ]);
  });

  it('the guard holds on the base item even when the index is stale: a replayed job is skipped', async () => {
    const deps = realDeps();
    const sub = await activeSubscriber(deps.store as unknown as DynamoSubscriberStore);
    deps.clock.set('2026-11-26T13:05:00Z');
    const job = { subscriberId: sub.id, week: 1, day: 1 };
    expect(await sendDue(deps, job)).toBe('sent');
    expect(await sendDue(deps, job)).toBe('skipped');
    // Even with the subscriber rolled back to day 1 (as a stale read would see it), the claim holds.
    const current = await deps.store.get(sub.id);
    await deps.store.save({ ...(current ?? sub), nextDay: 1, nextSendAt: '2026-11-26T13:00:00.000Z' });
    expect(await sendDue(deps, job)).toBe('already-sent');
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('a throttled send releases the claim so the retry sends', async () => {
    const deps = realDeps();
    const sub = await activeSubscriber(deps.store as unknown as DynamoSubscriberStore);
    deps.clock.set('2026-11-26T13:05:00Z');
    deps.mailer.throttleNext = 1;
    const job = { subscriberId: sub.id, week: 1, day: 1 };
    await expect(sendDue(deps, job)).rejects.toMatchObject({ code: 'ses_throttled' });
    expect(await sendDue(deps, job)).toBe('sent');
    expect(deps.mailer.to(sub.email)).toHaveLength(1);
  });
});

describe('the peak send path on DynamoDB Local', () => {
  it('overlapping dispatch passes queue each due prompt once; the next pass leaves it while queued', async () => {
    const deps = realDeps();
    const subs = await Promise.all(Array.from({ length: 5 }, () => activeSubscriber(deps.store as never)));
    const at = new Date('2026-11-26T13:05:00Z');
    const queued: string[] = [];
    const queue = {
      enqueue: async (jobs: { subscriberId: string }[]) =>
        void queued.push(...jobs.map((j) => j.subscriberId)),
    };
    const mine = (ids: string[]) => ids.filter((id) => subs.some((s) => s.id === id));
    await Promise.all(
      [0, 1, 2].map(() => dispatchDue({ dueIndex: deps.dueIndex, queue, clock: { now: () => at } })),
    );
    expect(mine(queued).sort()).toEqual(subs.map((s) => s.id).sort());
    queued.length = 0;
    const later = new Date(at.getTime() + 5 * 60_000);
    await dispatchDue({ dueIndex: deps.dueIndex, queue, clock: { now: () => later } });
    expect(mine(queued)).toEqual([]);
  });

  /** Deps whose DynamoDB calls are counted by command name. */
  function countedDeps() {
    const counted = new DynamoDBClient({});
    const calls: string[] = [];
    counted.middlewareStack.add(
      (next, context) => async (args) => {
        calls.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countCalls' },
    );
    const countedTable = {
      ...table,
      client: DynamoDBDocumentClient.from(counted, { marshallOptions: { removeUndefinedValues: true } }),
    };
    const deps = testDeps({
      store: new DynamoSubscriberStore(countedTable) as never,
      ledger: new DynamoSendLedger(countedTable) as never,
    });
    deps.clock.set('2026-11-26T13:05:00Z');
    return { deps, calls, destroy: () => counted.destroy() };
  }

  it('a prompt costs three DynamoDB calls: read, claim, and one transaction that records and advances', async () => {
    const { deps, calls, destroy } = countedDeps();
    const sub = await activeSubscriber(deps.store as never);
    calls.length = 0;
    expect(await sendDue(deps, { subscriberId: sub.id, week: 1, day: 1 })).toBe('sent');
    expect(calls).toEqual(['BatchGetItemCommand', 'PutItemCommand', 'TransactWriteItemsCommand']);
    expect(await deps.store.get(sub.id)).toMatchObject({ nextDay: 2, version: sub.version + 1 });
    destroy();
  });

  it('a batch of ten prompts costs the same three calls: one read, one claim write, one sent write', async () => {
    const { deps, calls, destroy } = countedDeps();
    const subs = await Promise.all(Array.from({ length: 10 }, () => activeSubscriber(deps.store as never)));
    calls.length = 0;
    const results = await sendDueAll(
      deps,
      subs.map((sub) => ({ subscriberId: sub.id, week: 1, day: 1 })),
    );
    expect(results).toEqual(subs.map(() => ({ status: 'fulfilled', value: 'sent' })));
    expect(calls).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand', 'TransactWriteItemsCommand']);
    for (const sub of subs) {
      expect(deps.mailer.to(sub.email)).toHaveLength(1);
      expect(await deps.store.get(sub.id)).toMatchObject({ nextDay: 2, version: sub.version + 1 });
      expect((await deps.store.weekActivity(sub.id, 1)).prompts).toEqual([
        { day: 1, sentAt: '2026-11-26T13:05:00.000Z' },
      ]);
    }
    destroy();
  });

  it('in a batch each job gets its own answer: sent, throttled and retried, stale, queued twice, already sent', async () => {
    const deps = realDeps();
    const store = deps.store as unknown as DynamoSubscriberStore;
    const [a, b, c, d] = (await Promise.all(Array.from({ length: 4 }, () => activeSubscriber(store)))) as [
      Subscriber,
      Subscriber,
      Subscriber,
      Subscriber,
    ];
    deps.clock.set('2026-11-26T13:05:00Z');
    const job = (sub: { id: string }, day = 1) => ({ subscriberId: sub.id, week: 1, day });
    // d's day 1 went out already, from a sender that stopped before moving d on.
    await deps.ledger.claim(job(d), 'earlier', new Date('2026-11-26T13:01:00Z'), 300);
    await deps.ledger.markSent(job(d), 'earlier', new Date('2026-11-26T13:01:00Z'), 'ses-earlier');
    deps.mailer.throttleNext = 1;
    const results = await sendDueAll(deps, [job(a), job(b), job(c, 2), job(a), job(d)]);
    const values = results.map((r) => (r.status === 'fulfilled' ? r.value : 'throttled'));
    // One of a and b was throttled (the first to reach SES); the other went out.
    expect([values[0], values[1]].sort()).toEqual(['sent', 'throttled']);
    expect(values.slice(2)).toEqual(['skipped', 'in-flight', 'already-sent']);
    const throttled = values[0] === 'throttled' ? a : b;
    expect(await sendDue(deps, job(throttled))).toBe('sent');
    for (const sub of [a, b]) expect(deps.mailer.to(sub.email)).toHaveLength(1);
    expect(deps.mailer.to(c.email)).toHaveLength(0);
    expect(deps.mailer.to(d.email)).toHaveLength(0);
    expect(await deps.store.get(d.id)).toMatchObject({ nextDay: 2 });
  });
});
