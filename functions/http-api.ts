/** HTTP API (API Gateway v2) entry point: every route of the web pages and JSON endpoints. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { deps } from './runtime/container';
import { handleHttp } from './runtime/http/app';

export const handler = (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => handleHttp(deps, event);
