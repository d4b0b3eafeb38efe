/**
 * Is this mail from the subscriber? A reply address can be forwarded, quoted or guessed, so
 * holding one proves nothing: a reply changes state only when its From address is the
 * subscriber's and SES's verdicts say the sender's domain vouched for it.
 *
 * Authenticated means DMARC passed (SPF or DKIM aligned with the From domain), or, where the
 * domain publishes no DMARC policy (verdict GRAY), SPF or DKIM passed and the envelope sender is
 * in the From address's domain. A DMARC FAIL never gets this far (the message is rejected).
 */
import { createHash } from 'node:crypto';

export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | string;

export interface SenderEvidence {
  /** The envelope sender (SES `mail.source`); empty for a null reverse-path. */
  envelopeFrom: string;
  verdicts: { spf: VerdictStatus | null; dkim: VerdictStatus | null; dmarc: VerdictStatus | null };
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

function sameOrganisation(envelopeDomain: string, fromDomain: string): boolean {
  return (
    envelopeDomain !== '' &&
    (envelopeDomain === fromDomain ||
      envelopeDomain.endsWith(`.${fromDomain}`) ||
      fromDomain.endsWith(`.${envelopeDomain}`))
  );
}

/** Whether the From address's domain vouched for this message. */
export function isAuthenticated(fromAddress: string, evidence: SenderEvidence): boolean {
  const { spf, dkim, dmarc } = evidence.verdicts;
  if (dmarc === 'PASS') return true;
  if (dmarc === 'FAIL') return false;
  const aligned = sameOrganisation(domainOf(evidence.envelopeFrom), domainOf(fromAddress));
  return aligned && (spf === 'PASS' || dkim === 'PASS');
}

/** Whether the message comes from the subscriber's own address (compared case-insensitively). */
export function isFromSubscriber(
  subscriberEmailKey: string,
  fromAddress: string | null,
  evidence: SenderEvidence,
): boolean {
  if (!fromAddress) return false;
  return fromAddress.trim().toLowerCase() === subscriberEmailKey && isAuthenticated(fromAddress, evidence);
}

/** A key for "this sender's message" that holds neither the address nor the Message-ID. */
export function messageDedupeKey(fromAddress: string, messageIdHeader: string): string {
  return createHash('sha256')
    .update(`${fromAddress.trim().toLowerCase()}\n${messageIdHeader.trim()}`)
    .digest('base64url');
}
