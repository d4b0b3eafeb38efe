/**
 * The local stack's parts against the real things: DynamoDB Local and the SES emulator from
 * global-setup.ts, an SMTP server fed by nodemailer, the HTTP adapter fed by real HTTP requests,
 * and `npm start`'s entry point run as a child process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createTransport } from 'nodemailer';
import { applyLocalEnv, localConfig } from '../../functions/local/local-env';
import {
  ensureTable,
  type InboundMessage,
  type Logger,
  retryKeptMessages,
  startDynamoDbLocal,
  startHttpAdapter,
  startInboundSmtp,
  startScheduler,
} from '../../functions/local/services';
import { emailsTo, freePort, freePorts, headerOf } from '../support/local-services';

const repoRoot = resolve(__dirname, '../..');
const quietLogger = (): Logger & { errors: string[] } => {
  const errors: string[] = [];
  return { errors, info: () => {}, error: (message) => errors.push(message) };
};
const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `gratitude-${prefix}-`));

describe('DynamoDB Local', () => {
  it('listens on loopback only, and where its launcher cannot run falls back to the plain jar and says so', async () => {
    const [port = 0] = await freePorts(1);
    const answers = async (endpoint: string) => {
      const client = new DynamoDBClient({ endpoint });
      try {
        return (await client.send(new ListTablesCommand({}))).TableNames !== undefined;
      } finally {
        client.destroy();
      }
    };
    const broken = join(tempDir('launcher'), 'Missing.java');
    const fallback = await startDynamoDbLocal({ port, inMemory: true, launcher: broken });
    try {
      expect(fallback.loopbackOnly).toBe(false);
      expect(await answers(fallback.endpoint)).toBe(true);
    } finally {
      await fallback.stop();
      rmSync(dirname(broken), { recursive: true, force: true });
    }
    const loopback = await startDynamoDbLocal({ port, inMemory: true });
    try {
      expect(loopback.loopbackOnly).toBe(true);
      expect(await answers(loopback.endpoint)).toBe(true);
    } finally {
      await loopback.stop();
    }
  }, 60_000);
});

describe('the table in DynamoDB Local', () => {
  const client = new DynamoDBClient({});
  afterAll(() => client.destroy());

  it('exists with its sparse due index and TTL, and ensureTable is idempotent', async () => {
    const tableName = process.env.TABLE_NAME as string;
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    const due = Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === 'due');
    expect(due?.KeySchema).toEqual([
      { AttributeName: 'dueShard', KeyType: 'HASH' },
      { AttributeName: 'dueAt', KeyType: 'RANGE' },
    ]);
    expect(due?.Projection).toMatchObject({
      ProjectionType: 'INCLUDE',
      NonKeyAttributes: ['id', 'week', 'nextDay'],
    });
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' });

    await expect(ensureTable(client, tableName)).resolves.toEqual({ created: false });
  });

  it('creates a missing table from the table design', async () => {
    const tableName = `t${randomBytes(6).toString('hex')}`;
    await expect(ensureTable(client, tableName)).resolves.toEqual({ created: true });
    await expect(ensureTable(client, tableName)).resolves.toEqual({ created: false });
  });
});

describe('the SES emulator', () => {
  it('keeps the headers, reply-to and both bodies of a SESv2 Simple send made with the real client', async () => {
    // No endpoint given: the client must find the emulator through AWS_ENDPOINT_URL_SESV2.
    const ses = new SESv2Client({});
    const to = `ses-${randomBytes(4).toString('hex')}@example.com`;
    try {
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: process.env.SENDER,
          Destination: { ToAddresses: [to] },
          ReplyToAddresses: ['reply+abc@in.gratitude.localhost'],
          Content: {
            Simple: {
              Subject: { Data: 'Day 1: someone at home', Charset: 'UTF-8' },
              Body: { Text: { Data: 'Hello' }, Html: { Data: '<p>Hello</p>' } },
              Headers: [
                { Name: 'List-Unsubscribe', Value: '<http://localhost/unsubscribe?token=t>, <mailto:u@x>' },
                { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
              ],
            },
          },
        }),
      );
    } finally {
      ses.destroy();
    }
    const [email] = await emailsTo(to);
    expect(email).toBeDefined();
    if (!email) return;
    expect(email.subject).toBe('Day 1: someone at home');
    expect(email.from).toContain('hello@gratitude.localhost');
    expect(email.replyTo).toEqual(['reply+abc@in.gratitude.localhost']);
    expect(email.body.text).toBe('Hello');
    expect(email.body.html).toBe('<p>Hello</p>');
    expect(headerOf(email, 'list-unsubscribe')).toBe('<http://localhost/unsubscribe?token=t>, <mailto:u@x>');
    expect(headerOf(email, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });
});

describe('inbound SMTP', () => {
  const domain = 'in.gratitude.localhost';
  let rawMailDir: string;
  let port: number;
  let received: InboundMessage[];
  let failNext: boolean;
  let logger: ReturnType<typeof quietLogger>;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    rawMailDir = tempDir('raw');
    port = await freePort();
    logger = quietLogger();
    const smtp = await startInboundSmtp({
      port,
      domain,
      rawMailDir,
      maxMessageBytes: 64 * 1024,
      logger,
      onMessage: async (message) => {
        received.push(message);
        if (failNext) throw new Error('handler down');
      },
    });
    stop = smtp.stop;
  });
  beforeEach(() => {
    received = [];
    failNext = false;
  });
  afterAll(async () => {
    await stop();
    rmSync(rawMailDir, { recursive: true, force: true });
  });

  const send = (envelope: { from: string; to: string[] }, raw: string | Buffer) => {
    const transport = createTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      ignoreTLS: true,
      name: 'client.test',
    });
    return transport.sendMail({ envelope, raw }).finally(() => transport.close());
  };

  // CRLF line endings, 8-bit UTF-8, a line starting with a dot (stuffed on the wire) and trailing
  // spaces: all must come out exactly as they went in.
  const raw = Buffer.from(
    [
      'From: Anna <anna@example.com>',
      'To: reply+abc123@in.gratitude.localhost',
      'Subject: Re: Day 2 =?UTF-8?Q?=E2=9C=93?=',
      'Message-ID: <m1@example.com>',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'I thanked José, my neighbour.  ',
      '.a line that starts with a dot',
      '..and two dots',
      '',
      '> On Monday, Gratitude Week wrote:',
      '> Reply to this email and tell me whom you thanked',
      '',
    ].join('\r\n'),
    'utf8',
  );

  it('stores the raw message byte for byte and hands it to the handler', async () => {
    const info = await send({ from: 'anna@example.com', to: ['reply+abc123@in.gratitude.localhost'] }, raw);
    expect(info.response).toMatch(/^250 /);
    expect(received).toHaveLength(1);
    const [message] = received;
    if (!message) return;
    expect(message.messageId).toMatch(/^[a-z0-9]{40}$/);
    expect(info.response).toContain(message.messageId);
    expect(message.recipients).toEqual(['reply+abc123@in.gratitude.localhost']);
    expect(message.mailFrom).toBe('anna@example.com');
    expect(message.receivedAt).toBeInstanceOf(Date);
    expect(message.rawPath).toBe(join(rawMailDir, message.messageId));
    expect(readFileSync(message.rawPath).equals(raw)).toBe(true);
    expect(statSync(message.rawPath).mode & 0o777).toBe(0o600);
  });

  it('accepts the inbound domain in any letter case', async () => {
    await send({ from: 'a@example.com', to: ['Start@IN.Gratitude.LOCALHOST'] }, raw);
    // smtp-server lower-cases the domain; the local part keeps its case.
    expect(received.map((m) => m.recipients)).toEqual([['Start@in.gratitude.localhost']]);
  });

  it('refuses mail for any other domain with a 550 that says which domain it serves', async () => {
    const before = readdirSync(rawMailDir).length;
    const refused = send({ from: 'a@example.com', to: ['someone@example.com'] }, raw);
    await expect(refused).rejects.toMatchObject({ responseCode: 550 });
    await expect(refused).rejects.toThrow(/accepts mail only for @in\.gratitude\.localhost/);
    expect(received).toHaveLength(0);
    expect(readdirSync(rawMailDir)).toHaveLength(before);
  });

  it('keeps the message and still answers 250 when the handler fails', async () => {
    failNext = true;
    const info = await send({ from: 'a@example.com', to: ['reply+x@in.gratitude.localhost'] }, raw);
    expect(info.response).toMatch(/^250 /);
    const [message] = received;
    expect(message && readFileSync(message.rawPath).equals(raw)).toBe(true);
    expect(logger.errors.join('\n')).toContain(message?.messageId);

    // Kept for the next pass: handled again (a failure keeps it waiting), then never again.
    const again: InboundMessage[] = [];
    const failing = async () => {
      throw new Error('database still down');
    };
    expect(await retryKeptMessages(rawMailDir, failing, logger)).toEqual({ handled: 0, waiting: 1 });
    const handler = async (kept: InboundMessage) => {
      again.push(kept);
    };
    expect(await retryKeptMessages(rawMailDir, handler, logger)).toEqual({ handled: 1, waiting: 0 });
    expect(again).toEqual([message]);
    expect(await retryKeptMessages(rawMailDir, handler, logger)).toEqual({ handled: 0, waiting: 0 });
  });

  it('refuses a message over the size limit and keeps nothing of it', async () => {
    const before = readdirSync(rawMailDir).length;
    const big = Buffer.concat([raw, Buffer.alloc(100 * 1024, 'x\r\n')]);
    await expect(
      send({ from: 'a@example.com', to: ['reply+x@in.gratitude.localhost'] }, big),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(received).toHaveLength(0);
    expect(readdirSync(rawMailDir)).toHaveLength(before);
  });
});

describe('the HTTP adapter (API Gateway HTTP API, payload 2.0)', () => {
  let base: string;
  let port: number;
  let events: APIGatewayProxyEventV2[];
  let respond: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  let logger: ReturnType<typeof quietLogger>;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    logger = quietLogger();
    const http = await startHttpAdapter({
      port: await freePort(),
      maxBodyBytes: 64 * 1024,
      logger,
      handler: async (event) => {
        events.push(event);
        return respond(event);
      },
    });
    base = http.url;
    port = http.port;
    stop = http.stop;
  });
  beforeEach(() => {
    events = [];
    respond = async () => ({ statusCode: 200, body: 'ok' });
  });
  afterAll(() => stop());

  /** node:http rather than fetch, to control repeated headers and exact body bytes. */
  const send = (options: {
    method: string;
    path: string;
    headers?: Record<string, string | string[]>;
    body?: Buffer;
  }) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (done, fail) => {
        const req = request(
          { host: '127.0.0.1', port, method: options.method, path: options.path },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', fail);
        for (const [name, value] of Object.entries(options.headers ?? {})) req.setHeader(name, value);
        req.end(options.body);
      },
    );

  it('turns a GET into a well-formed v2 event: query, cookies, headers, request context', async () => {
    const before = Date.now();
    await send({
      method: 'GET',
      path: '/confirm?token=ab%2Bc&x=1&x=2&empty=',
      headers: { Cookie: 'a=1; b=2', 'X-Repeated': ['one', 'two'], 'User-Agent': 'jest-test' },
    });
    expect(events).toHaveLength(1);
    const [event] = events;
    if (!event) return;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/confirm',
      rawQueryString: 'token=ab%2Bc&x=1&x=2&empty=',
      queryStringParameters: { token: 'ab+c', x: '1,2', empty: '' },
      cookies: ['a=1', 'b=2'],
      isBase64Encoded: false,
    });
    expect(event.body).toBeUndefined();
    expect(event.headers['x-repeated']).toBe('one,two');
    expect(event.headers['user-agent']).toBe('jest-test');
    expect(event.headers.host).toBe(`127.0.0.1:${port}`);
    expect(event.headers.cookie).toBeUndefined();
    expect(event.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(Object.keys(event.headers).every((name) => name === name.toLowerCase())).toBe(true);
    const context = event.requestContext;
    expect(context.http).toEqual({
      method: 'GET',
      path: '/confirm',
      protocol: 'HTTP/1.1',
      sourceIp: '127.0.0.1',
      userAgent: 'jest-test',
    });
    expect(context).toMatchObject({ stage: '$default', routeKey: '$default', domainName: '127.0.0.1' });
    expect(context.requestId).toEqual(expect.any(String));
    expect(context.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(context.timeEpoch).toBeGreaterThanOrEqual(before);
  });

  it('omits queryStringParameters and cookies when there are none', async () => {
    await send({ method: 'GET', path: '/health' });
    expect(events[0]?.rawQueryString).toBe('');
    expect(events[0]?.queryStringParameters).toBeUndefined();
    expect(events[0]?.cookies).toBeUndefined();
  });

  it('passes a form body as text', async () => {
    await send({
      method: 'POST',
      path: '/unsubscribe?token=t',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: Buffer.from('List-Unsubscribe=One-Click'),
    });
    expect(events[0]).toMatchObject({ body: 'List-Unsubscribe=One-Click', isBase64Encoded: false });
    expect(events[0]?.requestContext.http.method).toBe('POST');
  });

  it('passes a multipart body base64-encoded, byte for byte', async () => {
    const body = Buffer.concat([
      Buffer.from(
        '--XyZ\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n' +
          '--XyZ\r\nContent-Disposition: form-data; name="f"; filename="b.bin"\r\n\r\n',
      ),
      Buffer.from([0x00, 0xff, 0xfe, 0x80]),
      Buffer.from('\r\n--XyZ--\r\n'),
    ]);
    await send({
      method: 'POST',
      path: '/unsubscribe?token=t',
      headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' },
      body,
    });
    const [event] = events;
    expect(event?.isBase64Encoded).toBe(true);
    expect(Buffer.from(event?.body ?? '', 'base64').equals(body)).toBe(true);
  });

  it("writes back the handler's status, headers, cookies and body", async () => {
    respond = async () => ({
      statusCode: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': 60 },
      cookies: ['s=1; HttpOnly', 't=2'],
      body: '{"error":{"code":"rate_limited"}}',
    });
    const response = await send({ method: 'POST', path: '/subscribe' });
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['retry-after']).toBe('60');
    expect(response.headers['set-cookie']).toEqual(['s=1; HttpOnly', 't=2']);
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(response.body.toString()).toBe('{"error":{"code":"rate_limited"}}');
  });

  it('decodes a base64 response body', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x00, 0xff]);
    respond = async () => ({ statusCode: 200, body: bytes.toString('base64'), isBase64Encoded: true });
    const response = await send({ method: 'GET', path: '/log.csv' });
    expect(response.body.equals(bytes)).toBe(true);
  });

  it('answers a plain 500 without the error when the handler throws', async () => {
    respond = async () => {
      throw new Error('secret internals at /srv/app.ts:12');
    };
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ message: 'Internal Server Error' });
    expect(text).not.toContain('secret');
    expect(logger.errors.join('\n')).toContain('/boom');
  });

  it('refuses a body over the limit with 413 without calling the handler', async () => {
    const response = await send({
      method: 'POST',
      path: '/subscribe',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.alloc(65 * 1024, 'a'),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({
      error: { code: 'payload_too_large', message: 'The request is larger than the 64 KB accepted.' },
    });
    expect(events).toHaveLength(0);
  });
});

