/**
 * The names of the rate-limit counters, in one place, so that deleting a person can find every
 * counter that names them or their address.
 */
import { mailboxKey } from './email-address';

export const RATE_KEYS = {
  /** Receipts sent to a person today. */
  receipts: (subscriberId: string) => `receipts:${subscriberId}`,
  /** Answers to their commands today. */
  answers: (subscriberId: string) => `answers:${subscriberId}`,
  /** Notices of replies held from other addresses today. */
  held: (subscriberId: string) => `held:${subscriberId}`,
  /** Replies logged or held today. */
  entries: (subscriberId: string) => `entries:${subscriberId}`,
  /** Sign-ups for a mailbox (case and +tag folded). */
  subscribeMailbox: (emailKey: string) => `subscribe:mailbox:${mailboxKey(emailKey)}`,
  /** Sign-ups from one client: an IP address, or `mail:<address>` for mail to start@. */
  subscribeClient: (client: string) => `subscribe:client:${client}`,
} as const;

/** The client name of a sign-up by mail. */
export const mailClient = (emailKey: string) => `mail:${emailKey}`;

/** Every counter that names this person or their address. */
export function keysHolding(sub: { id: string; emailKey: string }): string[] {
  return [
    RATE_KEYS.receipts(sub.id),
    RATE_KEYS.answers(sub.id),
    RATE_KEYS.held(sub.id),
    RATE_KEYS.entries(sub.id),
    RATE_KEYS.subscribeMailbox(sub.emailKey),
    RATE_KEYS.subscribeClient(mailClient(sub.emailKey)),
  ];
}
