/**
 * Each function's environment, as the stack sets it, is enough for the configuration parts its
 * entry point builds at cold start: a function deployed without a variable it needs fails here,
 * not in production.
 */

import { buildDeps } from '../../functions/runtime/container';
import { FUNCTION_PARTS } from '../../functions/runtime/parts';
import { GratitudeFunction } from '../../infra/constructs/gratitude-function';
import { buildTestApp, resourceOf } from './helpers';

// Values CloudFormation would resolve at deploy time, as plausible strings.
const SAMPLE_VALUES: Record<string, string> = {
  PUBLIC_URL: 'https://abc123.execute-api.eu-west-1.amazonaws.com',
  SEND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/sends',
  MAIL_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/mail',
  RAW_MAIL_DELETION_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/raw-mail-deletions',
  INBOUND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/inbound',
  DUE_SHARDS: '4',
};

describe('function configuration', () => {
  const { service, serviceTemplate } = buildTestApp();
  const functions = service.node
    .findAll()
    .filter((c): c is GratitudeFunction => c instanceof GratitudeFunction);

  it('covers all seven entry points', () => {
    expect(functions.map((f) => f.entry).sort()).toEqual(Object.keys(FUNCTION_PARTS).sort());
  });

  it.each(Object.keys(FUNCTION_PARTS) as (keyof typeof FUNCTION_PARTS)[])(
    '%s gets what its parts need',
    async (entry) => {
      const fn = functions.find((f) => f.entry === entry);
      if (!fn) throw new Error(`no function for ${entry}`);
      const variables: Record<string, unknown> = resourceOf(serviceTemplate, fn.fn).Properties.Environment
        .Variables;
      const env = Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [
          name,
          typeof value === 'string' ? value : (SAMPLE_VALUES[name] ?? `resolved-${name}`),
        ]),
      );
      // The secret is fetched at cold start; here inline keys stand in for it when the ARN is bound.
      if (env.HMAC_SECRET_ARN) env.HMAC_KEYS = JSON.stringify({ current: 'k'.repeat(40) });
      env.AWS_LAMBDA_FUNCTION_NAME = entry;
      await expect(buildDeps(env, {}, FUNCTION_PARTS[entry])).resolves.toBeDefined();
    },
  );
});
