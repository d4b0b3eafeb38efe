/**
 * Transactional mail as a request: what to write to whom, not the email itself. The web and
 * inbound functions post requests to the mail queue and answer at once; the mail function reads
 * the person (or group) as they are when it sends, writes the email in their language and sends it
 * within its share of the SES rate. A request names ids, never addresses, and carries only what
 * cannot be read back (a receipt's entries, where a held reply came from).
 */
import * as z from 'zod/mini';
import { CHANNELS } from './channels';

export const MAIL_KINDS = [
  'welcome',
  'confirmed',
  'command',
  'receipt',
  'held',
  'group-confirm',
  'group-ready',
  'group-summary',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

const subscriberId = z.string().check(z.regex(/^[a-z2-7]{16}$/));
const groupId = z.string().check(z.minLength(1), z.maxLength(64));
/** When the request was made: links are signed as of then. */
const at = z.iso.datetime();
const day = z.int().check(z.minimum(0), z.maximum(9));

const thankedEntry = z.object({
  name: z.string(),
  relationship: z.nullable(z.string()),
  channel: z.optional(z.nullable(z.enum(CHANNELS))),
});

export const mailRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('welcome'), subscriberId, at }),
  z.object({ kind: z.literal('confirmed'), subscriberId, at }),
  z.object({
    kind: z.literal('command'),
    subscriberId,
    at,
    command: z.enum(['stopped', 'paused', 'resumed', 'restarted']),
  }),
  z.object({
    kind: z.literal('receipt'),
    subscriberId,
    at,
    receipt: z.object({
      day,
      week: z.int().check(z.minimum(1)),
      thanked: z.array(thankedEntry),
      note: z.string(),
      corrected: z.boolean(),
      unsure: z.boolean(),
      cutAtChars: z.nullable(z.int().check(z.minimum(1))),
      last: z.boolean(),
    }),
  }),
  z.object({
    kind: z.literal('held'),
    subscriberId,
    at,
    held: z.object({ day, from: z.nullable(z.string()) }),
  }),
  z.object({ kind: z.literal('group-confirm'), groupId, at }),
  z.object({ kind: z.literal('group-ready'), groupId, at }),
  z.object({ kind: z.literal('group-summary'), groupId, at }),
]);

export type MailRequest = z.infer<typeof mailRequestSchema>;
export type ReceiptRequest = Extract<MailRequest, { kind: 'receipt' }>['receipt'];

/** Where mail requests go: the mail queue on AWS and locally; straight to the mailer in unit tests. */
export interface Outbox {
  post(request: MailRequest): Promise<void>;
}
