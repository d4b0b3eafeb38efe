/**
 * Configuration from the environment, parsed with zod once per cold start. Each function parses
 * only the sections it uses, and a missing or malformed value fails at start with its name.
 */
import { z } from 'zod';
import { ENV } from './env';

const nonEmpty = z.string().trim().min(1);

const tokenKeys = z.object({ current: z.string().min(32), previous: z.string().min(32).optional() });

export const tableSection = z
  .object({
    [ENV.tableName]: nonEmpty,
    [ENV.dueShards]: z.coerce.number().int().min(1).max(64).default(4),
  })
  .transform((env) => ({ tableName: env[ENV.tableName], dueShards: env[ENV.dueShards] }));

export const mailSection = z
  .object({
    [ENV.sender]: nonEmpty,
    [ENV.inboundDomain]: nonEmpty.regex(/^[a-z0-9.-]+$/i, 'a domain name'),
    [ENV.publicUrl]: z.url({ protocol: /^https?$/ }),
    [ENV.postalAddress]: nonEmpty,
    [ENV.configurationSet]: nonEmpty.optional(),
    [ENV.hmacSecretArn]: nonEmpty.optional(),
    [ENV.hmacKeys]: nonEmpty.optional(),
    [ENV.receiptsPerDay]: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .refine((env) => env[ENV.hmacSecretArn] !== undefined || env[ENV.hmacKeys] !== undefined, {
    message: `one of ${ENV.hmacSecretArn} or ${ENV.hmacKeys} is required`,
  })
  .transform((env) => ({
    sender: env[ENV.sender],
    inboundDomain: env[ENV.inboundDomain].toLowerCase(),
    publicUrl: env[ENV.publicUrl],
    postalAddress: env[ENV.postalAddress],
    configurationSet: env[ENV.configurationSet],
    receiptsPerDay: env[ENV.receiptsPerDay],
    hmac:
      env[ENV.hmacKeys] !== undefined
        ? ({ kind: 'inline', json: env[ENV.hmacKeys] } as const)
        : ({ kind: 'secret', arn: env[ENV.hmacSecretArn] as string } as const),
  }));

export const queueSection = z
  .object({ [ENV.sendQueueUrl]: z.url() })
  .transform((env) => ({ sendQueueUrl: env[ENV.sendQueueUrl] }));

export const rawMailSection = z
  .object({ [ENV.rawMailBucket]: nonEmpty })
  .transform((env) => ({ bucket: env[ENV.rawMailBucket] }));

export type TableConfig = z.infer<typeof tableSection>;
export type MailConfig = z.infer<typeof mailSection>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses one section of the environment or throws a `ConfigError` naming every bad variable. */
export function parseSection<T>(schema: z.ZodType<T>, env: Record<string, string | undefined>): T {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Parses the HMAC key JSON (`{"current": "...", "previous": "..."}`) from a secret or the env. */
export function parseTokenKeys(json: string): { current: string; previous?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ConfigError('HMAC keys are not valid JSON', { cause: error });
  }
  const result = tokenKeys.safeParse(parsed);
  if (!result.success) throw new ConfigError('HMAC keys must look like {"current": "<at least 32 chars>"}');
  return result.data;
}
