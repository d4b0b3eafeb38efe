/**
 * Configuration from the environment, parsed with zod once per cold start. Each function parses
 * only the sections it uses, and a missing or malformed value fails at start with its name.
 */
import * as z from 'zod/mini';
import { ENV } from './env';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const tokenKeys = z.object({
  current: z.string().check(z.minLength(32)),
  previous: z.optional(z.string().check(z.minLength(32))),
});

export const tableSection = z.pipe(
  z.object({
    [ENV.tableName]: nonEmpty,
    [ENV.dueShards]: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(64)), 4),
  }),
  z.transform((env) => ({ tableName: env[ENV.tableName], dueShards: env[ENV.dueShards] })),
);

/** What signs links and reply addresses and fills every footer (the web, inbound and mail functions). */
export const linksSection = z.pipe(
  z
    .object({
      [ENV.sender]: nonEmpty,
      [ENV.inboundDomain]: z
        .string()
        .check(z.trim(), z.minLength(1), z.regex(/^[a-z0-9.-]+$/i, 'a domain name')),
      [ENV.publicUrl]: z.url({ protocol: /^https?$/ }),
      [ENV.postalAddress]: nonEmpty,
      [ENV.hmacSecretArn]: z.optional(nonEmpty),
      [ENV.hmacKeys]: z.optional(nonEmpty),
      [ENV.receiptsPerDay]: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000))),
    })
    .check(
      z.refine((env) => env[ENV.hmacSecretArn] !== undefined || env[ENV.hmacKeys] !== undefined, {
        message: `one of ${ENV.hmacSecretArn} or ${ENV.hmacKeys} is required`,
      }),
    ),
  z.transform((env) => ({
    sender: env[ENV.sender],
    inboundDomain: env[ENV.inboundDomain].toLowerCase(),
    publicUrl: env[ENV.publicUrl],
    postalAddress: env[ENV.postalAddress],
    receiptsPerDay: env[ENV.receiptsPerDay],
    hmac:
      env[ENV.hmacKeys] !== undefined
        ? ({ kind: 'inline', json: env[ENV.hmacKeys] } as const)
        : ({ kind: 'secret', arn: env[ENV.hmacSecretArn] as string } as const),
  })),
);

/** Sending through SES (the functions that send: prompts and the mail queue's). */
export const sesSection = z.pipe(
  z.object({ [ENV.sender]: nonEmpty, [ENV.configurationSet]: z.optional(nonEmpty) }),
  z.transform((env) => ({ sender: env[ENV.sender], configurationSet: env[ENV.configurationSet] })),
);

export const outboxSection = z.pipe(
  z.object({ [ENV.mailQueueUrl]: z.url() }),
  z.transform((env) => ({ mailQueueUrl: env[ENV.mailQueueUrl] })),
);

export const rawMailDeletionsSection = z.pipe(
  z.object({ [ENV.rawMailDeletionQueueUrl]: z.url() }),
  z.transform((env) => ({ queueUrl: env[ENV.rawMailDeletionQueueUrl] })),
);

export const inboundQueueSection = z.pipe(
  z.object({ [ENV.inboundQueueUrl]: z.url() }),
  z.transform((env) => ({ queueUrl: env[ENV.inboundQueueUrl] })),
);

export const queueSection = z.pipe(
  z.object({ [ENV.sendQueueUrl]: z.url() }),
  z.transform((env) => ({ sendQueueUrl: env[ENV.sendQueueUrl] })),
);

export const rawMailSection = z.pipe(
  z.object({ [ENV.rawMailBucket]: nonEmpty }),
  z.transform((env) => ({ bucket: env[ENV.rawMailBucket] })),
);

export type TableConfig = z.infer<typeof tableSection>;
export type LinksConfig = z.infer<typeof linksSection>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses one section of the environment or throws a `ConfigError` naming every bad variable. */
export function parseSection<T>(schema: z.ZodMiniType<T>, env: Record<string, string | undefined>): T {
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
