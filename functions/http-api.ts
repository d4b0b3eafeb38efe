/** HTTP API (API Gateway v2) entry point: every route of the web pages and JSON endpoints. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { composition } from './runtime/compose';
import { handleHttp } from './runtime/http/app';
import { FUNCTION_PARTS } from './runtime/parts';
import { linksPart } from './runtime/parts/links';
import { outboxPart } from './runtime/parts/outbox';
import { rawMailDeletionsPart } from './runtime/parts/raw-mail-deletions';
import { tablePart } from './runtime/parts/table';
import { count, countBy, observe } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['http-api'], {
  table: tablePart,
  links: linksPart,
  outbox: outboxPart,
  rawMailDeletions: rawMailDeletionsPart,
});
deps().catch(() => undefined);

function subscribeResult(status: number): string {
  if (status < 400) return 'accepted';
  if (status === 429) return 'refused';
  return status < 500 ? 'invalid' : 'failed';
}

export const handler = (
  event: APIGatewayProxyEventV2,
  context?: Context,
): Promise<APIGatewayProxyStructuredResultV2> =>
  observe(context, event.requestContext.requestId, async () => {
    const result = await handleHttp(deps, event);
    const status = result.statusCode ?? 200;
    // A failure is answered with a friendly page, so Lambda sees no error: count it here.
    if (status >= 500) count(METRIC.httpServerErrors);
    if (event.requestContext.http.method === 'POST' && event.rawPath === '/subscribe') {
      countBy(METRIC.subscriptions, 'result', subscribeResult(status));
    }
    return result;
  });
