/** In-memory SubscriberStore with the same guarantees as the DynamoDB adapter (contract-tested). */
import type {
  AcceptedSend,
  ClaimOutcome,
  CorrectionRecord,
  DueIndex,
  DueJob,
  HeldReply,
  InboundBegin,
  InboundLog,
  InboundOutcome,
  LoggedReply,
  RawMailStore,
  ReplyChange,
  SendClaim,
  SendJob,
  SendLedger,
  SubscriberStore,
  WeekActivity,
} from '../../functions/core/ports';
import { ClaimLostError, ConcurrentUpdateError, EmailTakenError } from '../../functions/core/store-errors';
import { hasSendDue, type Subscriber } from '../../functions/core/subscriber';

export class MemorySubscriberStore implements SubscriberStore {
  readonly subscribers = new Map<string, Subscriber>();
  readonly emails = new Map<string, string>();
  /** Send claims by `<subscriber>/<week>/<day>`, kept with the person like the table keeps them. */
  readonly claims = new Map<string, Claim>();
  readonly replies = new Map<string, (LoggedReply & { week: number })[]>();
  readonly held = new Map<string, HeldReply[]>();
  readonly corrections = new Map<string, (CorrectionRecord & { week: number })[]>();

  async create(sub: Subscriber): Promise<void> {
    if (this.emails.has(sub.emailKey) || this.subscribers.has(sub.id)) throw new EmailTakenError();
    this.emails.set(sub.emailKey, sub.id);
    this.subscribers.set(sub.id, structuredClone(sub));
  }

