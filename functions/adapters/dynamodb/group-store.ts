/**
 * DynamoDB adapter for groups, in the one table:
 *
 *   pk GROUP#<id>        sk GROUP        the group (organizer, name, start date, status, version)
 *   pk GROUP#<id>        sk COUNTS       its counters: joined, members, r1..r7 (members who
 *                                        replied that day), t1..t7 (people thanked that day),
 *                                        ch_<channel> (people thanked by call, message, ...),
 *                                        recapped (members whose recap went out), paused
 *                                        (members paused before it), left (confirmed members
 *                                        who left before it), summarySentAt once the
 *                                        organizer's summary went out; until then dueShard
 *                                        `summary` and dueAt (its deadline) file it in the due
 *                                        index, apart from the subscribers' shards
 *   pk GROUPCODE#<code>  sk GROUPCODE    uniqueness of a join code, written in one transaction
 *   pk SUB#<member id>   sk GROUP#<id>   a member's marker: `confirmed` and `recapped` once counted, `paused`
 *                                        while counted as paused, `repliedDays` (a number set)
 *                                        of the days counted as replied
 *
 * Counters move by atomic ADD updates; the marker under the member's own partition makes each
 * count happen once (and goes with the member's data when they delete it). Leaving deletes the
 * marker: whoever deletes it lowers the counts, once, and nothing of that member counts after. A dashboard reads two
 * items, whatever the group's size. A counter update on a deleted group fails its condition and
 * is dropped: a member's reply never brings a deleted group back.
 */

import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { CHANNELS, type Channel } from '../../core/channels';
import {
  emptyCounts,
  GROUP_STATUSES,
  type Group,
  type GroupCounts,
  type ThanksChange,
} from '../../core/group';
import { DEFAULT_LANGUAGE, isLanguage } from '../../core/language';
import type { DueSummary, GroupMembership, GroupStore, JoinOutcome } from '../../core/ports';
import { ConcurrentUpdateError, GroupCodeTakenError } from '../../core/store-errors';
import { DAYS_IN_WEEK } from '../../core/week';
import { deleteKeys } from './batch';
import { queryDue } from './due-query';
import { TABLE_DESIGN } from './table-design';

const { partitionKey: PK, sortKey: SK, dueIndex } = TABLE_DESIGN;

/**
 * The due index's partition of the organizers' summaries not sent yet. Subscribers are filed under
 * the numbered shards, so a pass over those never meets a group; groups are few (one entry each,
 * until their summary goes), so one partition holds them.
 */
const SUMMARY_SHARD = 'summary';
const DUE_NAMES = { '#shard': dueIndex.partitionKey, '#dueAt': dueIndex.sortKey };
const GROUP_PK = /^GROUP#(.+)$/;

const groupKey = (id: string) => ({ [PK]: `GROUP#${id}`, [SK]: 'GROUP' });
const countsKey = (id: string) => ({ [PK]: `GROUP#${id}`, [SK]: 'COUNTS' });
const codeKey = (code: string) => ({ [PK]: `GROUPCODE#${code}`, [SK]: 'GROUPCODE' });
const memberKey = (groupId: string, subscriberId: string) => ({
  [PK]: `SUB#${subscriberId}`,
  [SK]: `GROUP#${groupId}`,
});

/** The counter of people thanked by `channel` over the week. */
const channelCounter = (channel: Channel) => `ch_${channel}`;

const DAYS = Array.from({ length: DAYS_IN_WEEK }, (_, i) => i + 1);

type Item = Record<string, unknown>;

function fromItem(item: Item): Group {
  const text = (key: string) => {
    const value = item[key];
    if (typeof value !== 'string') throw new Error(`Stored group lacks ${key}`);
    return value;
  };
  const status = text('status');
  if (!(GROUP_STATUSES as readonly string[]).includes(status))
    throw new Error(`Unknown group status ${status}`);
  return {
    id: text('id'),
    code: text('code'),
    name: text('name'),
    organizerEmail: text('organizerEmail'),
    organizerEmailKey: text('organizerEmailKey'),
    startDate: text('startDate'),
    timezone: text('timezone'),
    language: isLanguage(item.language) ? item.language : DEFAULT_LANGUAGE,
    status: status as Group['status'],
    createdAt: text('createdAt'),
    confirmedAt: typeof item.confirmedAt === 'string' ? item.confirmedAt : null,
    version: Number(item.version ?? 0),
  };
}

