/**
 * SES receipt-rule entry point (Lambda action, Event invocation, after the S3 action stored the
 * raw MIME). A thrown error makes Lambda retry and then hands the event to the DLQ for redrive.
 */
import { readReplyFromParser } from './core/reply-reader';
import { inboundMailFrom } from './core/ses-receipt';
import { receiveMail } from './core/use-cases/receive-mail';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { mailPart } from './runtime/parts/mail';
import { rawMailPart } from './runtime/parts/raw-mail';
import { tablePart } from './runtime/parts/table';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['receive-mail'], {
  table: tablePart,
  mail: mailPart,
  rawMail: rawMailPart,
});
deps().catch(() => undefined);

export const handler = async (event: unknown): Promise<void> => {
  const d = { ...(await deps()), readReply: readReplyFromParser };
  for (const mail of inboundMailFrom(event)) {
    const outcome = await receiveMail(d, mail);
    console.log(
      JSON.stringify({ level: 'INFO', message: 'Inbound mail', messageId: mail.messageId, outcome }),
    );
  }
};
