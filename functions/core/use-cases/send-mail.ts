/**
 * Send one requested transactional email (welcome, confirmation, receipt, command answer, held
 * reply notice, a group's emails).
 *
 * Primary course:
 * 1. Read the person (or the group) as they are now. Gone (deleted meanwhile): nothing to send.
 * 2. Check they still want this mail: a welcome only while pending, the answer to STOP always
 *    (it is the reply to their own mail), anything else only while mailable (not unsubscribed,
 *    not suppressed after a bounce or complaint).
 * 3. Write the email in their language, links signed as of the request, and send it. A failure
 *    (SES throttling included) rethrows: the queue redelivers the request, later.
 *
 * Delivery is at least once: a crash between SES accepting the email and the queue forgetting the
 * request sends it again (a second receipt; nothing is lost).
 */
import {
  commandEmail,
  confirmedEmail,
  groupConfirmEmail,
  groupReadyEmail,
  groupSummaryEmail,
  heldReplyEmail,
  receiptEmail,
  welcomeEmail,
} from '../emails';
import { dashboardOf, summaryKind } from '../group';
import type { MailRequest, Outbox } from '../mail-request';
import type { OutboundEmail } from '../ports';
import { isMailable, type Subscriber } from '../subscriber';
import type { Deps } from './deps';

export type SendMailDeps = Pick<Deps, 'store' | 'groups' | 'mailer' | 'renderer' | 'links' | 'postalAddress'>;

/** `sent`, or why not: the person or group is gone, or no longer wants this mail. */
export type SendMailOutcome = 'sent' | 'gone' | 'not-wanted';

function wanted(request: MailRequest, sub: Subscriber): boolean {
  if (request.kind === 'welcome') return sub.status === 'pending';
  if (request.kind === 'command' && request.command === 'stopped') return true;
  return isMailable(sub);
}

async function subscriberEmail(
  deps: SendMailDeps,
  request: Extract<MailRequest, { subscriberId: string }>,
  now: Date,
): Promise<OutboundEmail | SendMailOutcome> {
  const sub = await deps.store.get(request.subscriberId);
  if (!sub) return 'gone';
  if (!wanted(request, sub)) return 'not-wanted';
  switch (request.kind) {
    case 'welcome':
      return welcomeEmail(deps, sub, now);
    case 'confirmed':
      return confirmedEmail(deps, sub, now);
    case 'command':
      return commandEmail(deps, sub, request.command, now);
    case 'receipt':
      return receiptEmail(deps, sub, request.receipt, now);
    case 'held':
      return heldReplyEmail(deps, sub, request.held, now);
  }
}

async function groupEmail(
  deps: SendMailDeps,
  request: Extract<MailRequest, { groupId: string }>,
  now: Date,
): Promise<OutboundEmail | SendMailOutcome> {
  const group = await deps.groups.get(request.groupId);
  if (!group) return 'gone';
  switch (request.kind) {
    case 'group-confirm':
      return groupConfirmEmail(deps, group, now);
    case 'group-ready':
      return groupReadyEmail(deps, group, now);
    case 'group-summary': {
      const counts = await deps.groups.counts(group.id);
      return groupSummaryEmail(deps, group, dashboardOf(group, counts), summaryKind(counts), now);
    }
  }
}

export async function sendMail(deps: SendMailDeps, request: MailRequest): Promise<SendMailOutcome> {
  const now = new Date(request.at);
  const email =
    'groupId' in request ? await groupEmail(deps, request, now) : await subscriberEmail(deps, request, now);
  if (typeof email === 'string') return email;
  await deps.mailer.send(email);
  return 'sent';
}

/**
 * An outbox that sends at once, in the caller's time: for unit tests of the use cases that post
 * mail, which then see the emails their mailer records.
 */
export function directOutbox(deps: () => SendMailDeps): Outbox {
  return {
    async post(request) {
      await sendMail(deps(), request);
    },
  };
}
