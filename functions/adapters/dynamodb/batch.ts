/**
 * Batch reads and deletes for the table's adapters: any number of keys, as many per request as
 * DynamoDB takes, leftovers (unprocessed keys) retried with backoff.
 */
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Table = { client: DynamoDBDocumentClient; tableName: string };
type Key = Record<string, unknown>;

/** How many times leftovers are asked for again, waiting 100 ms, 200 ms, … between. */
const LEFTOVER_ATTEMPTS = 7;

const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));

async function getBatch(table: Table, keys: Key[]): Promise<Key[]> {
  const items: Key[] = [];
  let pending = keys;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const result = await table.client.send(
      new BatchGetCommand({ RequestItems: { [table.tableName]: { Keys: pending, ConsistentRead: true } } }),
    );
    items.push(...((result.Responses?.[table.tableName] ?? []) as Key[]));
    pending = (result.UnprocessedKeys?.[table.tableName]?.Keys ?? []) as Key[];
    if (attempt >= LEFTOVER_ATTEMPTS && pending.length > 0)
      throw new Error(`Could not read ${pending.length} items of ${keys.length}`);
  }
  return items;
}

/** The items stored under `keys`, read consistently (BatchGetItem takes 100 at a time); missing ones left out. */
export async function getKeys(table: Table, keys: Key[]): Promise<Key[]> {
  const batches: Promise<Key[]>[] = [];
  for (let i = 0; i < keys.length; i += 100) batches.push(getBatch(table, keys.slice(i, i + 100)));
  return (await Promise.all(batches)).flat();
}

async function deleteBatch(table: Table, keys: Key[]): Promise<void> {
  let pending = keys.map((Key) => ({ DeleteRequest: { Key } }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) await backoff(attempt);
    const result = await table.client.send(
      new BatchWriteCommand({ RequestItems: { [table.tableName]: pending } }),
    );
    pending = (result.UnprocessedItems?.[table.tableName] ?? []) as typeof pending;
    if (attempt >= LEFTOVER_ATTEMPTS && pending.length > 0)
      throw new Error(`Could not delete ${pending.length} items of ${keys.length}`);
  }
}

/** Deletes every key (BatchWriteItem takes 25 at a time). */
export async function deleteKeys(table: Table, keys: Key[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) await deleteBatch(table, keys.slice(i, i + 25));
}
