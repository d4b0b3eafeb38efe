/** Real-shaped API Gateway HTTP API (payload 2.0) events. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export function httpEvent(input: {
  method?: string;
  path: string;
  query?: Record<string, string>;
  body?: string | Record<string, unknown>;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  sourceIp?: string;
}): APIGatewayProxyEventV2 {
  const method = input.method ?? 'GET';
  const query = new URLSearchParams(input.query ?? {});
  const headers: Record<string, string> = { host: 'gratitude.test', 'user-agent': 'jest', ...input.headers };
  let body: string | undefined;
  if (input.form) {
    body = new URLSearchParams(input.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (input.body !== undefined) {
    body = typeof input.body === 'string' ? input.body : JSON.stringify(input.body);
    headers['content-type'] ??= 'application/json';
  }
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: input.path,
    rawQueryString: query.toString(),
    headers,
    queryStringParameters: input.query,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'gratitude.test',
      domainPrefix: 'gratitude',
      http: {
        method,
        path: input.path,
        protocol: 'HTTP/1.1',
        sourceIp: input.sourceIp ?? '198.51.100.7',
        userAgent: 'jest',
      },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:12:00:00 +0000',
      timeEpoch: 1795608000000,
    },
    body,
    isBase64Encoded: false,
  };
}