describe('the scheduler loop', () => {
  it('never overlaps a slow pass, keeps going after a failure and waits for the pass in progress on stop', async () => {
    let running = 0;
    let maxRunning = 0;
    let passes = 0;
    const logger = quietLogger();
    const scheduler = startScheduler({
      intervalMs: 10,
      immediate: true,
      logger,
      pass: async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        passes += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        running -= 1;
        if (passes === 1) throw new Error('first pass fails');
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await scheduler.stop();
    const after = passes;
    expect(running).toBe(0);
    expect(maxRunning).toBe(1);
    expect(after).toBeGreaterThanOrEqual(3);
    expect(logger.errors).toEqual(['[scheduler] pass failed']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(passes).toBe(after);
  });
});

describe('local configuration', () => {
  it('keeps one HMAC key per data directory, private to the user, across restarts', () => {
    const dataDir = tempDir('env');
    try {
      const first = localConfig({ LOCAL_DATA_DIR: dataDir });
      const second = localConfig({ LOCAL_DATA_DIR: dataDir });
      expect(JSON.parse(first.hmacKeys)).toEqual({ current: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(second.hmacKeys).toBe(first.hmacKeys);
      expect(statSync(join(dataDir, 'hmac-keys.json')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('points the handlers and the SDK at the local parts and never at AWS', () => {
    const dataDir = tempDir('env');
    try {
      const env: Record<string, string | undefined> = {
        AWS_ACCESS_KEY_ID: 'AKIAREALKEY',
        AWS_SESSION_TOKEN: 'token',
        HMAC_SECRET_ARN: 'arn:aws:secretsmanager:...',
      };
      applyLocalEnv(localConfig({ LOCAL_DATA_DIR: dataDir, PORT: '4100', DYNAMODB_PORT: '4101' }), env);
      expect(env).toMatchObject({
        TABLE_NAME: 'gratitude',
        SENDER: 'Gratitude Week <hello@gratitude.localhost>',
        INBOUND_DOMAIN: 'in.gratitude.localhost',
        PUBLIC_URL: 'http://localhost:4100',
        DUE_SHARDS: '4',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: expect.stringMatching(/^[A-Za-z0-9]+$/),
        AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:4101',
        AWS_ENDPOINT_URL_SESV2: 'http://127.0.0.1:8005',
        RAW_MAIL_DIR: join(dataDir, 'raw-mail'),
        LOCAL_DATA_DIR: dataDir,
      });
      expect(env.POSTAL_ADDRESS).toBeTruthy();
      expect(env.AWS_SESSION_TOKEN).toBeUndefined();
      expect(env.HMAC_SECRET_ARN).toBeUndefined();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('rejects a port that is not a number, naming the variable', () => {
    expect(() => localConfig({ SMTP_PORT: 'abc', LOCAL_DATA_DIR: tempDir('env') })).toThrow(/SMTP_PORT=abc/);
  });
});

describe('npm start (functions/local/main.ts)', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  const startMain = (env: Record<string, string>) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, ...env, SCHEDULER_INTERVAL_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const waitFor = async (pattern: RegExp, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`main exited with ${child.exitCode}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((done) => setTimeout(done, 50));
      }
      return output;
    };
    return { child, exited, waitFor, output: () => output };
  };

  /** `npm start`'s main on four free ports and its own data directory. */
  const startMainOnFreePorts = async () => {
    const dataDir = tempDir('main');
    const [port = 0, sesPort = 0, smtpPort = 0, dynamoDbPort = 0] = await freePorts(4);
    const main = startMain({
      PORT: String(port),
      SES_PORT: String(sesPort),
      SMTP_PORT: String(smtpPort),
      DYNAMODB_PORT: String(dynamoDbPort),
      LOCAL_DATA_DIR: dataDir,
    });
    return { main, dataDir, port, sesPort, smtpPort, dynamoDbPort };
  };

  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  /** Whether a TCP connection to `host:port` is accepted. */
  const accepts = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });

  it('becomes ready, answers GET /health, and on SIGTERM exits 0 leaving no Java behind', async () => {
    const { main, dataDir, port, sesPort, smtpPort, dynamoDbPort } = await startMainOnFreePorts();
    try {
      const banner = await main.waitFor(/Press Ctrl-C to stop/, 60_000);
      expect(banner).toContain(`http://localhost:${port}/`);
      expect(banner).toContain(`http://localhost:${sesPort}/`);
      expect(banner).toContain(`localhost:${smtpPort}`);
      expect(banner).toContain('in.gratitude.localhost');
      const javaPid = Number(/java pid (\d+)/.exec(banner)?.[1]);
      expect(isAlive(javaPid)).toBe(true);

      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      await health.arrayBuffer();
      expect((await fetch(`http://127.0.0.1:${sesPort}/health-check`)).status).toBe(200);
      expect(readdirSync(join(dataDir, 'dynamodb'))).toContain('shared-local-instance.db');

      // Nothing answers from beyond the machine: DynamoDB Local is on loopback like the rest.
      expect(banner).not.toContain('listens on every network interface');
      const external = Object.values(networkInterfaces())
        .flat()
        .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
      expect(external).toBeDefined();
      expect(await accepts('127.0.0.1', dynamoDbPort)).toBe(true);
      for (const open of [dynamoDbPort, port, sesPort, smtpPort]) {
        expect({ open, external: await accepts(external ?? '', open) }).toEqual({ open, external: false });
      }

      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);
      expect(isAlive(javaPid)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('stops with exit 1 naming DynamoDB Local when Java dies under it, rather than run on looking healthy', async () => {
    const { main, dataDir } = await startMainOnFreePorts();
    try {
      const banner = await main.waitFor(/Press Ctrl-C to stop/, 60_000);
      const javaPid = Number(/java pid (\d+)/.exec(banner)?.[1]);
      process.kill(javaPid, 'SIGKILL');
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain('DynamoDB Local stopped unexpectedly');
      // The data it had written stays on disk for the next start.
      expect(readdirSync(join(dataDir, 'dynamodb'))).toContain('shared-local-instance.db');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('exits 1 naming the variable to change when a port is taken, starting nothing', async () => {
    const dataDir = tempDir('main');
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const taken = (holder.address() as { port: number }).port;
    try {
      const [port, smtpPort, dynamoDbPort] = (await freePorts(4)).filter((p) => p !== taken);
      const main = startMain({
        PORT: String(port),
        SES_PORT: String(taken),
        SMTP_PORT: String(smtpPort),
        DYNAMODB_PORT: String(dynamoDbPort),
        LOCAL_DATA_DIR: dataDir,
      });
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain(`port ${taken} (SES emulator) is already in use: set SES_PORT`);
      expect(main.output()).not.toContain('Press Ctrl-C');
    } finally {
      holder.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
