/**
 * Send one due email of the week (a prompt, the recap after day 7, or the reconnect thirty days
 * later): never twice, never lost.
 *
 * Primary course:
 * 1. Re-read the subscriber (consistently: the due index may lag) and drop stale jobs: nothing
 *    due (paused, stopped, reconnect turned off), another week or day, or not due yet. A
 *    reconnect for a week that logged nobody has no one to recall: the week just moves on.
 * 2. Claim (subscriber, week, day) with a conditional write. Already sent: only make sure the
 *    subscriber moved on. Claimed by a live sender: leave it to them.
 * 3. Render and send. A failure releases the claim and rethrows, so the job is retried.
 * 4. Mark the claim sent and advance the subscriber to the next local day (or complete the week)
 *    in one transaction: three DynamoDB calls a prompt (read, claim, this), as long as nobody
 *    changed the subscriber meanwhile.
 *
 * The one duplicate no design excludes (SES has no idempotency key): a crash between SES
 * accepting the message and step 4's first write. That window is one DynamoDB write long; a later
 * pass retakes the expired lease and sends again.
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

export async function sendDue(deps: SendDeps, job: SendJob): Promise<SendOutcome> {
  const now = deps.clock.now();
  const sub = await deps.store.get(job.subscriberId);
  if (!isCurrent(sub, job, now)) return 'skipped';
  const email = await compose(deps, sub, job, now);
  if (email === null) {
    await advancePast(deps, job, now);
    return 'skipped';
  }

  const claimId = randomUUID();
  const claim = await deps.ledger.claim(job, claimId, now, CLAIM_LEASE_SECONDS);
  if (claim === 'already-sent') {
    // A previous attempt sent it but stopped before advancing: finish its work, send nothing.
    await advancePast(deps, job, now);
    return 'already-sent';
  }
  if (claim === 'in-flight') return 'in-flight';

  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(email));
  } catch (error) {
    await deps.ledger.release(job, claimId);
    throw error;
  }
  const saved = await deps.ledger.markSentAndSave(
    job,
    claimId,
    now,
    messageId,
    advanceAfterDelivery(sub, now),
  );
  if (!saved) {
    // Someone changed the subscriber meanwhile (preferences, a reply): record, then re-read.
    await deps.ledger.markSent(job, claimId, now, messageId);
    await advancePast(deps, job, now);
  }
  // Only once the member's recap is out does it count for their group (and maybe its summary).
  if (job.day === RECAP_DAY) await afterGroupRecap(deps, sub, now);
  return 'sent';
}
