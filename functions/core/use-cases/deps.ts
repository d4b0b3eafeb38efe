/** Everything a use case may touch, passed in by the composition root (or by a test). */
import type { Clock } from '../clock';
import type { EmailRenderer } from '../emails';
import type { LinkSettings } from '../links';
import type { Outbox } from '../mail-request';
import type {
  DueIndex,
  GroupMembership,
  GroupStore,
  IdGenerator,
  InboundLog,
  InboundQueue,
  Mailer,
  RateLimiter,
  RawMailDeletions,
  RawMailStore,
  ReplyReader,
  SendLedger,
  SendQueue,
  SubscriberStore,
  Telemetry,
} from '../ports';

export interface Deps {
  store: SubscriberStore;
  /** Groups and their counters (same table). */
  groups: GroupStore;
  rateLimiter: RateLimiter;
  mailer: Mailer;
  /** Transactional mail leaves through here (the mail queue), out of the request's way. */
  outbox: Outbox;
  renderer: EmailRenderer;
  ids: IdGenerator;
  clock: Clock;
  links: LinkSettings;
  /** Footer line required in every email (CAN-SPAM). */
  postalAddress: string;
  ledger: SendLedger;
  dueIndex: DueIndex;
  queue: SendQueue;
  rawMail: RawMailStore;
  /** How "delete my data" has the person's raw mail deleted. */
  rawMailDeletions: RawMailDeletions;
  inboundLog: InboundLog;
  /** Where the intake hands inbound mail on, to be understood. */
  inboundQueue: InboundQueue;
  telemetry: Telemetry;
  /** Inbound limits that differ from the defaults (the local demo, whose week passes in seconds). */
  inboundLimits?: { receiptsPerDay?: number };
  /** The reply parser, as the inbound use case needs it. */
  readReply: ReplyReader;
}

/**
 * The same, for use cases that only act for a member (their replies, commands and edits): of the
 * groups they need no more than the member's part, so a function built for them alone carries no
 * more of the group store than that.
 */
export type MemberDeps = Omit<Deps, 'groups'> & { groups: GroupMembership };
