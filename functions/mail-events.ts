/** EventBridge entry point for SES configuration-set events: suppress hard bounces and complaints. */
import type { EventBridgeEvent } from 'aws-lambda';
import { toMailEvent } from './core/ses-events';
import { handleMailEvent } from './core/use-cases/mail-events';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { tablePart } from './runtime/parts/table';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['mail-events'], { table: tablePart });
deps().catch(() => undefined);

export const handler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const mailEvent = toMailEvent(event.detail);
  if (!mailEvent) {
    console.log(
      JSON.stringify({ level: 'INFO', message: 'Ignored SES event', detailType: event['detail-type'] }),
    );
    return;
  }
  const results = await handleMailEvent(await deps(), mailEvent);
  console.log(JSON.stringify({ level: 'INFO', message: 'SES event applied', kind: mailEvent.kind, results }));
};
