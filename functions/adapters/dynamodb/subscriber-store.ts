/**
 * DynamoDB adapter for subscribers: the only place that knows the key design.
 *
 *   pk SUB#<id>      sk PROFILE             the subscriber (+ dueShard/dueAt while a send is due)
 *   pk EMAIL#<key>   sk EMAIL               uniqueness of an address, written in one transaction
 *   pk SUB#<id>      sk W#<week>#DAY#<d>     the send claim of day d (1..7, 8 = recap) of a week
 *   pk SUB#<id>      sk W#<week>#REPLY#<d>#<receivedAt>#<messageId>   one logged reply (+ version once edited)
 *   pk SUB#<id>      sk W#<week>#CORRECTION#<d>#<receivedAt>#<messageId>   a reply that corrected the log
 *   pk SUB#<id>      sk HELD#<messageId>     a reply from another address, held until added
 * Everything under SUB#<id> goes when the person deletes their data.
 */

import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { isChannel } from '../../core/channels';
import { DEFAULT_LANGUAGE, isLanguage } from '../../core/language';
import type {
  CorrectionRecord,
  HeldReply,
  LoggedReply,
  ReplyChange,
  SubscriberStore,
  WeekActivity,
} from '../../core/ports';
import { ConcurrentUpdateError, EmailTakenError } from '../../core/store-errors';
import { hasSendDue, SUBSCRIBER_STATUSES, type Subscriber } from '../../core/subscriber';
import { deleteKeys, getKeys } from './batch';
import { TABLE_DESIGN } from './table-design';

const { partitionKey: PK, sortKey: SK } = TABLE_DESIGN;
const PROFILE = 'PROFILE';

/** Zero-padded so that a week's items sort together and in order. */
export const weekPrefix = (week: number) => `W#${String(week).padStart(4, '0')}#`;
export const subscriberKey = (id: string) => ({ [PK]: `SUB#${id}`, [SK]: PROFILE });
const emailKeyItem = (emailKey: string) => ({ [PK]: `EMAIL#${emailKey}`, [SK]: 'EMAIL' });

const replyKey = (
  id: string,
  week: number,
  reply: { day: number; receivedAt: string; messageId: string },
) => ({
  [PK]: `SUB#${id}`,
  [SK]: `${weekPrefix(week)}REPLY#${reply.day}#${reply.receivedAt}#${reply.messageId}`,
});
const replyItem = (id: string, week: number, reply: LoggedReply) => ({
  ...replyKey(id, week, reply),
  type: 'reply',
  week,
  ...reply,
});

/** The reply is still stored as it was read: at its version, or never edited. */
function unchangedSince(reply: LoggedReply): {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
} {
  return reply.version === undefined
    ? {
        ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#version)',
        ExpressionAttributeNames: { '#pk': PK, '#version': 'version' },
      }
    : {
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': reply.version },
      };
}

/** Spreads due subscribers over a few GSI partitions so no single key runs hot. */
export function shardOf(id: string, shards: number): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return String(hash % shards);
}

export interface TableSettings {
  client: DynamoDBDocumentClient;
  tableName: string;
  dueShards: number;
}

type Item = Record<string, unknown>;

export function toItem(sub: Subscriber, shards: number): Item {
  const item: Item = { ...subscriberKey(sub.id), type: 'subscriber', ...sub };
  // Sparse index: only someone with a pending send is visible to the dispatcher.
  if (hasSendDue(sub) && sub.nextSendAt !== null) {
    item[TABLE_DESIGN.dueIndex.partitionKey] = shardOf(sub.id, shards);
    item[TABLE_DESIGN.dueIndex.sortKey] = sub.nextSendAt;
  }
  return item;
}

function str(item: Item, key: string): string {
  const value = item[key];
  if (typeof value !== 'string') throw new Error(`Stored subscriber lacks ${key}`);
  return value;
}
const strOrNull = (item: Item, key: string) => (typeof item[key] === 'string' ? (item[key] as string) : null);
const num = (item: Item, key: string) => Number(item[key] ?? 0);

