/**
 * Typed errors of the domain. Each carries a stable `code` and the HTTP status it maps to at the
 * edge; only errors below 500 ever show their message to a client.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { status?: number; field?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = options.status ?? 500;
    this.field = options.field;
  }
}

/** Input that fails validation: 400 with the offending field. */
export class ValidationError extends AppError {
  constructor(code: string, message: string, field?: string) {
    super(code, message, field === undefined ? { status: 400 } : { status: 400, field });
  }
}

/** A token that is malformed, forged, for another purpose, or expired. */
export class InvalidTokenError extends AppError {
  constructor(
    code: 'invalid_token' | 'expired_token' = 'invalid_token',
    message = 'This link is not valid.',
  ) {
    super(code, message, { status: code === 'expired_token' ? 400 : 404 });
  }
}

/** Something that should exist does not. */
export class NotFoundError extends AppError {
  constructor(code: string, message: string) {
    super(code, message, { status: 404 });
  }
}

/** Too many requests; `retryAfterSeconds` becomes the `Retry-After` header. */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate_limited', 'Too many requests. Please try again a little later.', { status: 429 });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A downstream service refused for now (SES throttling); the caller should retry later. */
export class RetryableError extends AppError {
  constructor(code: string, message: string, cause?: unknown) {
    super(code, message, { status: 503, cause });
  }
}
