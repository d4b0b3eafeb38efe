/**
 * Email addresses as people type them into the subscribe form or send from: a practical subset of
 * RFC 5321/5322 (dot-atom local part, a hostname domain), not every form the RFCs allow. Quoted
 * local parts, IP-literal domains, comments and display names ("Anna <anna@example.com>") are
 * refused: real subscribers do not use them and they complicate every place an address is used.
 *
 * Identity: addresses compare case-insensitively (`key` is the whole address lower-cased), while
 * plus tags are kept (a+1@x and a+2@x are two people, as the design says). `address` keeps the
 * local part as typed, since a few mail systems still treat it case-sensitively.
 */
import { domainToASCII } from 'node:url';
import { ValidationError } from './errors';

export interface EmailAddress {
  /** The address to send to: local part as typed, domain lower-cased (and in ASCII form). */
  address: string;
  /** The identity of the person: the whole address lower-cased. */
  key: string;
}

const MAX_LOCAL_LENGTH = 64; // RFC 5321 4.5.3.1.1
const MAX_ADDRESS_LENGTH = 254; // a 256-octet path minus the angle brackets
const MAX_DOMAIN_LENGTH = 253;

// RFC 5322 atext, in dot-separated atoms: no leading, trailing or doubled dots.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
// A hostname label (lower case by now): letters, digits, inner hyphens, at most 63 characters.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Top-level domains have a letter (all-digit "TLDs" are the tail of an IP address).
const TOP_LEVEL = /^(?=.*[a-z])[a-z0-9-]{2,63}$/;
const ASCII = /^[\x21-\x7e]*$/;

function invalid(): ValidationError {
  return new ValidationError('invalid_email', 'Please enter a valid email address.', 'email');
}

/** The domain in lower-case ASCII (internationalised names become their xn-- form), or undefined. */
function normaliseDomain(domain: string): string | undefined {
  let ascii = domain;
  if (!ASCII.test(domain)) {
    // Only letters beyond ASCII are worth converting; whitespace and controls are plain typos.
    if (/[\s\p{C}]/u.test(domain)) return undefined;
    try {
      ascii = domainToASCII(domain);
    } catch {
      return undefined;
    }
  }
  ascii = ascii.toLowerCase();
  if (ascii === '' || ascii.length > MAX_DOMAIN_LENGTH) return undefined;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  return TOP_LEVEL.test(labels[labels.length - 1] ?? '') ? ascii : undefined;
}

/**
 * Parses an email address from untrusted input (surrounding whitespace is ignored). Throws
 * ValidationError('invalid_email') for anything else, and never another error.
 */
export function parseEmailAddress(input: unknown): EmailAddress {
  if (typeof input !== 'string' || input.length > 4 * MAX_ADDRESS_LENGTH) throw invalid();
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) throw invalid();
  const local = trimmed.slice(0, at);
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) throw invalid();
  const domain = normaliseDomain(trimmed.slice(at + 1));
  if (domain === undefined) throw invalid();
  const address = `${local}@${domain}`;
  if (address.length > MAX_ADDRESS_LENGTH) throw invalid();
  return { address, key: address.toLowerCase() };
}

/**
 * The mailbox an address delivers to, for counting only: lower-cased, with the `+tag` dropped, so
 * `V+a@x`, `v+b@x` and `v@x` count as one mailbox against a per-address limit. The address itself
 * (and the identity `key`) keep the tag.
 */
export function mailboxKey(key: string): string {
  const at = key.lastIndexOf('@');
  const local = key.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  return `${plus > 0 ? local.slice(0, plus) : local}${key.slice(at).toLowerCase()}`;
}