export function fromItem(item: Item): Subscriber {
  const status = str(item, 'status');
  if (!(SUBSCRIBER_STATUSES as readonly string[]).includes(status))
    throw new Error(`Unknown status ${status}`);
  return {
    id: str(item, 'id'),
    email: str(item, 'email'),
    emailKey: str(item, 'emailKey'),
    name: strOrNull(item, 'name'),
    timezone: str(item, 'timezone'),
    sendHour: num(item, 'sendHour'),
    // Written before languages existed: those people signed up in English.
    language: isLanguage(item.language) ? item.language : DEFAULT_LANGUAGE,
    status: status as Subscriber['status'],
    week: num(item, 'week'),
    nextDay: num(item, 'nextDay'),
    // On unless turned off (people stored before it existed never said no).
    reconnect: item.reconnect !== false,
    nextSendAt: strOrNull(item, 'nextSendAt'),
    createdAt: str(item, 'createdAt'),
    updatedAt: str(item, 'updatedAt'),
    confirmedAt: strOrNull(item, 'confirmedAt'),
    welcomeSentAt: strOrNull(item, 'welcomeSentAt'),
    statusChangedAt: str(item, 'statusChangedAt'),
    softBounces: num(item, 'softBounces'),
    version: num(item, 'version'),
    ...groupOf(item.group),
  };
}

/** A member's group, when the stored map has every field (absent for everyone else). */
function groupOf(value: unknown): Pick<Subscriber, 'group'> {
  if (!value || typeof value !== 'object') return {};
  const g = value as Item;
  if (typeof g.groupId !== 'string' || typeof g.code !== 'string' || typeof g.startDate !== 'string')
    return {};
  return { group: { groupId: g.groupId, code: g.code, startDate: g.startDate, week: Number(g.week ?? 1) } };
}

export class DynamoSubscriberStore implements SubscriberStore {
  constructor(private readonly table: TableSettings) {}

