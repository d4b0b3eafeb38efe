/**
 * The ports the use cases need. Adapters implement them (DynamoDB, SES, S3, templates); tests and
 * the local stack pass in-memory fakes or the real adapters pointed at local endpoints.
 */
import type { Channel } from './channels';
import type { Group, GroupCounts, ThanksChange } from './group';
import type { ReplyCommand } from './reply';
import type { InboundMail } from './ses-receipt';
import type { Subscriber } from './subscriber';

export interface SubscriberStore {
  /** Creates a subscriber whose email key is not taken yet; throws `EmailTakenError` otherwise. */
  create(subscriber: Subscriber): Promise<void>;
  get(id: string): Promise<Subscriber | null>;
  /** Several subscribers in one consistent read, by id; ids with no subscriber are left out. */
  getMany(ids: readonly string[]): Promise<Map<string, Subscriber>>;
  findByEmail(emailKey: string): Promise<Subscriber | null>;
  /**
   * Writes `subscriber` if the stored version is still `subscriber.version`, then bumps it;
   * throws `ConcurrentUpdateError` when someone else saved first. Returns the saved state.
   */
  save(subscriber: Subscriber): Promise<Subscriber>;
  /** Removes the subscriber and everything recorded for them (claims, replies, email key). */
  deleteAll(id: string): Promise<void>;
  /** What happened in one week: prompts sent (days 1..7) and the replies logged, oldest first. */
  weekActivity(id: string, week: number): Promise<WeekActivity>;
  /** Appends one reply to a day of a week (several replies to a day all count). */
  logReply(id: string, week: number, reply: LoggedReply): Promise<void>;
  /**
   * Edits logged replies of a week in one all-or-nothing write: each change's `before` must still
   * be stored at its `version` (else `ConcurrentUpdateError`, nothing written); `after` null
   * removes the reply, another day moves it. `record` keeps the correcting message itself (its
   * words and id, so its raw mail goes with the rest), never as an entry of the day.
   */
  rewriteReplies(id: string, week: number, changes: ReplyChange[], record?: CorrectionRecord): Promise<void>;
  /** Message ids of every reply and correction kept for this person (to delete their raw mail with them). */
  replyMessageIds(id: string): Promise<string[]>;
  /** Keeps a reply sent from another address aside until the person adds it to their log. */
  holdReply(id: string, reply: HeldReply): Promise<void>;
  /** The held replies, oldest first. */
  heldReplies(id: string): Promise<HeldReply[]>;
  /** Removes one held reply and returns it (null when there is none with that message id). */
  takeHeldReply(id: string, messageId: string): Promise<HeldReply | null>;
}

/** What taking a seat in a group did. */
export type JoinOutcome = 'joined' | 'already-member' | 'full';

/**
 * Groups and their counters, in the same table. Counters are atomic additions made as things
 * happen; each member's own marker (kept with the member's data) makes every count idempotent, so
 * a redelivered reply or a second confirmation never counts twice. Reading a dashboard reads a
 * fixed number of items, whatever the group's size.
 *
 * This part is what a member's week does to their group: who the group is, taking and giving back
 * a seat, and the counts their confirmation, replies, edits, pauses and recap move (the understand
 * and mail-events functions need no more).
 */
