/** Inbound mail for use-case tests: a reply address of a subscriber, and delivery as SES makes it. */
import { linksFor } from '../../functions/core/links';
import { inboundMailFrom } from '../../functions/core/ses-receipt';
import type { Subscriber } from '../../functions/core/subscriber';
import { receiveMail } from '../../functions/core/use-cases/receive-mail';
import { TEST_KEYS, type TestDeps } from './deps';
import { receiptEvent } from './mail';

/** Delivers `raw` to `recipient` as SES would: raw MIME in the store, then the receipt event. */
export async function deliver(deps: TestDeps, recipient: string, raw: Uint8Array, messageId?: string) {
  const [mail] = inboundMailFrom(receiptEvent([recipient], messageId ? { messageId } : {}));
  if (!mail) throw new Error('no mail');
  deps.rawMail.messages.set(mail.messageId, raw);
  return receiveMail(deps, mail);
}

/** The address a reply to `sub`'s email of `day` (0 = the welcome) goes to. */
export const replyTo = (sub: Subscriber, day: number) =>
  linksFor(
    { publicUrl: 'https://gratitude.test', inboundDomain: 'in.gratitude.test', keys: TEST_KEYS },
    sub.id,
    new Date(),
  ).replyTo(day, sub.week);
