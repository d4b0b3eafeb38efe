/**
 * Send the due emails of the week (a prompt, the recap after day 7, or the reconnect thirty days
 * later): never twice, never lost. A send batch goes through each step together, so a batch of
 * ten costs three DynamoDB requests when nothing is contended, not thirty.
 *
 * Primary course, for each job of the batch:
 * 1. Read the subscribers (consistently: the due index may lag) and drop stale jobs: nothing due
 *    (paused, stopped, reconnect turned off), another week or day, or not due yet. A reconnect
 *    for a week that logged nobody has no one to recall: the week just moves on. A second job for
 *    a subscriber already in the batch is left in flight.
 * 2. Claim each (subscriber, week, day) with a conditional write. Already sent: only make sure
 *    the subscriber moved on. Claimed by a live sender: leave it to them.
 * 3. Render and send, side by side. A failure releases its claim and fails that job alone, so
 *    it is retried.
 * 4. Mark each claim sent and advance its subscriber to the next local day (or complete the
 *    week) in one write, as long as nobody changed the subscriber meanwhile; else record the send
 *    and re-read that subscriber.
 *
 * The one duplicate no design excludes (SES has no idempotency key): a crash between SES
 * accepting the message and step 4's write. That window is one DynamoDB write long; a later pass
 * retakes the expired lease and sends again.
 */
import { randomUUID } from 'node:crypto';
import { promptEmail, recapEmail, reconnectEmail } from '../emails';
import type { OutboundEmail, SendJob } from '../ports';
import { advanceAfterDelivery, hasSendDue, RECAP_DAY, RECONNECT_DAY, type Subscriber } from '../subscriber';
import type { Deps } from './deps';
import { afterGroupRecap, groupRecapLine } from './groups';
import { applyTransition } from './transition';

export type SendOutcome = 'sent' | 'skipped' | 'already-sent' | 'in-flight';

/** Long enough for any send to finish; short enough that a crashed sender's day is retried soon. */
export const CLAIM_LEASE_SECONDS = 300;

type SendDeps = Pick<
  Deps,
  'store' | 'groups' | 'mailer' | 'outbox' | 'renderer' | 'clock' | 'links' | 'postalAddress' | 'ledger'
>;

function isCurrent(sub: Subscriber | null, job: SendJob, now: Date): sub is Subscriber {
  return (
    sub !== null &&
    hasSendDue(sub) &&
    sub.week === job.week &&
    sub.nextDay === job.day &&
    sub.nextSendAt !== null &&
    sub.nextSendAt <= now.toISOString()
  );
}

/** Moves the subscriber past `job` if they are still on it (idempotent). */
async function advancePast(deps: SendDeps, job: SendJob, deliveredAt: Date): Promise<void> {
  await applyTransition(deps, job.subscriberId, (sub) =>
    sub.week === job.week && sub.nextDay === job.day ? advanceAfterDelivery(sub, deliveredAt) : sub,
  );
}

/** The email of `job`; null for a reconnect with nobody to recall. */
async function compose(
  deps: SendDeps,
  sub: Subscriber,
  job: SendJob,
  now: Date,
): Promise<OutboundEmail | null> {
  if (job.day < RECAP_DAY) return promptEmail(deps, sub, job.day, now);
  const activity = await deps.store.weekActivity(sub.id, sub.week);
  if (job.day === RECONNECT_DAY) return reconnectEmail(deps, sub, activity, now);
  // A group member's recap says what the group did together.
  return recapEmail(deps, sub, activity, now, await groupRecapLine(deps, sub));
}

/** What became of each job, in the order given: an outcome, or the error that failed it alone. */
export type SendResults = PromiseSettledResult<SendOutcome>[];

/** A job whose subscriber was read and found due. */
interface Due {
  at: number;
  job: SendJob;
  sub: Subscriber;
}

/** A due job with its email and claim. */
interface Claimed extends Due {
  email: OutboundEmail;
  claimId: string;
}

