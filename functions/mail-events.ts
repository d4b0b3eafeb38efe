/** EventBridge entry point for SES configuration-set events: suppress hard bounces and complaints. */
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { toMailEvent } from './core/ses-events';
import { handleMailEvent } from './core/use-cases/mail-events';
import { composition } from './runtime/compose';
import { FUNCTION_PARTS } from './runtime/parts';
import { outboxPart } from './runtime/parts/outbox';
import { memberTablePart } from './runtime/parts/table';
import { count, countBy, logger, observe } from './runtime/telemetry';
import { METRIC } from './runtime/telemetry-names';

// Only this function's parts (and SDK clients) are bundled. Built at cold start so that bad
// configuration fails fast; a failure is retried per invocation.
const deps = composition(FUNCTION_PARTS['mail-events'], { table: memberTablePart, outbox: outboxPart });
deps().catch(() => undefined);

export const handler = async (event: EventBridgeEvent<string, unknown>, context?: Context): Promise<void> =>
  observe(context, event.id, async () => {
    const mailEvent = toMailEvent(event.detail);
    if (!mailEvent) {
      logger.info('Ignored SES event', { detailType: event['detail-type'] });
      return;
    }
    const n = mailEvent.recipients.length;
    if (mailEvent.kind === 'complaint') count(METRIC.complaints, n);
    else countBy(METRIC.bounces, 'kind', mailEvent.kind === 'hard-bounce' ? 'hard' : 'soft', n);
    const results = await handleMailEvent(await deps(), mailEvent);
    // Addresses stay out of the logs: how many were known, and what became of them.
    logger.info('SES event applied', {
      kind: mailEvent.kind,
      recipients: n,
      statuses: results.map((r) => r.status),
    });
  });