const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

/** A member's part of the groups (see `GroupMembership`): all the understand and mail-events functions build. */
export class DynamoGroupMembership implements GroupMembership {
  constructor(protected readonly table: { client: DynamoDBDocumentClient; tableName: string }) {}

  async get(id: string): Promise<Group | null> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: groupKey(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : null;
  }

  async findByCode(code: string): Promise<Group | null> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: codeKey(code), ConsistentRead: true }),
    );
    return typeof Item?.groupId === 'string' ? this.get(Item.groupId) : null;
  }

  async counts(id: string): Promise<GroupCounts> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: countsKey(id), ConsistentRead: true }),
    );
    if (!Item) return emptyCounts();
    return {
      joined: Number(Item.joined ?? 0),
      members: Number(Item.members ?? 0),
      replied: DAYS.map((d) => Number(Item[`r${d}`] ?? 0)),
      thanks: DAYS.map((d) => Number(Item[`t${d}`] ?? 0)),
      recapped: Number(Item.recapped ?? 0),
      paused: Number(Item.paused ?? 0),
      left: Number(Item.left ?? 0),
      channels: Object.fromEntries(CHANNELS.map((c) => [c, Number(Item[channelCounter(c)] ?? 0)])) as Record<
        Channel,
        number
      >,
    };
  }

  async join(groupId: string, subscriberId: string, max: number): Promise<JoinOutcome> {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: { ...memberKey(groupId, subscriberId), type: 'group-member', groupId },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return 'already-member';
      throw error;
    }
    try {
      await this.add(groupId, { joined: 1 }, '#joined < :max', { '#joined': 'joined' }, { ':max': max });
      return 'joined';
    } catch (error) {
      // Full (or gone): the seat was not taken, so the marker goes too.
      await this.table.client.send(
        new DeleteCommand({ TableName: this.table.tableName, Key: memberKey(groupId, subscriberId) }),
      );
      if (isConditionFailure(error)) return 'full';
      throw error;
    }
  }

  async leave(groupId: string, subscriberId: string): Promise<boolean> {
    // Deleting the marker is the one step only one caller can win: the deleted item comes back to
    // that caller alone, saying whether they had confirmed and had their recap. A count, a
    // confirmation or a recap racing with it either changed the marker first (and is seen here)
    // or finds no marker and counts nothing. The condition is what makes a concurrent second
    // delete fail rather than also see the item (DynamoDB Local hands the old item to several
    // unconditional deletes at once).
    let marker: Item | undefined;
    try {
      ({ Attributes: marker } = await this.table.client.send(
        new DeleteCommand({
          TableName: this.table.tableName,
          Key: memberKey(groupId, subscriberId),
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
          ReturnValues: 'ALL_OLD',
        }),
      ));
    } catch (error) {
      if (isConditionFailure(error)) return false; // not a member, or left already
      throw error;
    }
    if (!marker || marker.recapped === true) return false;
    const confirmed = marker.confirmed === true;
    return this.addIfExists(groupId, {
      joined: -1,
      members: confirmed ? -1 : 0,
      left: confirmed ? 1 : 0,
      paused: marker.paused === true ? -1 : 0,
    });
  }

  async countMember(groupId: string, subscriberId: string): Promise<boolean> {
    const marked = await this.update(
      memberKey(groupId, subscriberId),
      'SET #confirmed = :yes',
      'attribute_exists(#pk) AND attribute_not_exists(#confirmed)',
      { '#pk': PK, '#confirmed': 'confirmed' },
      { ':yes': true },
    );
    if (!marked) return false;
    await this.addIfExists(groupId, { members: 1 });
    return true;
  }

  async countReply(
    groupId: string,
    subscriberId: string,
    day: number,
    thanks: number,
    messageId: string,
    channels: Partial<Record<Channel, number>> = {},
  ): Promise<void> {
    if (!DAYS.includes(day)) return;
    // One atomic update on the member's marker tells whether this message, and a reply to this
    // day, were counted before: the old sets come back. No marker: not a member (or data gone).
    const before = await this.update(
      memberKey(groupId, subscriberId),
      'ADD #days :day, #messages :message',
      'attribute_exists(#pk)',
      { '#pk': PK, '#days': 'repliedDays', '#messages': 'countedMessages' },
      { ':day': new Set([day]), ':message': new Set([messageId]) },
    );
    if (!before) return;
    const seen = (key: string, value: unknown) =>
      before[key] instanceof Set && (before[key] as Set<unknown>).has(value);
    if (seen('countedMessages', messageId)) return;
    const first = !seen('repliedDays', day);
    const added = Math.max(0, Math.floor(thanks));
    const byChannel = CHANNELS.map((c) => [channelCounter(c), Math.max(0, Math.floor(channels[c] ?? 0))]);
    await this.addIfExists(groupId, {
      [`r${day}`]: first ? 1 : 0,
      [`t${day}`]: added,
      ...Object.fromEntries(byChannel),
    });
  }

  async adjustThanks(groupId: string, subscriberId: string, change: ThanksChange): Promise<void> {
    // The edit itself was written once (a conditional write of the log); this only asks whether
    // they are still a member. One who leaves meanwhile keeps what they did, this edit included.
    const { Item } = await this.table.client.send(
      new GetCommand({
        TableName: this.table.tableName,
        Key: memberKey(groupId, subscriberId),
        ConsistentRead: true,
      }),
    );
    if (!Item) return;
    await this.addIfExists(groupId, {
      ...Object.fromEntries(DAYS.map((d) => [`t${d}`, Math.trunc(change.thanks[d - 1] ?? 0)])),
      ...Object.fromEntries(CHANNELS.map((c) => [channelCounter(c), Math.trunc(change.channels[c] ?? 0)])),
    });
  }

  async countRecap(groupId: string, subscriberId: string): Promise<void> {
    // A member paused at the moment their recap went out is not paused any more: the old marker
    // says whether this update took them off `paused`.
    const before = await this.update(
      memberKey(groupId, subscriberId),
      'SET #recapped = :yes REMOVE #paused',
      'attribute_exists(#pk) AND attribute_not_exists(#recapped)',
      { '#pk': PK, '#recapped': 'recapped', '#paused': 'paused' },
      { ':yes': true },
    );
    if (before) await this.addIfExists(groupId, { recapped: 1, paused: before.paused === true ? -1 : 0 });
  }

  async pause(groupId: string, subscriberId: string): Promise<boolean> {
    const marked = await this.update(
      memberKey(groupId, subscriberId),
      'SET #paused = :yes',
      '#confirmed = :yes AND attribute_not_exists(#recapped) AND attribute_not_exists(#paused)',
      { '#paused': 'paused', '#confirmed': 'confirmed', '#recapped': 'recapped' },
      { ':yes': true },
    );
    return marked !== null && this.addIfExists(groupId, { paused: 1 });
  }

  async resume(groupId: string, subscriberId: string): Promise<boolean> {
    const marked = await this.update(
      memberKey(groupId, subscriberId),
      'REMOVE #paused',
      '#paused = :yes',
      { '#paused': 'paused' },
      { ':yes': true },
    );
    return marked !== null && this.addIfExists(groupId, { paused: -1 });
  }

  async claimSummary(groupId: string, at: Date): Promise<boolean> {
    // Sent: the group leaves the due summaries in the same write.
    const claimed = await this.update(
      countsKey(groupId),
      'SET #sent = :at REMOVE #shard, #dueAt',
      'attribute_exists(#pk) AND attribute_not_exists(#sent)',
      { '#pk': PK, '#sent': 'summarySentAt', ...DUE_NAMES },
      { ':at': at.toISOString() },
    );
    return claimed !== null;
  }

  async releaseSummary(groupId: string, at: Date): Promise<void> {
    await this.update(
      countsKey(groupId),
      'SET #shard = :shard, #dueAt = :at REMOVE #sent',
      '#sent = :at',
      { '#sent': 'summarySentAt', ...DUE_NAMES },
      { ':at': at.toISOString(), ':shard': SUMMARY_SHARD },
    );
  }

  /**
   * One conditional update of `key`: the item as it was before (ALL_OLD) when `condition` held and
   * the update was written, null when it did not hold (nothing written).
   */
  protected async update(
    key: Item,
    expression: string,
    condition: string,
    names: Record<string, string>,
    values?: Record<string, unknown>,
  ): Promise<Item | null> {
    try {
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: key,
          UpdateExpression: expression,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_OLD',
        }),
      );
      return Attributes ?? {};
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  /** Atomic ADD of `deltas` to the counters, under `condition` (the counters item must exist). */
  protected async add(
    groupId: string,
    deltas: Record<string, number>,
    condition?: string,
    names: Record<string, string> = {},
    values: Record<string, unknown> = {},
  ): Promise<void> {
    const entries = Object.entries(deltas).filter(([, delta]) => delta !== 0);
    if (entries.length === 0) return;
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: countsKey(groupId),
        UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :d${i}`).join(', ')}`,
        ConditionExpression: ['attribute_exists(#pk)', ...(condition ? [condition] : [])].join(' AND '),
        ExpressionAttributeNames: {
          '#pk': PK,
          ...names,
          ...Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])),
        },
        ExpressionAttributeValues: {
          ...values,
          ...Object.fromEntries(entries.map(([, delta], i) => [`:d${i}`, delta])),
        },
      }),
    );
  }

  /** `add`, dropped when the group is gone (false then). */
  protected async addIfExists(groupId: string, deltas: Record<string, number>): Promise<boolean> {
    try {
      await this.add(groupId, deltas);
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return false;
    }
  }
}

