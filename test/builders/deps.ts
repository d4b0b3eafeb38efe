/** Builders for use-case tests: in-memory ports, the real templates, a clock the test controls. */
import { randomBytes } from 'node:crypto';
import { InProcessSendQueue } from '../../functions/adapters/local/in-process-queue';
import { templateRenderer } from '../../functions/adapters/templates/renderer';
import { GROUP_CODE_LENGTH, newGroupCode } from '../../functions/core/group';
import { linksFor } from '../../functions/core/links';
import type { RawMailDeletions } from '../../functions/core/ports';
import { readingFromStore } from '../../functions/core/raw-reply-reader';
import { newSubscriber, type Subscriber } from '../../functions/core/subscriber';
import { newSubscriberId } from '../../functions/core/tokens';
import type { Deps } from '../../functions/core/use-cases/deps';
import { deletingAtOnce } from '../../functions/core/use-cases/manage';
import { directOutbox } from '../../functions/core/use-cases/send-mail';
import { ManualClock, MemoryRateLimiter, RecordingMailer, RecordingTelemetry } from '../fakes/fakes';
import { MemoryGroupStore } from '../fakes/memory-groups';
import {
  MemoryDueIndex,
  MemoryInboundLog,
  MemoryRawMailStore,
  MemorySendLedger,
  MemorySubscriberStore,
} from '../fakes/memory-store';

export const TEST_KEYS = { current: `${'k'.repeat(32)}-current-test-key`, previous: 'p'.repeat(40) };

// A random prefix per test file: files share one DynamoDB Local, so their ids must not collide.
const idPrefix = randomBytes(6);
let idCounter = 0;
/** Valid subscriber ids, unique across test files and increasing within one. */
export function nextSubscriberId(): string {
  idCounter++;
  const bytes = new Uint8Array(10);
  bytes.set(idPrefix);
  new DataView(bytes.buffer).setUint32(6, idCounter);
  return newSubscriberId(bytes);
}

let codeCounter = 0;
/** Valid join codes, unique across test files (random head, counted tail). */
export function nextGroupCode(): string {
  codeCounter++;
  const bytes = randomBytes(GROUP_CODE_LENGTH);
  bytes[GROUP_CODE_LENGTH - 1] = codeCounter & 31;
  bytes[GROUP_CODE_LENGTH - 2] = (codeCounter >> 5) & 31;
  return newGroupCode(bytes);
}

export type TestDeps = Deps & {
  store: MemorySubscriberStore;
  groups: MemoryGroupStore;
  mailer: RecordingMailer;
  clock: ManualClock;
  ledger: MemorySendLedger;
  dueIndex: MemoryDueIndex;
  queue: InProcessSendQueue;
  rawMail: MemoryRawMailStore;
  rawMailDeletions: RawMailDeletions;
  inboundLog: MemoryInboundLog;
  rateLimiter: MemoryRateLimiter;
  telemetry: RecordingTelemetry;
};

export function testDeps(overrides: Partial<TestDeps> = {}): TestDeps {
  const store = overrides.store ?? new MemorySubscriberStore();
  const rawMail = overrides.rawMail ?? new MemoryRawMailStore();
  const deps: TestDeps = {
    store,
    groups: new MemoryGroupStore(),
    ledger: new MemorySendLedger(store),
    dueIndex: new MemoryDueIndex(store),
    queue: new InProcessSendQueue(),
    rawMail,
    // Deleted at once, as the receive function deletes what the deletion queue brings it.
    rawMailDeletions: deletingAtOnce(rawMail),
    inboundLog: new MemoryInboundLog(),
    // Use-case tests read mail from the raw-mail store: nothing is handed on between functions.
    inboundQueue: { post: async () => undefined },
    telemetry: new RecordingTelemetry(),
    readReply: readingFromStore(rawMail),
    rateLimiter: new MemoryRateLimiter(),
    mailer: new RecordingMailer(),
    renderer: templateRenderer,
    ids: { subscriberId: nextSubscriberId, groupCode: nextGroupCode },
    clock: new ManualClock(new Date('2026-11-25T12:00:00Z')),
    links: {
      publicUrl: 'https://gratitude.test',
      inboundDomain: 'in.gratitude.test',
      keys: TEST_KEYS,
      senderAddress: 'hello@gratitude.test',
    },
    postalAddress: 'Gratitude Week, 1 Test Street, Testville',
    // Requested mail is sent at once, so a test sees it among the mailer's emails.
    outbox: directOutbox(() => deps),
    ...overrides,
  };
  return deps;
}

/** The links and reply addresses a test subscriber's emails carry, signed with the test keys. */
export function testLinks(sub: { id: string }) {
  return linksFor(
    { publicUrl: 'https://gratitude.test', inboundDomain: 'in.gratitude.test', keys: TEST_KEYS },
    sub.id,
    new Date(),
  );
}

export function aSubscriber(overrides: Partial<Subscriber> = {}): Subscriber {
  const base = newSubscriber({
    id: overrides.id ?? nextSubscriberId(),
    email: 'dana@example.com',
    emailKey: 'dana@example.com',
    name: 'Dana',
    timezone: 'America/New_York',
    sendHour: 8,
    language: 'en',
    now: new Date('2026-11-20T12:00:00Z'),
  });
  return { ...base, ...overrides };
}
