/**
 * One inbound message as the intake hands it to the function that understands it, through the
 * inbound queue: the SES facts of the message (who sent it to which address, the checks' verdicts)
 * and what its sender wrote (the parser's first stage). Plain JSON, validated on arrival; the raw
 * MIME stays in the raw-mail store, so nothing is lost when a handing-on is cut to size (the
 * intake does that: `take-in-mail.ts`).
 */
import * as z from 'zod/mini';
import { REPLY_COMMANDS } from './reply/command-names';
import type { WrittenReply } from './reply/types';
import type { InboundMail } from './ses-receipt';

export interface HandedOnMail {
  mail: Omit<InboundMail, 'receivedAt'> & { receivedAt: string };
  written: WrittenReply;
}

const address = z.object({ name: z.string(), address: z.string() });
const nullableString = z.nullable(z.string());

export const handedOnMailSchema = z.object({
  mail: z.object({
    messageId: z.string().check(z.minLength(1), z.maxLength(200)),
    receivedAt: z.iso.datetime(),
    recipients: z.array(z.string()).check(z.minLength(1)),
    envelopeFrom: z.string(),
    verdicts: z.object({ spf: nullableString, dkim: nullableString, dmarc: nullableString }),
    failedChecks: z.array(z.string()),
  }),
  written: z.object({
    text: z.string(),
    autoReply: z.boolean(),
    confidence: z.enum(['high', 'low']),
    notes: z.array(z.string()),
    subject: z.string(),
    from: z.nullable(address),
    to: z.array(z.string()),
    replyToken: nullableString,
    day: z.nullable(z.number()),
    messageId: nullableString,
    inReplyTo: nullableString,
    references: z.array(z.string()),
    date: nullableString,
    dateIso: nullableString,
    // Read by the intake; a message handed on before it did so carries none.
    command: z._default(z.nullable(z.enum(REPLY_COMMANDS)), null),
  }),
});

/** The message an inbound-queue body carries; throws (a `ZodError`) when it is not one. */
export function handedOnMail(body: string): { mail: InboundMail; written: WrittenReply } {
  const { mail, written } = handedOnMailSchema.parse(JSON.parse(body));
  return { mail: { ...mail, receivedAt: new Date(mail.receivedAt) }, written };
}
