/**
 * SES receipt-rule entry point (Lambda action, Event invocation, after the S3 action stored the
 * raw MIME). A thrown error makes Lambda retry and then hands the event to the DLQ for redrive.
 */
import { readReplyFromParser } from './core/reply-reader';
import { inboundMailFrom } from './core/ses-receipt';
import { receiveMail } from './core/use-cases/receive-mail';
import { deps } from './runtime/container';
import { FUNCTION_PARTS } from './runtime/parts';

const PARTS = FUNCTION_PARTS['receive-mail'];
// Built at cold start so that bad configuration fails fast; a failure is retried per invocation.
deps(PARTS).catch(() => undefined);

export const handler = async (event: unknown): Promise<void> => {
  const d = { ...(await deps(PARTS)), readReply: readReplyFromParser };
  for (const mail of inboundMailFrom(event)) {
    const outcome = await receiveMail(d, mail);
    console.log(
      JSON.stringify({ level: 'INFO', message: 'Inbound mail', messageId: mail.messageId, outcome }),
    );
  }
};