  async get(id: string): Promise<Subscriber | null> {
    const sub = this.subscribers.get(id);
    return sub ? structuredClone(sub) : null;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Subscriber>> {
    const found = await Promise.all(ids.map((id) => this.get(id)));
    return new Map(found.filter((sub) => sub !== null).map((sub) => [sub.id, sub]));
  }

  async findByEmail(emailKey: string): Promise<Subscriber | null> {
    const id = this.emails.get(emailKey);
    return id ? this.get(id) : null;
  }

  async save(sub: Subscriber): Promise<Subscriber> {
    const stored = this.subscribers.get(sub.id);
    if (!stored || stored.version !== sub.version) throw new ConcurrentUpdateError(sub.id);
    const saved = { ...structuredClone(sub), version: sub.version + 1 };
    this.subscribers.set(sub.id, saved);
    return structuredClone(saved);
  }

  async deleteAll(id: string): Promise<void> {
    const sub = this.subscribers.get(id);
    if (sub) this.emails.delete(sub.emailKey);
    this.subscribers.delete(id);
    for (const key of [...this.claims.keys()]) if (key.startsWith(`${id}/`)) this.claims.delete(key);
    this.replies.delete(id);
    this.held.delete(id);
    this.corrections.delete(id);
  }

  async rewriteReplies(
    id: string,
    week: number,
    changes: ReplyChange[],
    record?: CorrectionRecord,
  ): Promise<void> {
    const list = this.replies.get(id) ?? [];
    const same = (a: LoggedReply, b: LoggedReply) =>
      a.day === b.day && a.receivedAt === b.receivedAt && a.messageId === b.messageId;
    const at = changes.map(({ before }) => list.findIndex((r) => r.week === week && same(r, before)));
    // All or nothing, like the table's transaction: every reply must still be as it was read.
    changes.forEach(({ before }, i) => {
      const stored = list[at[i] as number];
      if (!stored || stored.version !== before.version) throw new ConcurrentUpdateError(id);
    });
    const next = list.filter((_, i) => !at.includes(i));
    for (const { before, after } of changes) {
      if (after) next.push({ ...structuredClone(after), version: (before.version ?? 0) + 1, week });
    }
    this.replies.set(id, next);
    if (record) this.corrections.set(id, [...(this.corrections.get(id) ?? []), { ...record, week }]);
  }

  /** Like the table's item key, one message logged twice for the same day and week is one reply. */
  async logReply(id: string, week: number, reply: LoggedReply): Promise<void> {
    const list = (this.replies.get(id) ?? []).filter(
      (r) =>
        !(
          r.messageId === reply.messageId &&
          r.week === week &&
          r.day === reply.day &&
          r.receivedAt === reply.receivedAt
        ),
    );
    list.push({ ...structuredClone(reply), week });
    this.replies.set(id, list);
  }

  async holdReply(id: string, reply: HeldReply): Promise<void> {
    const list = (this.held.get(id) ?? []).filter((r) => r.messageId !== reply.messageId);
    list.push(structuredClone(reply));
    this.held.set(id, list);
  }

  async heldReplies(id: string): Promise<HeldReply[]> {
    return structuredClone(this.held.get(id) ?? []).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  async takeHeldReply(id: string, messageId: string): Promise<HeldReply | null> {
    const list = this.held.get(id) ?? [];
    const found = list.find((r) => r.messageId === messageId) ?? null;
    this.held.set(
      id,
      list.filter((r) => r.messageId !== messageId),
    );
    return found;
  }

  async replyMessageIds(id: string): Promise<string[]> {
    return [...(this.replies.get(id) ?? []), ...(this.corrections.get(id) ?? [])].map((r) => r.messageId);
  }

  async weekActivity(id: string, week: number): Promise<WeekActivity> {
    return {
      prompts: [...this.claims.entries()]
        .filter(([key, c]) => key.startsWith(`${id}/${week}/`) && c.state === 'sent' && c.day <= 7)
        .map(([, c]) => ({ day: c.day, sentAt: c.sentAt ?? '' }))
        .sort((a, b) => a.day - b.day),
      replies: (this.replies.get(id) ?? [])
        .filter((r) => r.week === week)
        .map(({ week: _week, ...reply }) => reply)
        .sort((a, b) => a.day - b.day || a.receivedAt.localeCompare(b.receivedAt)),
    };
  }
}

type Claim = { claimId: string; state: 'claimed' | 'sent'; day: number; leaseUntil: number; sentAt?: string };

/** Claims kept in the memory store; sent claims show up in `weekActivity` like the real ones. */
export class MemorySendLedger implements SendLedger {
  constructor(private readonly store: MemorySubscriberStore) {}

  private get claims() {
    return this.store.claims;
  }

  private key(job: SendJob) {
    return `${job.subscriberId}/${job.week}/${job.day}`;
  }

  async claim(job: SendJob, claimId: string, now: Date, leaseSeconds: number): Promise<ClaimOutcome> {
    const existing = this.claims.get(this.key(job));
    if (existing?.state === 'sent') return 'already-sent';
    if (existing && existing.leaseUntil >= now.getTime()) return 'in-flight';
    this.claims.set(this.key(job), {
      claimId,
      state: 'claimed',
      day: job.day,
      leaseUntil: now.getTime() + leaseSeconds * 1000,
    });
    return 'claimed';
  }

  async claimAll(claims: readonly SendClaim[], now: Date, leaseSeconds: number): Promise<ClaimOutcome[]> {
    const outcomes: ClaimOutcome[] = [];
    for (const { job, claimId } of claims) outcomes.push(await this.claim(job, claimId, now, leaseSeconds));
    return outcomes;
  }

  async release(job: SendJob, claimId: string): Promise<void> {
    const existing = this.claims.get(this.key(job));
    if (existing?.claimId === claimId && existing.state === 'claimed') this.claims.delete(this.key(job));
  }

  async markSentAndSave(
    job: SendJob,
    claimId: string,
    sentAt: Date,
    _messageId: string,
    next: Subscriber,
  ): Promise<Subscriber | null> {
    // As the transaction checks: the claim first (lost: refused), then the subscriber's version.
    if (this.claims.get(this.key(job))?.claimId !== claimId) {
      throw new ClaimLostError(job);
    }
    if (this.store.subscribers.get(next.id)?.version !== next.version) return null;
    await this.markSent(job, claimId, sentAt);
    return this.store.save(next);
  }

  async markAllSentAndSave(
    sends: readonly AcceptedSend[],
    sentAt: Date,
  ): Promise<PromiseSettledResult<Subscriber | null>[]> {
    return Promise.allSettled(
      sends.map((s) => this.markSentAndSave(s.job, s.claimId, sentAt, s.messageId, s.next)),
    );
  }

  async markSent(job: SendJob, claimId: string, sentAt: Date, _messageId?: string): Promise<void> {
    const existing = this.claims.get(this.key(job));
    if (existing?.claimId !== claimId) throw new ClaimLostError(job);
    this.claims.set(this.key(job), { ...existing, state: 'sent', sentAt: sentAt.toISOString() });
  }
}

/** A due index over the memory store; counts the items it reads, like the GSI query would. */
export class MemoryDueIndex implements DueIndex {
  itemsRead = 0;
  constructor(
    private readonly store: MemorySubscriberStore,
    readonly shards = 1,
  ) {}

  /** Leases by subscriber, valid while the subscriber is unchanged (a save refiles the entry). */
  private readonly leases = new Map<string, { until: string; version: number }>();

  private dueAt(s: Subscriber): string | null {
    const lease = this.leases.get(s.id);
    return lease && lease.version === s.version ? lease.until : s.nextSendAt;
  }

  /** A stable shard per subscriber (as the table files them), whatever else is due. */
  private shardOf(id: string): number {
    let hash = 0;
    for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
    return hash % this.shards;
  }

  async page(shard: number, now: Date, limit: number, cursor?: string) {
    // The cursor is the last entry read, like a query's LastEvaluatedKey: entries leased meanwhile
    // move away without shifting the ones after it.
    const after = cursor ? (JSON.parse(cursor) as [string, string]) : null;
    const entries = [...this.store.subscribers.values()]
      .filter((s) => hasSendDue(s) && this.shardOf(s.id) === shard)
      .map((s) => ({ s, dueAt: this.dueAt(s) ?? '~' }))
      .filter(({ dueAt }) => dueAt <= now.toISOString())
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.s.id.localeCompare(b.s.id))
      .filter(({ s, dueAt }) => !after || dueAt > after[0] || (dueAt === after[0] && s.id > after[1]));
    const slice = entries.slice(0, limit);
    this.itemsRead += slice.length;
    const jobs = slice.map(({ s, dueAt }) => ({ subscriberId: s.id, week: s.week, day: s.nextDay, dueAt }));
    const last = slice.at(-1);
    return last && entries.length > limit
      ? { jobs, cursor: JSON.stringify([last.dueAt, last.s.id]) }
      : { jobs };
  }

  async lease(job: DueJob, until: Date): Promise<boolean> {
    const s = this.store.subscribers.get(job.subscriberId);
    if (!s || this.dueAt(s) !== job.dueAt) return false;
    this.leases.set(s.id, { until: until.toISOString(), version: s.version });
    return true;
  }
}

type InboundRecord = {
  state: 'handling' | 'done';
  leaseUntil: number;
  outcome?: InboundOutcome;
  subscriberId?: string;
};

export class MemoryInboundLog implements InboundLog {
  readonly records = new Map<string, InboundRecord>();
  readonly firstCarriers = new Map<string, string>();
  readonly links = new Map<string, Map<string, string | undefined>>();

