/**
 * DynamoDB unreachable: the real SDK client, with its retries as deployed, pointed at a port nobody
 * listens on, as when DynamoDB Local is killed. Requests are answered 503 with Retry-After, never 500.
 */
import { createServer } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store';
import { signToken } from '../../functions/core/tokens';
import { handleHttp } from '../../functions/runtime/http/app';
import { aSubscriber, TEST_KEYS, testDeps } from '../builders/deps';
import { httpEvent } from '../builders/events';

/** A port that was free a moment ago: connecting to it is refused. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let raw: DynamoDBClient;
let deps: ReturnType<typeof testDeps>;

beforeAll(async () => {
  raw = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${await deadPort()}`,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  const store = new DynamoSubscriberStore({ client, tableName: 'gone', dueShards: 4 });
  deps = testDeps({ store: store as never });
});

afterAll(() => raw.destroy());

describe('with DynamoDB unreachable', () => {
  it('reports the database as unavailable on /health', async () => {
    const res = await handleHttp(async () => deps, httpEvent({ path: '/health' }));
    expect(res.statusCode).toBe(503);
    expect(JSON.parse(String(res.body))).toEqual({
      status: 'unavailable',
      parts: { database: 'unavailable' },
    });
  });

  it('answers the log page with 503 and Retry-After', async () => {
    const token = signToken(TEST_KEYS, { purpose: 'log', subscriberId: aSubscriber().id });
    const res = await handleHttp(async () => deps, httpEvent({ path: '/log', query: { token } }));
    expect(res.statusCode).toBe(503);
    expect(res.headers?.['retry-after']).toBe('30');
  });

  it('answers a JSON sign-up with 503 in the error shape', async () => {
    const res = await handleHttp(
      async () => deps,
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: 'someone@example.com', timezone: 'Europe/Berlin', sendHour: 8 },
        headers: { accept: 'application/json' },
      }),
    );
    expect(res.statusCode).toBe(503);
    expect(JSON.parse(String(res.body)).error.code).toBe('service_unavailable');
  });
});
