/**
 * The local stack's way into the handlers: the very functions Lambda runs, with the configuration
 * `applyLocalEnv` put into the environment. Load this module only after that.
 */

import { sesReceiptEventFor } from '../core/ses-receipt';
import { handler as receiveMailHandler } from '../receive-mail';
import { deps, supplyParts } from '../runtime/container';
import { localParts } from './local-parts';
import { schedulerPass } from './scheduler-pass';

const parts = localParts();
supplyParts(parts);

/** Waits until the mail queue has handed over what was posted so far (retries may remain). */
export async function settleMail(): Promise<void> {
  await parts.outbox.settled();
}

/** Waits until the raw-mail deletion queue has handed over what was posted so far. */
export async function settleRawMailDeletions(): Promise<void> {
  await parts.rawMailDeletions.settled();
}

export { handler as httpHandler } from '../http-api';

/** One dispatch pass at `at`, then every queued send, in this process. */
export async function runSchedulerPass(at: Date): Promise<{ due: number; sent: number }> {
  const { due, sent } = await schedulerPass(await deps(), at);
  return { due, sent };
}

/**
 * Inbound mail: the SMTP server has already kept the raw message under the raw-mail directory
 * (what the receipt rule's S3 action does on AWS); the receive function then gets the event SES
 * would send, with every check passed, and hands what it read to the understand function through
 * the in-process inbound queue (a failure there fails this call: the message is kept for retry).
 */
export async function deliverInbound(message: {
  messageId: string;
  recipients: string[];
  mailFrom: string;
  rawPath: string;
  receivedAt: Date;
}): Promise<void> {
  await receiveMailHandler(sesReceiptEventFor(message));
}
