/**
 * Transactional mail leaves through the mail queue after the request or reply is answered, so a
 * test waits for the mail it expects rather than reading the inbox once.
 */

const MAIL_WAIT_MS = 10_000;

/** The emails `read` finds once `until` holds for them (up to 10 s); then what there is, for the assertion to show. */
export async function mailOnceThere<T>(
  read: () => Promise<T[]>,
  until: (emails: T[]) => boolean = (emails) => emails.length > 0,
): Promise<T[]> {
  const deadline = Date.now() + MAIL_WAIT_MS;
  for (;;) {
    const emails = await read();
    if (until(emails) || Date.now() > deadline) return emails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
