/**
 * One page of a partition of the due index (its items due at or before `now`, oldest first), with
 * the cursor of the next page. Subscribers are read from the numbered shards, groups whose summary
 * is pending from their own partition; this is the one Query both make.
 */
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from './table-design';

const { dueIndex } = TABLE_DESIGN;

export async function queryDue(
  table: { client: DynamoDBDocumentClient; tableName: string },
  shard: string,
  now: Date,
  limit: number,
  cursor: string | undefined,
  /** Attributes to read besides `dueAt` (names, given as `#a0`, `#a1`, ...). */
  attributes: readonly string[],
): Promise<{ items: Record<string, unknown>[]; cursor?: string }> {
  const result = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      IndexName: dueIndex.name,
      KeyConditionExpression: '#shard = :shard AND #dueAt <= :now',
      ExpressionAttributeNames: {
        '#shard': dueIndex.partitionKey,
        '#dueAt': dueIndex.sortKey,
        ...Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a])),
      },
      ExpressionAttributeValues: { ':shard': shard, ':now': now.toISOString() },
      ProjectionExpression: ['#dueAt', ...attributes.map((_, i) => `#a${i}`)].join(', '),
      Limit: limit,
      ExclusiveStartKey: cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString()) : undefined,
    }),
  );
  const items = result.Items ?? [];
  return result.LastEvaluatedKey
    ? { items, cursor: Buffer.from(JSON.stringify(result.LastEvaluatedKey)).toString('base64url') }
    : { items };
}
