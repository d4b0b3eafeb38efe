/** EventBridge entry point for SES configuration-set events: suppress hard bounces and complaints. */
import type { EventBridgeEvent } from 'aws-lambda';
import { toMailEvent } from './core/ses-events';
import { handleMailEvent } from './core/use-cases/mail-events';
import { deps } from './runtime/container';
import { FUNCTION_PARTS } from './runtime/parts';

const PARTS = FUNCTION_PARTS['mail-events'];
// Built at cold start so that bad configuration fails fast; a failure is retried per invocation.
deps(PARTS).catch(() => undefined);

export const handler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const mailEvent = toMailEvent(event.detail);
  if (!mailEvent) {
    console.log(
      JSON.stringify({ level: 'INFO', message: 'Ignored SES event', detailType: event['detail-type'] }),
    );
    return;
  }
  const results = await handleMailEvent(await deps(PARTS), mailEvent);
  console.log(JSON.stringify({ level: 'INFO', message: 'SES event applied', kind: mailEvent.kind, results }));
};
