/**
 * The DynamoDB adapters of the send path, inbound mail and rate limits on DynamoDB Local, held to
 * the same contracts as their in-memory fakes. The due index gets a table of its own per test:
 * its queries read every due entry of a shard, and leasing them must not touch other tests'.
 */
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoInboundLog } from '../../functions/adapters/dynamodb/inbound-log';
import { DynamoRateLimiter } from '../../functions/adapters/dynamodb/rate-limiter';
import { DynamoDueIndex, DynamoSendLedger } from '../../functions/adapters/dynamodb/send-ledger';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store';
import type { DueJob } from '../../functions/core/ports';
import type { Subscriber } from '../../functions/core/subscriber';
import { ensureTable } from '../../functions/local/services/table';
import { aSubscriber } from '../builders/deps';
import { CONTRACT_DUE_SHARDS, describeDueIndexContract } from '../contract/due-index.contract';
import { describeInboundLogContract } from '../contract/inbound-log.contract';
import { describeRateLimiterContract } from '../contract/rate-limiter.contract';
import { describeSendLedgerContract } from '../contract/send-ledger.contract';

const raw = new DynamoDBClient({});
const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
const table = { client, tableName: process.env.TABLE_NAME ?? '', dueShards: CONTRACT_DUE_SHARDS };

const ownTables: string[] = [];
afterAll(async () => {
  await Promise.all(ownTables.map((TableName) => raw.send(new DeleteTableCommand({ TableName }))));
  raw.destroy();
});

describeSendLedgerContract('DynamoDB Local', () => ({
  ledger: new DynamoSendLedger(table),
  store: new DynamoSubscriberStore(table),
}));

describeDueIndexContract('DynamoDB Local', async () => {
  const tableName = `${table.tableName}-due-${ownTables.length}-${process.pid}`;
  ownTables.push(tableName);
  await ensureTable(raw, tableName);
  const own = { ...table, tableName };
  return { index: new DynamoDueIndex(own), store: new DynamoSubscriberStore(own) };
});

describe('DynamoSendLedger with the due index', () => {
  it('moves a subscriber the dispatcher leased to their next send in the due index', async () => {
    const tableName = `${table.tableName}-due-${ownTables.length}-${process.pid}`;
    ownTables.push(tableName);
    await ensureTable(raw, tableName);
    const own = { ...table, tableName };
    const [store, ledger, index] = [
      new DynamoSubscriberStore(own),
      new DynamoSendLedger(own),
      new DynamoDueIndex(own),
    ];
    const sub = aSubscriber({
      status: 'active',
      week: 1,
      nextDay: 1,
      nextSendAt: '2026-11-26T13:00:00.000Z',
    });
    await store.create(sub);
    const dueNow = async (at: string) => {
      const pages = await Promise.all(
        Array.from({ length: index.shards }, (_, shard) => index.page(shard, new Date(at), 10)),
      );
      return pages.flatMap((page) => page.jobs);
    };
    const [job] = await dueNow('2026-11-26T13:05:00.000Z');
    expect(job).toBeDefined();
    expect(await index.lease(job as DueJob, new Date('2026-11-26T13:20:00.000Z'))).toBe(true);
    // The sender reads the subscriber (the lease is not part of it), claims, sends, saves.
    const read = (await store.get(sub.id)) as Subscriber;
    const sendJob = { subscriberId: sub.id, week: 1, day: 1 };
    await ledger.claim(sendJob, 'a', new Date('2026-11-26T13:06:00.000Z'), 300);
    const next = { ...read, nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' };
    await ledger.markSentAndSave(sendJob, 'a', new Date('2026-11-26T13:06:00.000Z'), 'ses-1', next);
    expect(await dueNow('2026-11-26T23:59:00.000Z')).toEqual([]);
    expect(await dueNow('2026-11-27T13:00:00.000Z')).toEqual([
      { subscriberId: sub.id, week: 1, day: 2, dueAt: '2026-11-27T13:00:00.000Z' },
    ]);
  });
});

describeInboundLogContract('DynamoDB Local', () => new DynamoInboundLog(table));

describeRateLimiterContract('DynamoDB Local', () => new DynamoRateLimiter(table));
