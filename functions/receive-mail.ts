/**
 * SES receipt-rule entry point (Lambda action, Event invocation, after the S3 action stored the
 * raw MIME). A thrown error makes Lambda retry and then hands the event to the DLQ for redrive.
 */
import type { Context } from 'aws-lambda';
import type { ReplyReader } from './core/ports';
import { readReplyFromParser } from './core/reply-reader';
import { inboundMailFrom } from './core/ses-receipt';
import { receiveMail } from './core/use-cases/receive-mail';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { outboxPart } from './runtime/parts/outbox';
import { rawMailPart } from './runtime/parts/raw-mail';
import { tablePart } from './runtime/parts/table';
import { count, countBy, logger, observe } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['receive-mail'], {
  table: tablePart,
  links: linksPart,
  outbox: outboxPart,
  rawMail: rawMailPart,
});
deps().catch(() => undefined);

/** The parser, counted: names it found, and messages it could not read. */
const readReply: ReplyReader = async (raw) => {
  try {
    const reply = await readReplyFromParser(raw);
    count(METRIC.namesFound, reply.thanked.length);
    return reply;
  } catch (error) {
    count(METRIC.parserErrors);
    throw error;
  }
};

export const handler = async (event: unknown, context?: Context): Promise<void> => {
  const mails = inboundMailFrom(event);
  await observe(context, mails[0]?.messageId, async () => {
    const d = { ...(await deps()), readReply };
    for (const mail of mails) {
      logger.appendKeys({ sesMessageId: mail.messageId });
      try {
        const outcome = await receiveMail(d, mail);
        countBy(METRIC.inboundMail, 'outcome', outcome);
        if (outcome === 'logged') count(METRIC.receipts);
        logger.info('Inbound mail', { outcome });
      } catch (error) {
        logger.error('Inbound mail failed; Lambda retries it, then the DLQ keeps it', error as Error);
        throw error;
      }
    }
  });
};
