/** HTTP API (API Gateway v2) entry point: every route of the web pages and JSON endpoints. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { deps } from './runtime/container';
import { handleHttp } from './runtime/http/app';
import { FUNCTION_PARTS } from './runtime/parts';

const PARTS = FUNCTION_PARTS['http-api'];
// Built at cold start so that bad configuration fails fast; a failure is retried per invocation.
deps(PARTS).catch(() => undefined);

export const handler = (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  handleHttp(() => deps(PARTS), event);
