/**
 * Fixed-window rate limits kept in the table (HTTP APIs have no usage plans): one atomic counter
 * per key and window, removed by TTL once the window is over.
 */
import { type DynamoDBDocumentClient, paginateQuery, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLimiter } from '../../core/ports';
import { deleteKeys } from './batch';
import { TABLE_DESIGN } from './table-design';

const { partitionKey: PK, sortKey: SK } = TABLE_DESIGN;

export class DynamoRateLimiter implements RateLimiter {
  constructor(private readonly table: { client: DynamoDBDocumentClient; tableName: string }) {}

  async hit(key: string, limit: number, windowSeconds: number, now: Date) {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % windowSeconds);
    const windowEnd = windowStart + windowSeconds;
    const result = await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: { [PK]: `RATE#${key}`, [SK]: String(windowStart) },
        UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
        ExpressionAttributeNames: { '#count': 'count', '#ttl': TABLE_DESIGN.ttlAttribute },
        ExpressionAttributeValues: { ':one': 1, ':ttl': windowEnd + 60 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const count = Number(result.Attributes?.count ?? 1);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, windowEnd - nowSeconds), count };
  }

  async forget(key: string): Promise<void> {
    const keys: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: this.table.client },
      {
        TableName: this.table.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: { ':pk': `RATE#${key}` },
        ProjectionExpression: '#pk, #sk',
      },
    );
    for await (const page of pages) keys.push(...(page.Items ?? []));
    await deleteKeys(this.table, keys);
  }
}