export async function sendDueAll(deps: SendDeps, jobs: readonly SendJob[]): Promise<SendResults> {
  const now = deps.clock.now();
  const results: SendResults = [];
  const done = (at: number, value: SendOutcome) => {
    results[at] = { status: 'fulfilled', value };
  };
  const failed = (at: number, reason: unknown) => {
    results[at] = { status: 'rejected', reason };
  };

  // 1. Who is due, and their emails.
  const subscribers = await deps.store.getMany(jobs.map((job) => job.subscriberId));
  const due: Due[] = [];
  jobs.forEach((job, at) => {
    const sub = subscribers.get(job.subscriberId) ?? null;
    if (!isCurrent(sub, job, now)) done(at, 'skipped');
    else if (due.some((d) => d.sub.id === sub.id)) done(at, 'in-flight');
    else due.push({ at, job, sub });
  });
  const ready: Omit<Claimed, 'claimId'>[] = [];
  await Promise.all(
    due.map(async (d) => {
      try {
        const email = await compose(deps, d.sub, d.job, now);
        if (email) ready.push({ ...d, email });
        else {
          await advancePast(deps, d.job, now);
          done(d.at, 'skipped');
        }
      } catch (error) {
        failed(d.at, error);
      }
    }),
  );

  // 2. The claims.
  const toClaim = ready.map((r) => ({ ...r, claimId: randomUUID() }));
  const claims = await settled(deps.ledger.claimAll(toClaim, now, CLAIM_LEASE_SECONDS));
  const claimed: Claimed[] = [];
  await Promise.all(
    toClaim.map(async (c, n) => {
      if (claims.status === 'rejected') return failed(c.at, claims.reason);
      const claim = claims.value[n];
      if (claim === 'claimed') return claimed.push(c);
      if (claim === 'in-flight') return done(c.at, 'in-flight');
      try {
        // A previous attempt sent it but stopped before advancing: finish its work, send nothing.
        await advancePast(deps, c.job, now);
        done(c.at, 'already-sent');
      } catch (error) {
        failed(c.at, error);
      }
    }),
  );

  // 3. The emails.
  const accepted: (Claimed & { messageId: string })[] = [];
  await Promise.all(
    claimed.map(async (c) => {
      try {
        const { messageId } = await deps.mailer.send(c.email);
        accepted.push({ ...c, messageId });
      } catch (error) {
        await deps.ledger.release(c.job, c.claimId).catch(() => undefined); // else its lease runs out
        failed(c.at, error);
      }
    }),
  );

  // 4. Marked sent, the subscribers moved on.
  const sends = accepted.map((a) => ({ ...a, next: advanceAfterDelivery(a.sub, now) }));
  const marks = await settled(deps.ledger.markAllSentAndSave(sends, now));
  await Promise.all(
    sends.map(async (s, n) => {
      try {
        if (marks.status === 'rejected') throw marks.reason;
        const mark = marks.value[n] as PromiseSettledResult<Subscriber | null>;
        if (mark.status === 'rejected') throw mark.reason;
        if (mark.value === null) {
          // Someone changed the subscriber meanwhile (preferences, a reply): record, then re-read.
          await deps.ledger.markSent(s.job, s.claimId, now, s.messageId);
          await advancePast(deps, s.job, now);
        }
        // Only once the member's recap is out does it count for their group (and maybe its summary).
        if (s.job.day === RECAP_DAY) await afterGroupRecap(deps, s.sub, now);
        done(s.at, 'sent');
      } catch (error) {
        failed(s.at, error);
      }
    }),
  );
  return results;
}

/** One job: `sendDueAll` of one, its error thrown. */
export async function sendDue(deps: SendDeps, job: SendJob): Promise<SendOutcome> {
  const [result] = await sendDueAll(deps, [job]);
  if (result?.status !== 'fulfilled') throw result?.reason;
  return result.value;
}

async function settled<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  try {
    return { status: 'fulfilled', value: await promise };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
