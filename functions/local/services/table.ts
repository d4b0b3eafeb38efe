/** The single table, created locally from the same key design the stack deploys. */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DESIGN } from '../../adapters/dynamodb/table-design';

/**
 * Creates the single table from TABLE_DESIGN if it is missing, adds the due index to a table
 * created before it existed, and turns TTL on. Safe to call on every start and from racing
 * processes.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<{ created: boolean }> {
  const { partitionKey, sortKey, dueIndex, ttlAttribute } = TABLE_DESIGN;
  const gsi = {
    IndexName: dueIndex.name,
    KeySchema: [
      { AttributeName: dueIndex.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: dueIndex.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...dueIndex.projected] },
  };
  const attributes = [partitionKey, sortKey, dueIndex.partitionKey, dueIndex.sortKey].map((name) => ({
    AttributeName: name,
    AttributeType: 'S' as const,
  }));

  let created = false;
  const existing = await describeTable(client, tableName);
  if (existing === undefined) {
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributes,
          KeySchema: [
            { AttributeName: partitionKey, KeyType: 'HASH' },
            { AttributeName: sortKey, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: [gsi],
        }),
      );
      created = true;
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  } else if (!existing.GlobalSecondaryIndexes?.some((index) => index.IndexName === dueIndex.name)) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributes.filter((a) => a.AttributeName.startsWith('due')),
        GlobalSecondaryIndexUpdates: [{ Create: gsi }],
      }),
    );
  }

  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = ttl.TimeToLiveDescription?.TimeToLiveStatus;
  if (status !== 'ENABLED' && status !== 'ENABLING') {
    try {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
        }),
      );
    } catch (error) {
      // A racing process enabled it first.
      if (!/already enabled/i.test(error instanceof Error ? error.message : '')) throw error;
    }
  }
  return { created };
}

async function describeTable(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