export interface GroupMembership {
  get(id: string): Promise<Group | null>;
  findByCode(code: string): Promise<Group | null>;
  counts(id: string): Promise<GroupCounts>;
  /** Takes a seat for `subscriberId` unless the group already holds `max` (each member once). */
  join(groupId: string, subscriberId: string, max: number): Promise<JoinOutcome>;
  /**
   * A member leaves the group's week (STOP, a suppressed address, a new week, deleted data): their
   * seat goes back and, if they had confirmed, `members` is one lower, once however often and
   * however concurrently it is called; nothing of theirs counts from then on. The replies and
   * thanks already counted stay, and a member whose recap went out stays counted (see
   * `GroupCounts`). True when it lowered the counts.
   */
  leave(groupId: string, subscriberId: string): Promise<boolean>;
  /** Counts a member's confirmation, once per member; false when already counted or not a member. */
  countMember(groupId: string, subscriberId: string): Promise<boolean>;
  /**
   * Counts a member's reply `messageId` to `day`: they replied that day (once per member and day)
   * and thanked `thanks` more people, `channels` of them by a known channel (once per message: a
   * redelivery adds nothing). Nothing for someone who is not a member or a group that is gone.
   */
  countReply(
    groupId: string,
    subscriberId: string,
    day: number,
    thanks: number,
    messageId: string,
    channels?: Partial<Record<Channel, number>>,
  ): Promise<void>;
  /**
   * Adds `change` (people thanked per day, index 0 for day 1, and by channel; negative to take
   * off) to the counts, for an edit of a member's log already written once: nothing for someone
   * who is not (or no longer) a member, or a group that is gone.
   */
  adjustThanks(groupId: string, subscriberId: string, change: ThanksChange): Promise<void>;
  /**
   * Counts a member's recap, once per member; nothing for someone who is not a member. A member
   * counted as paused is not any more.
   */
  countRecap(groupId: string, subscriberId: string): Promise<void>;
  /**
   * A member paused their week before their recap: counted in `paused`, once until they resume;
   * false when nothing changed (not a member, paused already, or their recap went out).
   */
  pause(groupId: string, subscriberId: string): Promise<boolean>;
  /** A paused member resumed: out of `paused`, once; false when they were not counted as paused. */
  resume(groupId: string, subscriberId: string): Promise<boolean>;
  /**
   * Marks the organizer's summary as sent, which also takes the group off the summaries due;
   * false when it already was (send it once).
   */
  claimSummary(groupId: string, at: Date): Promise<boolean>;
  /**
   * Gives back the claim made `at` when its summary could not be sent: the group is due again at
   * `at` (the next scheduler pass retries it) and the next claim wins. Nothing if someone else's
   * claim stands.
   */
  releaseSummary(groupId: string, at: Date): Promise<void>;
}

/** Groups as their organizers and the scheduler see them besides: created, saved, deleted, due. */
export interface GroupStore extends GroupMembership {
  /**
   * Creates a group whose code is not taken yet (throws `GroupCodeTakenError` otherwise), its
   * organizer's summary filed as due at `summaryDueAt` (see `summariesDue`).
   */
  create(group: Group, summaryDueAt: Date): Promise<void>;
  /** Optimistic save, as `SubscriberStore.save`. */
  save(group: Group): Promise<Group>;
  /** Removes the group, its code and its counters (members' own records stay theirs). */
  delete(id: string): Promise<void>;
  /**
   * One page of the groups whose summary deadline (see `summaryDeadline`, filed when the group is
   * created) is at or before `now` and whose summary has not gone out, oldest first.
   */
  summariesDue(now: Date, limit: number, cursor?: string): Promise<{ jobs: DueSummary[]; cursor?: string }>;
  /** Files a due summary under `until` instead (it is queued); false when another pass did first. */
  leaseSummary(job: DueSummary, until: Date): Promise<boolean>;
  /** Takes the group off the summaries due without sending one (a group never confirmed). */
  cancelSummary(groupId: string): Promise<void>;
}

/** The organizer's summary of a group, to send from the sends queue once its deadline passed. */
export interface SummaryJob {
  groupId: string;
}

/** A group whose summary deadline passed, as the due summaries show it. */
export interface DueSummary extends SummaryJob {
  dueAt: string;
}

/** A reply from an address that is not the subscriber's: kept apart, never logged on its own. */
export interface HeldReply extends LoggedReply {
  week: number;
  /** The address it came from, shown to the person so they can recognise it. */
  from: string;
}

export interface ThankedEntry {
  name: string;
  relationship: string | null;
  /** How the thanks was given, when the reply says it (absent on entries logged before it was read). */
  channel?: Channel | null;
}

export interface LoggedReply {
  day: number;
  receivedAt: string;
  messageId: string;
  /** The participant's own words. */
  text: string;
  thanked: ThankedEntry[];
  /** Bumped by every edit (absent on a reply never edited): the optimistic lock of `rewriteReplies`. */
  version?: number;
}

export interface ReplyChange {
  before: LoggedReply;
  after: LoggedReply | null;
}

/** A reply that corrected the log: kept for the record, not shown as an entry. */
export interface CorrectionRecord {
  day: number;
  receivedAt: string;
  messageId: string;
  text: string;
}

export interface WeekActivity {
  prompts: { day: number; sentAt: string }[];
  replies: LoggedReply[];
}

/** Fixed-window counters for the application's rate limits (HTTP APIs have no usage plans). */
export interface RateLimiter {
  /** Counts one hit on `key`; returns how long to wait when more than `limit` hits fell in the window. */
  hit(
    key: string,
    limit: number,
    windowSeconds: number,
    now: Date,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number; count: number }>;
  /** Removes every window of `key` (a person's data goes when they delete it). */
  forget(key: string): Promise<void>;
}

