/**
 * Whether an error means a dependency is down or throttling us for now (DynamoDB, SES, S3, Secrets
 * Manager, or the network to them), so the caller should be told to retry rather than shown a
 * failure of ours: the AWS SDK's throttling and server-error names, its retryable marker, a 5xx
 * status, and the Node.js network errors of a refused or dropped connection. Looks through causes.
 */
import { AppError } from '../core/errors';

const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'SlowDown',
  'TimeoutError',
  'RequestTimeout',
]);

const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

const NETWORK_CODE_IN_MESSAGE = new RegExp(`\\b(?:${[...NETWORK_CODES].join('|')})\\b`);

interface SdkLike {
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** How long a caller is asked to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 30;

export function isDependencyUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  if (error instanceof AppError && error.status === 503) return true;
  if (error instanceof AppError && error.status < 500) return false;
  const e = error as SdkLike;
  if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  // After its retries the SDK wraps a network error in one that keeps only its message.
  if (error instanceof Error && NETWORK_CODE_IN_MESSAGE.test(error.message)) return true;
  if (e.$retryable !== undefined && e.$retryable !== null) return true;
  const status = e.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  if (error instanceof AggregateError && error.errors.some((x) => isDependencyUnavailable(x, depth + 1)))
    return true;
  return isDependencyUnavailable(e.cause, depth + 1);
}
