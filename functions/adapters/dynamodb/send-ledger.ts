/**
 * Send claims and the due index in DynamoDB. A claim is an item beside the subscriber
 * (`SUB#<id>` / `W#<week>#DAY#<day>`) written with a condition, so duplicate schedules, retries
 * and overlapping dispatchers all meet at one conditional write.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  AcceptedSend,
  ClaimOutcome,
  DueIndex,
  DueJob,
  SendClaim,
  SendJob,
  SendLedger,
} from '../../core/ports';
import { ClaimLostError } from '../../core/store-errors';
import type { Subscriber } from '../../core/subscriber';
import { queryDue } from './due-query';
import { subscriberKey, type TableSettings, toItem, weekPrefix } from './subscriber-store';
import { TABLE_DESIGN } from './table-design';

const { partitionKey: PK, sortKey: SK, dueIndex } = TABLE_DESIGN;

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const claimKey = (job: SendJob) => ({
  [PK]: `SUB#${job.subscriberId}`,
  [SK]: `${weekPrefix(job.week)}DAY#${job.day}`,
});

export class DynamoSendLedger implements SendLedger {
  constructor(private readonly table: TableSettings) {}

  private claimPut(job: SendJob, claimId: string, now: Date, leaseSeconds: number) {
    const nowIso = now.toISOString();
    return {
      TableName: this.table.tableName,
      Item: {
        ...claimKey(job),
        type: 'claim',
        state: 'claimed',
        claimId,
        week: job.week,
        day: job.day,
        claimedAt: nowIso,
        leaseUntil: new Date(now.getTime() + leaseSeconds * 1000).toISOString(),
      },
      // Free, or claimed by a sender whose lease has run out (it died before sending).
      ConditionExpression: 'attribute_not_exists(#pk) OR (#state = :claimed AND #lease < :now)',
      ExpressionAttributeNames: { '#pk': PK, '#state': 'state', '#lease': 'leaseUntil' },
      ExpressionAttributeValues: { ':claimed': 'claimed', ':now': nowIso },
    };
  }

  async claim(job: SendJob, claimId: string, now: Date, leaseSeconds: number): Promise<ClaimOutcome> {
    try {
      await this.table.client.send(
        new PutCommand({
          ...this.claimPut(job, claimId, now, leaseSeconds),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        return error.Item?.state?.S === 'sent' ? 'already-sent' : 'in-flight';
      }
      throw error;
    }
  }

  /**
   * One transaction for the whole batch, the usual case at the peak. If any day is taken (or a
   * write conflicts), nothing is written and each is claimed on its own for its exact answer.
   */
  async claimAll(claims: readonly SendClaim[], now: Date, leaseSeconds: number): Promise<ClaimOutcome[]> {
    const oneByOne = () => Promise.all(claims.map((c) => this.claim(c.job, c.claimId, now, leaseSeconds)));
    if (claims.length < 2 || claims.length > TRANSACTION_ITEMS) return oneByOne();
    try {
      await inOneTransaction(
        this.table,
        claims.map((c) => ({ Put: this.claimPut(c.job, c.claimId, now, leaseSeconds) })),
      );
      return claims.map(() => 'claimed');
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      return oneByOne();
    }
  }

  async release(job: SendJob, claimId: string): Promise<void> {
    try {
      await this.table.client.send(
        new DeleteCommand({
          TableName: this.table.tableName,
          Key: claimKey(job),
          ConditionExpression: '#claimId = :claimId AND #state = :claimed',
          ExpressionAttributeNames: { '#claimId': 'claimId', '#state': 'state' },
          ExpressionAttributeValues: { ':claimId': claimId, ':claimed': 'claimed' },
        }),
      );
    } catch (error) {
      // Someone else took over the lease meanwhile: theirs to finish.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  private sentUpdate(job: SendJob, claimId: string, sentAt: Date, messageId: string) {
    return {
      TableName: this.table.tableName,
      Key: claimKey(job),
      UpdateExpression: 'SET #state = :sent, sentAt = :sentAt, messageId = :messageId REMOVE leaseUntil',
      ConditionExpression: '#claimId = :claimId',
      ExpressionAttributeNames: { '#state': 'state', '#claimId': 'claimId' },
      ExpressionAttributeValues: {
        ':sent': 'sent',
        ':sentAt': sentAt.toISOString(),
        ':messageId': messageId,
        ':claimId': claimId,
      },
    };
  }

  async markSent(job: SendJob, claimId: string, sentAt: Date, messageId: string): Promise<void> {
    try {
      await this.table.client.send(new UpdateCommand(this.sentUpdate(job, claimId, sentAt, messageId)));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ClaimLostError(job);
      }
      throw error;
    }
  }

  /** The claim marked sent and the subscriber saved past the day, if still at the version read. */
  private sentAndSaved(send: AcceptedSend, sentAt: Date) {
    const { job, claimId, messageId, next } = send;
    return [
      { Update: this.sentUpdate(job, claimId, sentAt, messageId) },
      {
        Put: {
          TableName: this.table.tableName,
          Item: toItem({ ...next, version: next.version + 1 }, this.table.dueShards),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': next.version },
        },
      },
    ];
  }

  async markSentAndSave(
    job: SendJob,
    claimId: string,
    sentAt: Date,
    messageId: string,
    next: Subscriber,
  ): Promise<Subscriber | null> {
    try {
      await this.table.client.send(
        new TransactWriteCommand({
          TransactItems: this.sentAndSaved({ job, claimId, messageId, next }, sentAt),
        }),
      );
      return { ...next, version: next.version + 1 };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      // Reasons come in the order of TransactItems: the claim first, then the subscriber.
      if (error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') {
        throw new ClaimLostError(job);
      }
      // The subscriber's version moved (or a concurrent write to it conflicted): re-read it.
      return null;
    }
  }

  /**
   * One transaction for the whole batch; if anything in it is refused (a subscriber changed, a
   * claim lost), nothing is written and each send is marked on its own for its exact answer.
   */
  async markAllSentAndSave(
    sends: readonly AcceptedSend[],
    sentAt: Date,
  ): Promise<PromiseSettledResult<Subscriber | null>[]> {
    const oneByOne = () =>
      Promise.allSettled(
        sends.map((s) => this.markSentAndSave(s.job, s.claimId, sentAt, s.messageId, s.next)),
      );
    if (sends.length < 2 || sends.length * 2 > TRANSACTION_ITEMS) return oneByOne();
    try {
      await inOneTransaction(
        this.table,
        sends.flatMap((send) => this.sentAndSaved(send, sentAt)),
      );
      return sends.map(({ next }) => ({
        status: 'fulfilled',
        value: { ...next, version: next.version + 1 },
      }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      return oneByOne();
    }
  }
}

/** DynamoDB's limit of writes in one transaction. */
const TRANSACTION_ITEMS = 100;

/**
 * Writes the items all together, or nothing: one transaction, so that a refusal leaves nothing
 * half-written for the one-by-one answer after it. More than one transaction holds (never a send
 * batch of ten) goes one by one from the start.
 */
async function inOneTransaction(table: TableSettings, items: readonly TransactItem[]): Promise<void> {
  await table.client.send(new TransactWriteCommand({ TransactItems: [...items] }));
}

/** The sparse GSI of subscribers with a pending send, one query per shard, due ones only. */
export class DynamoDueIndex implements DueIndex {
  readonly shards: number;
  constructor(private readonly table: TableSettings) {
    this.shards = table.dueShards;
  }

  async page(shard: number, now: Date, limit: number, cursor?: string) {
    const page = await queryDue(this.table, String(shard), now, limit, cursor, ['id', 'week', 'nextDay']);
    const jobs: DueJob[] = page.items.map((i) => ({
      subscriberId: String(i.id),
      week: Number(i.week),
      day: Number(i.nextDay),
      dueAt: String(i[dueIndex.sortKey]),
    }));
    return page.cursor ? { jobs, cursor: page.cursor } : { jobs };
  }

  async lease(job: DueJob, until: Date): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: subscriberKey(job.subscriberId),
          UpdateExpression: 'SET #dueAt = :until',
          ConditionExpression: '#dueAt = :seen',
          ExpressionAttributeNames: { '#dueAt': dueIndex.sortKey },
          ExpressionAttributeValues: { ':until': until.toISOString(), ':seen': job.dueAt },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
