/**
 * Helpers for integration tests that use the local parts started by global-setup.ts: the SES
 * emulator's store (every email the handlers sent) and free ports for servers a test starts.
 *
 * The store is shared by every test file running in parallel: find your emails by a recipient
 * address unique to the test rather than clearing the store.
 */
import { mailOnceThere } from './mail-wait';

export { freePort, freePorts } from '../../functions/local/services';

/** One email as the SES emulator keeps it (`GET /store`). */
export interface SesStoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  /** The `Headers` given to SESv2 SendEmail (Content.Simple). */
  headers?: { name: string; value: string }[];
  /** Epoch seconds. */
  at: number;
}

/** Base URL of the SES emulator started for this test run. */
export function sesUrl(): string {
  const url = process.env.GRATITUDE_TEST_SES_URL;
  if (!url)
    throw new Error('GRATITUDE_TEST_SES_URL is not set: run this file in the jest "integration" project');
  return url;
}

export async function sesStore(): Promise<{ emails: SesStoredEmail[] }> {
  const response = await fetch(`${sesUrl()}/store`);
  if (!response.ok) throw new Error(`GET /store answered ${response.status}`);
  return (await response.json()) as { emails: SesStoredEmail[] };
}

/** Empties the store. Other test files may be reading it: prefer `emailsTo`. */
export async function clearSes(): Promise<void> {
  const response = await fetch(`${sesUrl()}/clear-store`, { method: 'POST' });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`POST /clear-store answered ${response.status}`);
}

/**
 * Emails sent to `address` (compared case-insensitively), oldest first, once `until` holds for
 * them (by default: there is one; up to 10 s). Transactional mail leaves through the mail queue
 * after the handler returns, so a test waits for the mail it expects.
 */
export async function emailsTo(
  address: string,
  until?: (emails: SesStoredEmail[]) => boolean,
): Promise<SesStoredEmail[]> {
  const wanted = address.toLowerCase();
  const read = async () =>
    (await sesStore()).emails.filter((email) =>
      email.destination.to.some((to) => to.toLowerCase().includes(wanted)),
    );
  return mailOnceThere(read, until);
}

/** The value of header `name` (case-insensitive) of a stored email. */
export function headerOf(email: SesStoredEmail, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return email.headers?.find((header) => header.name.toLowerCase() === wanted)?.value;
}
