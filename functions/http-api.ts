/** HTTP API (API Gateway v2) entry point: every route of the web pages and JSON endpoints. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { composition } from './runtime/compose';
import { handleHttp } from './runtime/http/app';
import { FUNCTION_PARTS } from './runtime/parts';
import { mailPart } from './runtime/parts/mail';
import { rawMailPart } from './runtime/parts/raw-mail';
import { tablePart } from './runtime/parts/table';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['http-api'], {
  table: tablePart,
  mail: mailPart,
  rawMail: rawMailPart,
});
deps().catch(() => undefined);

export const handler = (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  handleHttp(deps, event);
