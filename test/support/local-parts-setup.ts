/**
 * Jest setupFiles of the `integration` project: the handlers there run as the local stack runs
 * them, with the raw-mail directory and the in-process queues standing in for S3 and SQS.
 */
import { localParts } from '../../functions/local/local-parts';
import { supplyParts } from '../../functions/runtime/container';

// The handlers' INFO lines would drown the test report; warnings and errors still show.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const parts = localParts();
supplyParts(parts);

/** The mail queue the handlers post to in this test file: `settled()` before looking for no mail. */
export const localMail = parts.outbox;

/** The raw-mail deletion queue the web handler posts to: `settled()` before looking at raw mail. */
export const localRawMailDeletions = parts.rawMailDeletions;
