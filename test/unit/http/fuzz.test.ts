/** Everything the HTTP edge accepts from the internet, fuzzed: never a 500, never a stack trace. */
import fc from 'fast-check';
import { handleHttp } from '../../../functions/runtime/http/app';
import { testDeps } from '../../builders/deps';
import { httpEvent } from '../../builders/events';

const paths = fc.oneof(
  fc.constantFrom(
    '/',
    '/subscribe',
    '/confirm',
    '/unsubscribe',
    '/log',
    '/log.json',
    '/log.csv',
    '/delete',
    '/preferences',
    '/health',
    '/groups',
    '/groups/confirm',
    '/groups/dashboard',
    '/groups/dashboard.json',
    '/groups/close',
    '/groups/delete',
  ),
  fc.string().map((s) => `/${s}`),
  // A join code as anyone may type it, percent signs and slashes included.
  fc.string().map((s) => `/join/${s}`),
);
const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS');
const contentTypes = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  '',
);
const bodies = fc.oneof(
  fc.string(),
  fc.json(),
  fc
    .dictionary(
      fc.constantFrom(
        'email',
        'name',
        'timezone',
        'sendHour',
        'List-Unsubscribe',
        'organizerEmail',
        'startDate',
        'group',
      ),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    )
    .map((o) => JSON.stringify(o)),
);

describe('HTTP edge under arbitrary input', () => {
  it('answers every request with a client error or success, never a 500 or internals', async () => {
    await fc.assert(
      fc.asyncProperty(
        methods,
        paths,
        fc.dictionary(fc.constantFrom('token', 'x'), fc.string()),
        bodies,
        contentTypes,
        async (method, path, query, body, type) => {
          const deps = testDeps();
          const event = httpEvent({ method, path, query, body, headers: { 'content-type': type } });
          const res = await handleHttp(async () => deps, event);
          expect(res.statusCode).toBeGreaterThanOrEqual(200);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.body ?? '').not.toMatch(/\n\s+at .+:\d+:\d+/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a join code that is not valid percent-encoding with the unknown-group page', async () => {
    for (const path of ['/join/%', '/join/%E0%A4%A', '/join/k7m%zz2p']) {
      const res = await handleHttp(async () => testDeps(), httpEvent({ path }));
      expect(res.statusCode).toBe(404);
    }
  });

  it('accepts base64 bodies of arbitrary bytes without failing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 20_000 }), async (bytes) => {
        const event = httpEvent({
          method: 'POST',
          path: '/subscribe',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        event.body = Buffer.from(bytes).toString('base64');
        event.isBase64Encoded = true;
        const res = await handleHttp(async () => testDeps(), event);
        expect([202, 400, 429]).toContain(res.statusCode);
      }),
      { numRuns: 200 },
    );
  });
});
