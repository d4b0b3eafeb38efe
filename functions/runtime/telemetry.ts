/**
 * Structured logs and metrics for the Lambda entry points (Powertools Logger and Metrics): one
 * JSON object per line that CloudWatch Logs Insights can query, with a correlation id per
 * invocation (API request id, SES message id, SQS message id), and metrics in CloudWatch's
 * embedded metric format, flushed at the end of each invocation. No email address is ever logged:
 * a person appears as `subscriberRef`, a hash of their id.
 */
import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { Telemetry } from '../core/ports';
import { METRICS_NAMESPACE, type MetricName, SERVICE_NAME } from './telemetry-names';

export const logger = new Logger({ serviceName: SERVICE_NAME });
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/** Adds `value` to a metric of this invocation. */
export function count(name: MetricName, value = 1): void {
  if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}

/** Counts one under a dimension (e.g. replies by outcome), published at once as its own record. */
export function countBy(name: MetricName, dimension: string, value: string, n = 1): void {
  const single = metrics.singleMetric();
  single.addDimension(dimension, value);
  single.addMetric(name, MetricUnit.Count, n);
}

/** The use cases' telemetry port on these: their warnings are log lines, their counts metrics. */
export const telemetry: Telemetry = {
  warn: (message, fields) => logger.warn(message, fields),
  count: (metric, value = 1) => count(metric as MetricName, value),
};

/** A stable, non-reversible reference to a person for logs: never their address or raw id. */
export function subscriberRef(subscriberId: string): string {
  return createHash('sha256').update(`gratitude-week:${subscriberId}`).digest('hex').slice(0, 16);
}

/**
 * Runs one invocation with the Lambda context and a correlation id on every log line, then
 * publishes its metrics and forgets its keys (whether it succeeded or threw).
 */
export async function observe<T>(
  context: Context | undefined,
  correlationId: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (context) logger.addContext(context);
  if (correlationId) logger.setCorrelationId(correlationId);
  try {
    return await work();
  } finally {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    logger.resetKeys();
  }
}
