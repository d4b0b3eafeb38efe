/**
 * The record of each inbound message, kept 30 days like the raw mail:
 *
 *   pk MAIL#<SES message id>   sk MAIL             state handling|done, lease, outcome
 *   pk MSGID#<dedupe key>      sk MSGID            the first SES message that carried a sender's Message-ID
 *   pk SUB#<id>                sk INBOUND#<msg id>  the person's link to each message (deleted with them)
 *
 * The MAIL record is written with a condition before any work: a second delivery of a handled
 * message does nothing, and a handling whose lease ran out (the function died) is taken over.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { InboundBegin, InboundLog, InboundOutcome } from '../../core/ports';
import { deleteKeys } from './batch';
import { TABLE_DESIGN } from './table-design';

const { partitionKey: PK, sortKey: SK, ttlAttribute: TTL } = TABLE_DESIGN;
const RETENTION_SECONDS = 30 * 24 * 3600;
const INBOUND_PREFIX = 'INBOUND#';
const mailKey = (messageId: string) => ({ [PK]: `MAIL#${messageId}`, [SK]: 'MAIL' });
const dedupeItemKey = (dedupeKey: string) => ({ [PK]: `MSGID#${dedupeKey}`, [SK]: 'MSGID' });
const linkKey = (subscriberId: string, messageId: string) => ({
  [PK]: `SUB#${subscriberId}`,
  [SK]: `${INBOUND_PREFIX}${messageId}`,
});
const expiry = (from: Date) => Math.floor(from.getTime() / 1000) + RETENTION_SECONDS;

type Table = { client: DynamoDBDocumentClient; tableName: string };

export class DynamoInboundLog implements InboundLog {
  constructor(private readonly table: Table) {}

  async begin(messageId: string, receivedAt: Date, now: Date, leaseSeconds: number): Promise<InboundBegin> {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: {
            ...mailKey(messageId),
            type: 'inbound',
            messageId,
            state: 'handling',
            leaseUntil: now.getTime() + leaseSeconds * 1000,
            receivedAt: receivedAt.toISOString(),
            [TTL]: expiry(receivedAt),
          },
          // New, or a handling whose holder died: its lease ran out.
          ConditionExpression: 'attribute_not_exists(#pk) OR (#state = :handling AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#pk': PK, '#state': 'state' },
          ExpressionAttributeValues: { ':handling': 'handling', ':now': now.getTime() },
        }),
      );
      return 'started';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: mailKey(messageId), ConsistentRead: true }),
    );
    return Item?.state === 'handling' ? 'in-flight' : 'duplicate';
  }

  async finish(messageId: string, outcome: InboundOutcome, subscriberId?: string): Promise<void> {
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: mailKey(messageId),
        UpdateExpression: subscriberId
          ? 'SET #state = :done, outcome = :outcome, subscriberId = :sub REMOVE leaseUntil'
          : 'SET #state = :done, outcome = :outcome REMOVE leaseUntil',
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
    await this.table.client.send(
      new DeleteCommand({ TableName: this.table.tableName, Key: mailKey(messageId) }),
    );
  }

  async firstDelivery(dedupeKey: string, messageId: string, now: Date): Promise<boolean> {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: { ...dedupeItemKey(dedupeKey), type: 'message-id', messageId, [TTL]: expiry(now) },
          // The same delivery handled again (a retry after a crash) is still the first.
          ConditionExpression: 'attribute_not_exists(#pk) OR messageId = :mine',
          ExpressionAttributeNames: { '#pk': PK },
          ExpressionAttributeValues: { ':mine': messageId },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async link(messageId: string, subscriberId: string, dedupeKey?: string): Promise<void> {
    await this.table.client.send(
      new PutCommand({
        TableName: this.table.tableName,
        Item: { ...linkKey(subscriberId, messageId), type: 'inbound-link', messageId, dedupeKey },
      }),
    );
  }

  async messagesOf(subscriberId: string): Promise<{ messageId: string; dedupeKey?: string }[]> {
    const found: { messageId: string; dedupeKey?: string }[] = [];
    const pages = paginateQuery(
      { client: this.table.client },
      {
        TableName: this.table.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        ExpressionAttributeValues: { ':pk': `SUB#${subscriberId}`, ':prefix': INBOUND_PREFIX },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        if (typeof item.messageId !== 'string') continue;
        found.push(
          typeof item.dedupeKey === 'string'
            ? { messageId: item.messageId, dedupeKey: item.dedupeKey }
            : { messageId: item.messageId },
        );
      }
    }
    return found;
  }

  async forget(subscriberId: string, messages: { messageId: string; dedupeKey?: string }[]): Promise<void> {
    const keys = messages.flatMap(({ messageId, dedupeKey }) => [
      mailKey(messageId),
      linkKey(subscriberId, messageId),
      ...(dedupeKey ? [dedupeItemKey(dedupeKey)] : []),
    ]);
    await deleteKeys(this.table, keys);
  }
}
