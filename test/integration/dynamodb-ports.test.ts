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
import { ensureTable } from '../../functions/local/services/table';
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

describeInboundLogContract('DynamoDB Local', () => new DynamoInboundLog(table));

describeRateLimiterContract('DynamoDB Local', () => new DynamoRateLimiter(table));