export interface OutboundEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  headers: { name: string; value: string }[];
}

export interface Mailer {
  /** Sends one email; throws `RetryableError` when the provider throttles. */
  send(email: OutboundEmail): Promise<{ messageId: string }>;
}

export interface IdGenerator {
  subscriberId(): string;
  /** A new group join code (see `newGroupCode`). */
  groupCode(): string;
}

export type RenderedEmail = { subject: string; html: string; text: string };

/** One email of the week to send: day 1..7 a prompt, 8 the recap, 9 the reconnect a month later. */
export interface SendJob {
  subscriberId: string;
  week: number;
  day: number;
}

/** A due subscriber as the index shows it: the job, and the instant its entry is filed under. */
export interface DueJob extends SendJob {
  dueAt: string;
}

/** The subscribers whose next email is due, read from the sparse, sharded due index. */
export interface DueIndex {
  readonly shards: number;
  /** One page of due subscribers of `shard` (due at or before `now`), oldest first. */
  page(
    shard: number,
    now: Date,
    limit: number,
    cursor?: string,
  ): Promise<{ jobs: DueJob[]; cursor?: string }>;
  /**
   * Files a due subscriber under `until` instead (the prompt is queued), if the entry is still the
   * one `job` was read from; false when another pass leased it first or the subscriber moved on.
   */
  lease(job: DueJob, until: Date): Promise<boolean>;
}

/** What the sends queue carries: an email of someone's week, or an organizer's summary at its deadline. */
export type QueuedJob = SendJob | SummaryJob;

export interface SendQueue {
  enqueue(jobs: QueuedJob[]): Promise<void>;
}

export type ClaimOutcome = 'claimed' | 'already-sent' | 'in-flight';

/**
 * The "never twice" guard: a conditional claim on (subscriber, week, day) before sending. A claim
 * whose lease ran out (its sender died before sending) may be taken over; a sent one never.
 */
export interface SendLedger {
  claim(job: SendJob, claimId: string, now: Date, leaseSeconds: number): Promise<ClaimOutcome>;
  /**
   * `claim` for each of several days of different subscribers, answered in their order, as if
   * claimed one by one (a send batch's claims in one write when none is taken).
   */
  claimAll(claims: readonly SendClaim[], now: Date, leaseSeconds: number): Promise<ClaimOutcome[]>;
  /** Gives a claim back after a failed send so that a retry sends. */
  release(job: SendJob, claimId: string): Promise<void>;
  /**
   * Records the accepted send; from here on the day is never sent again. Throws `ClaimLostError`,
   * recording nothing, when the claim is no longer `claimId`'s (taken over or released).
   */
  markSent(job: SendJob, claimId: string, sentAt: Date, messageId: string): Promise<void>;
  /**
   * `markSent` and saving `next` (the subscriber moved past the day) in one write; null, with
   * nothing written, when the subscriber changed since it was read; `ClaimLostError`, with
   * nothing written, when the claim is no longer `claimId`'s.
   */
  markSentAndSave(
    job: SendJob,
    claimId: string,
    sentAt: Date,
    messageId: string,
    next: Subscriber,
  ): Promise<Subscriber | null>;
  /**
   * `markSentAndSave` for each of several sends to different subscribers, settled in their order
   * as if made one by one (one write for the whole batch when nobody changed meanwhile).
   */
  markAllSentAndSave(
    sends: readonly AcceptedSend[],
    sentAt: Date,
  ): Promise<PromiseSettledResult<Subscriber | null>[]>;
}

/** A day to claim, and the claim's id. */
export interface SendClaim {
  job: SendJob;
  claimId: string;
}

/** A claimed day SES accepted, with the subscriber as it is to be saved once it is marked sent. */
export interface AcceptedSend extends SendClaim {
  messageId: string;
  next: Subscriber;
}

/** Raw inbound MIME as received (S3 on AWS, a directory locally). Nothing a person wrote is lost. */
export interface RawMailStore {
  get(messageId: string): Promise<Uint8Array | null>;
  delete(messageIds: string[]): Promise<void>;
}

/**
 * Asks for raw messages to be deleted, by whoever holds the raw-mail store: on AWS a queue the
 * receive function drains (the web function has no S3 client), at once where the store is at hand.
 */