  async create(sub: Subscriber): Promise<void> {
    const { client, tableName, dueShards } = this.table;
    try {
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...emailKeyItem(sub.emailKey), type: 'email', subscriberId: sub.id },
                ConditionExpression: 'attribute_not_exists(#pk)',
                ExpressionAttributeNames: { '#pk': PK },
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: toItem(sub, dueShards),
                ConditionExpression: 'attribute_not_exists(#pk)',
                ExpressionAttributeNames: { '#pk': PK },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        throw new EmailTakenError();
      }
      throw error;
    }
  }

  async get(id: string): Promise<Subscriber | null> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: subscriberKey(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : null;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Subscriber>> {
    const items = await getKeys(this.table, [...new Set(ids)].map(subscriberKey));
    return new Map(items.map((item) => fromItem(item)).map((sub) => [sub.id, sub]));
  }

  async findByEmail(emailKey: string): Promise<Subscriber | null> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: emailKeyItem(emailKey), ConsistentRead: true }),
    );
    return typeof Item?.subscriberId === 'string' ? this.get(Item.subscriberId) : null;
  }

  async save(sub: Subscriber): Promise<Subscriber> {
    const saved = { ...sub, version: sub.version + 1 };
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: toItem(saved, this.table.dueShards),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': sub.version },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ConcurrentUpdateError(sub.id);
      throw error;
    }
    return saved;
  }

  /** Every item under the subscriber's partition matching `extra`, all pages. */
  private async itemsOf(
    id: string,
    extra: { prefix?: string; onlyTypes?: readonly string[]; projection?: string },
  ): Promise<Item[]> {
    const names: Record<string, string> = { '#pk': PK };
    const values: Record<string, unknown> = { ':pk': `SUB#${id}` };
    let keyCondition = '#pk = :pk';
    if (extra.prefix !== undefined) {
      keyCondition += ' AND begins_with(#sk, :prefix)';
      names['#sk'] = SK;
      values[':prefix'] = extra.prefix;
    }
    for (const [i, type] of (extra.onlyTypes ?? []).entries()) {
      names['#type'] = 'type';
      values[`:type${i}`] = type;
    }
    if (extra.projection?.includes('#sk')) names['#sk'] = SK;
    const items: Item[] = [];
    const pages = paginateQuery(
      { client: this.table.client },
      {
        TableName: this.table.tableName,
        KeyConditionExpression: keyCondition,
        FilterExpression:
          extra.onlyTypes === undefined
            ? undefined
            : `#type IN (${extra.onlyTypes.map((_, i) => `:type${i}`).join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ProjectionExpression: extra.projection,
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }

  async deleteAll(id: string): Promise<void> {
    const sub = await this.get(id);
    const keys = await this.itemsOf(id, { projection: '#pk, #sk' });
    await deleteKeys(this.table, keys);
    if (sub) {
      await this.table.client.send(
        new DeleteCommand({ TableName: this.table.tableName, Key: emailKeyItem(sub.emailKey) }),
      );
    }
  }

  async logReply(id: string, week: number, reply: LoggedReply): Promise<void> {
    await this.table.client.send(
      new PutCommand({ TableName: this.table.tableName, Item: replyItem(id, week, reply) }),
    );
  }

  async rewriteReplies(
    id: string,
    week: number,
    changes: ReplyChange[],
    record?: CorrectionRecord,
  ): Promise<void> {
    const TableName = this.table.tableName;
    const writes: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [];
    for (const { before, after } of changes) {
      const next = after && { ...after, version: (before.version ?? 0) + 1 };
      if (next && next.day === before.day) {
        writes.push({ Put: { TableName, Item: replyItem(id, week, next), ...unchangedSince(before) } });
        continue;
      }
      writes.push({ Delete: { TableName, Key: replyKey(id, week, before), ...unchangedSince(before) } });
      if (next) {
        writes.push({
          Put: {
            TableName,
            Item: replyItem(id, week, next),
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': PK },
          },
        });
      }
    }
    if (record) {
      writes.push({
        Put: {
          TableName,
          Item: {
            [PK]: `SUB#${id}`,
            [SK]: `${weekPrefix(week)}CORRECTION#${record.day}#${record.receivedAt}#${record.messageId}`,
            type: 'correction',
            week,
            ...record,
          },
        },
      });
    }
    if (writes.length === 0) return;
    try {
      await this.table.client.send(new TransactWriteCommand({ TransactItems: writes }));
    } catch (error) {
      const lost =
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.some((reason) => reason.Code === 'ConditionalCheckFailed');
      if (lost) throw new ConcurrentUpdateError(id);
      throw error;
    }
  }

  async replyMessageIds(id: string): Promise<string[]> {
    const items = await this.itemsOf(id, { onlyTypes: ['reply', 'correction'], projection: 'messageId' });
    return items.flatMap((item) => (typeof item.messageId === 'string' ? [item.messageId] : []));
  }

  async weekActivity(id: string, week: number): Promise<WeekActivity> {
    const items = await this.itemsOf(id, { prefix: weekPrefix(week) });
    const prompts = items
      .filter((i) => i.type === 'claim' && i.state === 'sent' && Number(i.day) <= 7)
      .map((i) => ({ day: Number(i.day), sentAt: String(i.sentAt) }))
      .sort((a, b) => a.day - b.day);
    const replies = items
      .filter((i) => i.type === 'reply')
      .map(
        (i): LoggedReply => ({
          day: Number(i.day),
          receivedAt: String(i.receivedAt),
          messageId: String(i.messageId),
          text: String(i.text ?? ''),
          thanked: toThanked(i.thanked),
          ...(typeof i.version === 'number' ? { version: i.version } : {}),
        }),
      )
      .sort((a, b) => a.day - b.day || a.receivedAt.localeCompare(b.receivedAt));
    return { prompts, replies };
  }

  async holdReply(id: string, reply: HeldReply): Promise<void> {
    await this.table.client.send(
      new PutCommand({
        TableName: this.table.tableName,
        Item: { [PK]: `SUB#${id}`, [SK]: `HELD#${reply.messageId}`, type: 'held', ...reply },
      }),
    );
  }

  async heldReplies(id: string): Promise<HeldReply[]> {
    const items = await this.itemsOf(id, { prefix: 'HELD#' });
    return items.map(toHeld).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  async takeHeldReply(id: string, messageId: string): Promise<HeldReply | null> {
    const { Attributes } = await this.table.client.send(
      new DeleteCommand({
        TableName: this.table.tableName,
        Key: { [PK]: `SUB#${id}`, [SK]: `HELD#${messageId}` },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes ? toHeld(Attributes) : null;
  }
}

function toThanked(value: unknown): LoggedReply['thanked'] {
  return Array.isArray(value)
    ? (value as Item[]).map((t) => ({
        name: String(t.name),
        relationship: typeof t.relationship === 'string' ? t.relationship : null,
        // Absent when the reply did not say, as on entries logged before channels were read.
        ...(isChannel(t.channel) ? { channel: t.channel } : {}),
      }))
    : [];
}

function toHeld(item: Item): HeldReply {
  return {
    day: Number(item.day),
    week: Number(item.week),
    receivedAt: String(item.receivedAt),
    messageId: String(item.messageId),
    text: String(item.text ?? ''),
    thanked: toThanked(item.thanked),
    from: String(item.from ?? ''),
  };
}
