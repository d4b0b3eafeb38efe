/**
 * The record of each inbound message (`MAIL#<SES message id>`): written with a condition before
 * any work, so a second delivery of the same message does nothing; kept 30 days like the raw mail.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { InboundLog, InboundOutcome } from '../../core/ports';
import { TABLE_DESIGN } from './table-design';

const RETENTION_SECONDS = 30 * 24 * 3600;
const key = (messageId: string) => ({
  [TABLE_DESIGN.partitionKey]: `MAIL#${messageId}`,
  [TABLE_DESIGN.sortKey]: 'MAIL',
});

export class DynamoInboundLog implements InboundLog {
  constructor(private readonly table: { client: DynamoDBDocumentClient; tableName: string }) {}

  async begin(messageId: string, receivedAt: Date): Promise<boolean> {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: {
            ...key(messageId),
            type: 'inbound',
            messageId,
            state: 'handling',
            receivedAt: receivedAt.toISOString(),
            [TABLE_DESIGN.ttlAttribute]: Math.floor(receivedAt.getTime() / 1000) + RETENTION_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async finish(messageId: string, outcome: InboundOutcome, subscriberId?: string): Promise<void> {
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: key(messageId),
        UpdateExpression: subscriberId
          ? 'SET #state = :done, outcome = :outcome, subscriberId = :sub'
          : 'SET #state = :done, outcome = :outcome',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':done': 'done',
          ':outcome': outcome,
          ...(subscriberId ? { ':sub': subscriberId } : {}),
        },
      }),
    );
  }

  async abandon(messageId: string): Promise<void> {
    await this.table.client.send(new DeleteCommand({ TableName: this.table.tableName, Key: key(messageId) }));
  }
}