export interface RawMailDeletions {
  request(messageIds: readonly string[]): Promise<void>;
}

export type InboundOutcome =
  | 'logged'
  | 'corrected'
  | 'confirmed'
  | 'subscribed'
  | 'unsubscribed'
  | 'command'
  | 'auto-reply'
  | 'rejected-verdict'
  | 'invalid-token'
  | 'unknown-subscriber'
  | 'unroutable'
  /** Sent from an address that is not the subscriber's: a command ignored, words held. */
  | 'stranger-ignored'
  | 'held'
  /** The same Message-ID from the same sender was handled before (a resend, a forward loop). */
  | 'duplicate-message'
  /** More entries in a day than the daily cap: the raw mail is kept, nothing is logged. */
  | 'over-daily-cap'
  /** `start@` mail that cannot subscribe: the sender is one of our own addresses, or invalid. */
  | 'refused-sender'
  /** `start@` mail over the per-sender sign-up limit. */
  | 'rate-limited';

/** What `InboundLog.begin` found: a first (or taken-over) handling, a finished one, or one in flight. */
export type InboundBegin = 'started' | 'duplicate' | 'in-flight';

/**
 * One record per SES message id: the dedupe guard (SES may deliver twice) and the audit trail.
 * The record is a lease, like a send claim: a handler that dies before recording the outcome
 * (timeout, out of memory) leaves a lease that runs out, and the retry handles the message again.
 */
export interface InboundLog {
  /** Starts handling; takes over a handling whose lease ran out. */
  begin(messageId: string, receivedAt: Date, now: Date, leaseSeconds: number): Promise<InboundBegin>;
  finish(messageId: string, outcome: InboundOutcome, subscriberId?: string): Promise<void>;
  /** Forgets a message whose handling failed, so that a redelivery or redrive handles it again. */
  abandon(messageId: string): Promise<void>;
  /**
   * Records that the sender's message `dedupeKey` (a hash of sender and Message-ID) arrived as
   * `messageId`; false when another delivery already carried it.
   */
  firstDelivery(dedupeKey: string, messageId: string, now: Date): Promise<boolean>;
  /** Notes that `messageId` belongs to the subscriber, so that deleting them finds it. */
  link(messageId: string, subscriberId: string, dedupeKey?: string): Promise<void>;
  /** Every message linked to the subscriber (with its dedupe key, if any). */
  messagesOf(subscriberId: string): Promise<{ messageId: string; dedupeKey?: string }[]>;
  /** Removes the records of these messages and of the subscriber's links to them. */
  forget(subscriberId: string, messages: { messageId: string; dedupeKey?: string }[]): Promise<void>;
}

export type { ReplyCommand };

/** What the reply parser makes of one raw message, as the inbound use case reads it. */
export interface ReadReply {
  text: string;
  thanked: ThankedEntry[];
  /** They say they thanked someone, even someone not identified ("Thanked her after class"). */
  thankedSomeone: boolean;
  command: ReplyCommand | null;
  autoReply: boolean;
  /** 'low' when a cut or a name was a guess, or the message could not be fully decoded. */
  confidence: 'high' | 'low';
  /** What the parser noticed (cuts, guesses, a `parser error: …`), for logs and support. */
  notes: string[];
  from: { address: string; name: string | null } | null;
  /** The offset of the sender's Date: header in minutes east of UTC, if it had one. */
  dateOffsetMinutes: number | null;
  date: Date | null;
  /** The RFC 5322 Message-ID header, if any. */
  messageIdHeader?: string | null;
}

/**
 * The parser's reading of one inbound message: on AWS what the intake read and handed on through
 * the inbound queue, understood by the function that drains it; in tests and the local CLI, the
 * raw mail parsed there and then.
 */
export type ReplyReader = (mail: InboundMail) => Promise<ReadReply>;

/** Where the intake hands each message on, to be understood (SQS on AWS, in process locally). */
export interface InboundQueue {
  /** `body` is `handOn(...)`'s JSON (core/inbound-message.ts). */
  post(body: string): Promise<void>;
}

/**
 * What operators watch: structured log lines and counters. On Lambda both are JSON lines on
 * stdout (counters in CloudWatch's embedded metric format), picked up without an agent.
 */
export interface Telemetry {
  warn(message: string, fields: Record<string, unknown>): void;
  /** Adds `value` (default 1) to the counter `metric`. */
  count(metric: string, value?: number): void;
}
