/** Batch deletes for the table's adapters: any number of keys, 25 per request, retrying leftovers. */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Table = { client: DynamoDBDocumentClient; tableName: string };
type Key = Record<string, unknown>;

async function deleteBatch(table: Table, keys: Key[]): Promise<void> {
  let pending = keys.map((Key) => ({ DeleteRequest: { Key } }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    const result = await table.client.send(
      new BatchWriteCommand({ RequestItems: { [table.tableName]: pending } }),
    );
    pending = (result.UnprocessedItems?.[table.tableName] ?? []) as typeof pending;
    if (attempt > 6 && pending.length > 0)
      throw new Error(`Could not delete ${pending.length} items of ${keys.length}`);
  }
}

/** Deletes every key (BatchWriteItem takes 25 at a time). */
export async function deleteKeys(table: Table, keys: Key[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) await deleteBatch(table, keys.slice(i, i + 25));
}