  async begin(messageId: string, _receivedAt: Date, now: Date, leaseSeconds: number): Promise<InboundBegin> {
    const existing = this.records.get(messageId);
    if (existing?.state === 'done') return 'duplicate';
    if (existing && existing.leaseUntil >= now.getTime()) return 'in-flight';
    this.records.set(messageId, { state: 'handling', leaseUntil: now.getTime() + leaseSeconds * 1000 });
    return 'started';
  }

  async finish(messageId: string, outcome: InboundOutcome, subscriberId?: string): Promise<void> {
    this.records.set(messageId, {
      state: 'done',
      leaseUntil: 0,
      outcome,
      ...(subscriberId ? { subscriberId } : {}),
    });
  }

  async abandon(messageId: string): Promise<void> {
    this.records.delete(messageId);
  }

  async firstDelivery(dedupeKey: string, messageId: string): Promise<boolean> {
    const first = this.firstCarriers.get(dedupeKey);
    if (first !== undefined && first !== messageId) return false;
    this.firstCarriers.set(dedupeKey, messageId);
    return true;
  }

  async link(messageId: string, subscriberId: string, dedupeKey?: string): Promise<void> {
    const mine = this.links.get(subscriberId) ?? new Map<string, string | undefined>();
    mine.set(messageId, dedupeKey);
    this.links.set(subscriberId, mine);
  }

  async messagesOf(subscriberId: string) {
    return [...(this.links.get(subscriberId) ?? new Map<string, string | undefined>())].map(
      ([messageId, dedupeKey]) => (dedupeKey ? { messageId, dedupeKey } : { messageId }),
    );
  }

  async forget(subscriberId: string, messages: { messageId: string; dedupeKey?: string }[]): Promise<void> {
    for (const { messageId, dedupeKey } of messages) {
      this.records.delete(messageId);
      this.links.get(subscriberId)?.delete(messageId);
      if (dedupeKey) this.firstCarriers.delete(dedupeKey);
    }
  }
}

export class MemoryRawMailStore implements RawMailStore {
  readonly messages = new Map<string, Uint8Array>();

  async get(messageId: string): Promise<Uint8Array | null> {
    return this.messages.get(messageId) ?? null;
  }

  async delete(messageIds: string[]): Promise<void> {
    for (const id of messageIds) this.messages.delete(id);
  }
}
