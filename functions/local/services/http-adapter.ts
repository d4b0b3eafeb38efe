/** An HTTP server that turns requests into API Gateway HTTP API events (payload format 2.0). */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { consoleLogger, LOOPBACK, type Logger, listen, once } from './common';

export type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface HttpAdapterOptions {
  port: number;
  host?: string;
  handler: HttpHandler;
  /** API Gateway allows 10 MB and Lambda 6 MB per invocation: refuse bigger bodies with 413. */
  maxBodyBytes?: number;
  logger?: Logger;
}

export interface HttpAdapter {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves `handler` over HTTP the way an API Gateway HTTP API with a `$default` route does. */
const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} KB`;

export async function startHttpAdapter(options: HttpAdapterOptions): Promise<HttpAdapter> {
  const { port, host = LOOPBACK, handler, logger = consoleLogger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 6 * 1024 * 1024;

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      logger.error(`[http] ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) writeJson(res, 500, { message: 'Internal Server Error' });
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') {
      // The service's error shape, as every other refusal: what went wrong and the limit.
      writeJson(res, 413, {
        error: {
          code: 'payload_too_large',
          message: `The request is larger than the ${sizeOf(maxBodyBytes)} accepted.`,
        },
      });
      return;
    }
    const event = toApiGatewayEvent(req, body);
    let result: unknown;
    try {
      result = await handler(event);
    } catch (error) {
      logger.error(`[http] handler threw for ${event.requestContext.http.method} ${event.rawPath}`, error);
      writeJson(res, 500, { message: 'Internal Server Error' });
      return;
    }
    writeResult(res, result);
  }

  await listen(server, port, host, 'HTTP');
  const stop = once(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Requests in progress get a moment to finish (their handler may be mid-write); idle
      // keep-alive connections go at once.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2_000).unref();
    });
  });
  return { url: `http://${host}:${port}`, port, stop };
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Content types API Gateway passes through as text; every other body arrives base64-encoded
 * with `isBase64Encoded: true` (multipart included).
 */
function isTextContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/x-www-form-urlencoded' ||
    type === 'application/xml' ||
    type === 'application/javascript' ||
    type.endsWith('+json') ||
    type.endsWith('+xml')
  );
}

/** Builds the payload format 2.0 event, as API Gateway would for this request. */
export function toApiGatewayEvent(
  req: IncomingMessage,
  body: Buffer,
  now = new Date(),
): APIGatewayProxyEventV2 {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
  const rawQueryString = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const sourceIp = (req.socket.remoteAddress ?? LOOPBACK).replace(/^::ffff:/, '');

  // Repeated headers are joined with commas; cookies move to their own array, as in format 2.0.
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (values === undefined) continue;
    if (name === 'cookie') {
      cookies = values.flatMap((value) => value.split(';').map((part) => part.trim())).filter(Boolean);
      continue;
    }
    headers[name] = values.join(',');
  }
  headers['x-forwarded-for'] = headers['x-forwarded-for']
    ? `${headers['x-forwarded-for']}, ${sourceIp}`
    : sourceIp;
  headers['x-forwarded-proto'] ??= 'http';
  headers['x-forwarded-port'] ??= String(req.socket.localPort ?? '');

  let queryStringParameters: Record<string, string> | undefined;
  if (rawQueryString !== '') {
    queryStringParameters = {};
    for (const [key, value] of new URLSearchParams(rawQueryString)) {
      const previous = queryStringParameters[key];
      queryStringParameters[key] = previous === undefined ? value : `${previous},${value}`;
    }
  }

  const domainName = (headers.host ?? 'localhost').replace(/:\d+$/, '');
  const method = (req.method ?? 'GET').toUpperCase();
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomBytes(10).toString('base64'),
      routeKey: '$default',
      stage: '$default',
      time: apiGatewayTime(now),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
  if (cookies !== undefined && cookies.length > 0) event.cookies = cookies;
  if (queryStringParameters !== undefined) event.queryStringParameters = queryStringParameters;
  if (body.length > 0) {
    const text = isTextContentType(headers['content-type']);
    event.body = text ? body.toString('utf8') : body.toString('base64');
    event.isBase64Encoded = !text;
  }
  return event;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000`, the CLF timestamp API Gateway puts in `requestContext.time`. */
function apiGatewayTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

/**
 * Writes the handler's result back. Like API Gateway, a result without `statusCode` (a plain
 * string or object) is sent as a 200 JSON body; a malformed one becomes a 500.
 */
function writeResult(res: ServerResponse, result: unknown): void {
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    if (typeof result === 'string') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(result) });
      res.end(result);
    } else {
      writeJson(res, 200, result ?? null);
    }
    return;
  }
  const structured = result as APIGatewayProxyStructuredResultV2;
  const status = structured.statusCode ?? 200;
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new Error(`handler returned an invalid statusCode: ${String(status)}`);
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  if (structured.cookies !== undefined && structured.cookies.length > 0) {
    const existing = headers['set-cookie'];
    headers['set-cookie'] = [...(existing === undefined ? [] : [existing].flat()), ...structured.cookies];
  }
  const body =
    structured.body === undefined
      ? undefined
      : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
  // API Gateway answers with a Content-Length, never chunked.
  headers['content-length'] = String(body?.length ?? 0);
  res.writeHead(status, headers);
  res.end(body);
}

function writeJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length) });
  res.end(body);
}