/** The whole group store: the member's part, and creating, saving, deleting and the due summaries. */
export class DynamoGroupStore extends DynamoGroupMembership implements GroupStore {
  async create(group: Group, summaryDueAt: Date): Promise<void> {
    const TableName = this.table.tableName;
    const absent = {
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': PK },
    };
    const zeros = Object.fromEntries(
      DAYS.flatMap((d) => [
        [`r${d}`, 0],
        [`t${d}`, 0],
      ]),
    );
    try {
      await this.table.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName,
                Item: { ...codeKey(group.code), type: 'group-code', groupId: group.id },
                ...absent,
              },
            },
            { Put: { TableName, Item: { ...groupKey(group.id), type: 'group', ...group }, ...absent } },
            {
              Put: {
                TableName,
                Item: {
                  ...countsKey(group.id),
                  type: 'group-counts',
                  joined: 0,
                  members: 0,
                  ...zeros,
                  [dueIndex.partitionKey]: SUMMARY_SHARD,
                  [dueIndex.sortKey]: summaryDueAt.toISOString(),
                },
                ...absent,
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
        throw new GroupCodeTakenError();
      }
      throw error;
    }
  }

  async save(group: Group): Promise<Group> {
    const saved = { ...group, version: group.version + 1 };
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: { ...groupKey(group.id), type: 'group', ...saved },
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': group.version },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new ConcurrentUpdateError(group.id);
      throw error;
    }
    return saved;
  }

  async delete(id: string): Promise<void> {
    const group = await this.get(id);
    await deleteKeys(this.table, [groupKey(id), countsKey(id), ...(group ? [codeKey(group.code)] : [])]);
  }

  async summariesDue(now: Date, limit: number, cursor?: string) {
    const page = await queryDue(this.table, SUMMARY_SHARD, now, limit, cursor, [PK]);
    const jobs: DueSummary[] = page.items.flatMap((i) => {
      const groupId = GROUP_PK.exec(String(i[PK]))?.[1];
      return groupId ? [{ groupId, dueAt: String(i[dueIndex.sortKey]) }] : [];
    });
    return page.cursor ? { jobs, cursor: page.cursor } : { jobs };
  }

  async leaseSummary(job: DueSummary, until: Date): Promise<boolean> {
    const leased = await this.update(
      countsKey(job.groupId),
      'SET #dueAt = :until',
      '#dueAt = :seen',
      { '#dueAt': dueIndex.sortKey },
      { ':until': until.toISOString(), ':seen': job.dueAt },
    );
    return leased !== null;
  }

  async cancelSummary(groupId: string): Promise<void> {
    // A deleted group has nothing to take off (and must not come back as an empty item).
    await this.update(countsKey(groupId), 'REMOVE #shard, #dueAt', 'attribute_exists(#pk)', {
      '#pk': PK,
      ...DUE_NAMES,
    });
  }
}
