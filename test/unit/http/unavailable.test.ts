/** A dependency down or throttling is answered 503 with Retry-After, never 500; our own bugs stay 500. */
import { RetryableError, ValidationError } from '../../../functions/core/errors';
import { signToken } from '../../../functions/core/tokens';
import { handleHttp } from '../../../functions/runtime/http/app';
import { isDependencyUnavailable } from '../../../functions/runtime/unavailable';
import { aSubscriber, TEST_KEYS, testDeps } from '../../builders/deps';
import { httpEvent } from '../../builders/events';

/** Errors shaped as the AWS SDK v3 and Node.js throw them. */
const sdkError = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400 }, ...extra });
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });

describe('which errors mean a dependency is unavailable', () => {
  it.each([
    [
      'DynamoDB throttling',
      sdkError('ProvisionedThroughputExceededException', { $retryable: { throttling: true } }),
    ],
    ['SES throttling', sdkError('TooManyRequestsException')],
    ['a 5xx from a service', sdkError('InternalServerError', { $metadata: { httpStatusCode: 500 } })],
    ['a refused connection', refused],
    [
      'a refused connection inside the SDK error',
      Object.assign(new Error('socket hang up'), { cause: refused }),
    ],
    ['a timeout', sdkError('TimeoutError')],
    [
      'the SDK’s wrapper after its retries',
      new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:8000'),
    ],
    ['our own retryable error', new RetryableError('ses_throttled', 'retry later')],
  ])('%s', (_name, error) => {
    expect(isDependencyUnavailable(error)).toBe(true);
  });

  it.each([
    ['a plain bug', new TypeError('x is undefined')],
    ['a validation error', new ValidationError('invalid_email', 'bad', 'email')],
    ['a client error from a service', sdkError('ValidationException')],
    ['a string', 'boom'],
  ])('not %s', (_name, error) => {
    expect(isDependencyUnavailable(error)).toBe(false);
  });
});

describe('the HTTP answer when the store is unavailable', () => {
  const throttledDeps = () => {
    const deps = testDeps();
    deps.store.get = async () => {
      throw sdkError('ProvisionedThroughputExceededException', { $retryable: { throttling: true } });
    };
    return deps;
  };
  const logToken = (id: string) => signToken(TEST_KEYS, { purpose: 'log', subscriberId: id });

  it('gives people a page with 503 and Retry-After', async () => {
    const sub = aSubscriber();
    const res = await handleHttp(
      async () => throttledDeps(),
      httpEvent({ path: '/log', query: { token: logToken(sub.id) } }),
    );
    expect(res.statusCode).toBe(503);
    expect(res.headers?.['retry-after']).toBe('30');
    expect(String(res.body)).toContain('try again in a minute');
  });

  it('gives JSON clients the error shape with 503 and Retry-After, in their language', async () => {
    const sub = aSubscriber();
    const res = await handleHttp(
      async () => throttledDeps(),
      httpEvent({ path: '/log.json', query: { token: logToken(sub.id), lang: 'de' } }),
    );
    expect(res.statusCode).toBe(503);
    expect(res.headers?.['retry-after']).toBe('30');
    const body = JSON.parse(String(res.body));
    expect(body.error.code).toBe('service_unavailable');
    expect(typeof body.error.message).toBe('string');
  });

  it('still answers 500 for a bug of ours', async () => {
    const deps = testDeps();
    deps.store.get = async () => {
      throw new TypeError('cannot read properties of undefined');
    };
    const res = await handleHttp(
      async () => deps,
      httpEvent({ path: '/log', query: { token: logToken(aSubscriber().id) } }),
    );
    expect(res.statusCode).toBe(500);
  });
});
