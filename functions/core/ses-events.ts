/**
 * SES sending events (as the configuration set publishes them, to EventBridge or SNS) reduced to
 * what the service acts on. Anything else parses to null and is ignored.
 */
import * as z from 'zod/mini';
import type { MailEvent } from './use-cases/mail-events';

const recipients = z.array(z.object({ emailAddress: z.string() })).check(z.minLength(1));

const sesEvent = z.union([
  z.object({
    eventType: z.literal('Bounce'),
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: recipients }),
  }),
  z.object({
    eventType: z.literal('Complaint'),
    complaint: z.object({ complainedRecipients: recipients }),
  }),
]);

export function toMailEvent(detail: unknown): MailEvent | null {
  const parsed = sesEvent.safeParse(detail);
  if (!parsed.success) return null;
  const event = parsed.data;
  if (event.eventType === 'Complaint') {
    return { kind: 'complaint', recipients: event.complaint.complainedRecipients.map((r) => r.emailAddress) };
  }
  return {
    // SES: "Permanent" is a hard bounce; "Transient" and "Undetermined" may deliver later.
    kind: event.bounce.bounceType === 'Permanent' ? 'hard-bounce' : 'soft-bounce',
    recipients: event.bounce.bouncedRecipients.map((r) => r.emailAddress),
  };
}

/** A real-shaped SES event `detail`, for the local CLI and tests. */
export function sesEventDetail(
  kind: 'bounce' | 'soft-bounce' | 'complaint',
  email: string,
  at: Date,
): Record<string, unknown> {
  const mail = { timestamp: at.toISOString(), messageId: 'local', destination: [email] };
  if (kind === 'complaint') {
    return {
      eventType: 'Complaint',
      mail,
      complaint: {
        complainedRecipients: [{ emailAddress: email }],
        timestamp: at.toISOString(),
        feedbackId: 'local',
      },
    };
  }
  return {
    eventType: 'Bounce',
    mail,
    bounce: {
      bounceType: kind === 'bounce' ? 'Permanent' : 'Transient',
      bounceSubType: kind === 'bounce' ? 'General' : 'MailboxFull',
      bouncedRecipients: [{ emailAddress: email }],
      timestamp: at.toISOString(),
      feedbackId: 'local',
    },
  };
}
