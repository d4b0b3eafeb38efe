/**
 * The SES receipt-rule event (Lambda action, invoked after the S3 action stored the raw MIME),
 * validated and reduced to what the inbound use case needs.
 */
import * as z from 'zod/mini';
import type { SenderEvidence } from './sender';

const verdict = z.optional(z.object({ status: z.string() }));

export const sesReceiptEvent = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            messageId: z.string().check(z.minLength(1), z.maxLength(200)),
            timestamp: z.string(),
            source: z.string(),
          }),
          receipt: z.object({
            timestamp: z.string(),
            recipients: z.array(z.string()).check(z.minLength(1)),
            spamVerdict: verdict,
            virusVerdict: verdict,
            dkimVerdict: verdict,
            spfVerdict: verdict,
            dmarcVerdict: verdict,
          }),
        }),
      }),
    )
    .check(z.minLength(1)),
});

export interface InboundMail extends SenderEvidence {
  messageId: string;
  receivedAt: Date;
  /** Envelope recipients at our inbound domain. */
  recipients: string[];
  /** Spam or virus FAIL, or DMARC FAIL: recorded, never logged. */
  failedChecks: string[];
}

export function inboundMailFrom(event: unknown): InboundMail[] {
  return sesReceiptEvent.parse(event).Records.map(({ ses: { mail, receipt } }) => ({
    messageId: mail.messageId,
    receivedAt: new Date(receipt.timestamp),
    recipients: receipt.recipients,
    envelopeFrom: mail.source,
    verdicts: {
      spf: receipt.spfVerdict?.status ?? null,
      dkim: receipt.dkimVerdict?.status ?? null,
      dmarc: receipt.dmarcVerdict?.status ?? null,
    },
    failedChecks: (
      [
        ['spam', receipt.spamVerdict],
        ['virus', receipt.virusVerdict],
        ['dmarc', receipt.dmarcVerdict],
      ] as const
    )
      .filter(([, v]) => v?.status === 'FAIL')
      .map(([name]) => name),
  }));
}

/**
 * A real-shaped receipt event, as the local SMTP server hands mail over. Nothing checks SPF or DKIM
 * locally, so by default the verdicts are those of a domain without a DMARC policy whose envelope
 * sender passed SPF: the From address then counts as the sender's only when its domain is the
 * envelope sender's.
 */
export function sesReceiptEventFor(input: {
  messageId: string;
  mailFrom: string;
  recipients: string[];
  receivedAt: Date;
  verdicts?: Partial<Record<'spam' | 'virus' | 'spf' | 'dkim' | 'dmarc', string>>;
}) {
  const verdict = (name: 'spam' | 'virus' | 'spf' | 'dkim' | 'dmarc', otherwise: string) => ({
    status: input.verdicts?.[name] ?? otherwise,
  });
  const at = input.receivedAt.toISOString();
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: at,
            source: input.mailFrom,
            messageId: input.messageId,
            destination: input.recipients,
            headersTruncated: false,
            headers: [],
            commonHeaders: {},
          },
          receipt: {
            timestamp: at,
            processingTimeMillis: 1,
            recipients: input.recipients,
            spamVerdict: verdict('spam', 'PASS'),
            virusVerdict: verdict('virus', 'PASS'),
            spfVerdict: verdict('spf', 'PASS'),
            dkimVerdict: verdict('dkim', 'GRAY'),
            dmarcVerdict: verdict('dmarc', 'GRAY'),
            action: {
              type: 'Lambda',
              functionArn: 'arn:aws:lambda:local:000000000000:function:receive-mail',
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}
