/**
 * Deployment configuration, read from CDK context and validated once. Every problem is reported
 * together, naming the context key, so an operator fixes the whole file in one go. Nothing that
 * names a domain, an address or a region has a default.
 */
import * as z from 'zod';

/** Prefix of every context key this app reads. */
export const CONTEXT_PREFIX = 'gratitude:';

export const CONTEXT_KEYS = {
  region: 'gratitude:region',
  account: 'gratitude:account',
  sendingDomain: 'gratitude:sendingDomain',
  senderAddress: 'gratitude:senderAddress',
  inboundDomain: 'gratitude:inboundDomain',
  mailFromSubdomain: 'gratitude:mailFromSubdomain',
  postalAddress: 'gratitude:postalAddress',
  publicUrl: 'gratitude:publicUrl',
  activateReceiptRuleSet: 'gratitude:activateReceiptRuleSet',
  alarmEmail: 'gratitude:alarmEmail',
  sendMaxConcurrency: 'gratitude:sendMaxConcurrency',
  dueShards: 'gratitude:dueShards',
} as const;

type ConfigField = keyof typeof CONTEXT_KEYS;

/**
 * Regions with an SES email receiving endpoint (`inbound-smtp.<region>.amazonaws.com`), from the
 * "Email receiving endpoints" table of the AWS General Reference page "Amazon Simple Email Service
 * endpoints and quotas". SES receiving is not offered in every SES region; AWS adds regions over
 * time, so extend this list (after checking that table) rather than bypassing the check.
 */
export const SES_RECEIVING_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-northeast-1',
  'ap-northeast-2',
] as const;

/** What each key means, shown when it is missing. */
const HINTS: Record<ConfigField, string> = {
  region: `AWS region to deploy to; must offer SES email receiving (${SES_RECEIVING_REGIONS.join(', ')})`,
  account: 'optional 12-digit AWS account id (defaults to the account of your credentials)',
  sendingDomain: 'domain you send from, verified in SES with Easy DKIM, e.g. gratitude.example.org',
  senderAddress: 'From address on the sending domain, e.g. "Gratitude Week <hello@gratitude.example.org>"',
  inboundDomain: 'domain whose MX points to SES for replies, e.g. in.gratitude.example.org',
  mailFromSubdomain: 'label of the custom MAIL FROM domain under the sending domain, e.g. bounce',
  postalAddress: 'postal address line printed in every email footer (CAN-SPAM)',
  publicUrl: 'optional https base URL for links in emails (defaults to the API URL)',
  activateReceiptRuleSet: 'optional true/false (default false): make this stack own the active rule set',
  alarmEmail: 'optional address subscribed to the alarm topic',
  sendMaxConcurrency: 'optional integer 2-1000 (default 2): concurrent send functions',
  dueShards: 'optional integer 1-32 (default 4): shards of the due index',
};

const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) =>
      value.length <= 253 &&
      value.split('.').length >= 2 &&
      value.split('.').every((l) => DOMAIN_LABEL.test(l)),
    'must be a domain name such as gratitude.example.org (no scheme, no trailing dot)',
  );

/** `-c key=value` always yields strings; a context file may hold real booleans and numbers. */
const flag = z
  .union([z.boolean(), z.stringbool({ truthy: ['true'], falsy: ['false'] })], {
    error: 'must be true or false',
  })
  .optional()
  .default(false);

const integer = (min: number, max: number, fallback: number) =>
  z
    .union([z.number(), z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)])
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .default(fallback);

/** `Name <local@domain>` or a bare `local@domain`. */
const SENDER = /^(?:(?<name>[^<>]*\S)\s*<(?<angle>[^<>\s]+)>|(?<bare>[^<>\s]+))$/;

const schema = z
  .object({
    region: z.enum(SES_RECEIVING_REGIONS, {
      error: `must be a region with SES email receiving: ${SES_RECEIVING_REGIONS.join(', ')}`,
    }),
    account: z
      .string()
      .regex(/^\d{12}$/, 'must be a 12-digit AWS account id')
      .optional(),
    sendingDomain: domainName,
    senderAddress: z
      .string()
      .trim()
      .regex(SENDER, 'must look like "Name <local@domain>" or "local@domain"')
      .refine((value) => /\r|\n/.test(value) === false, 'must be one line'),
    inboundDomain: domainName,
    mailFromSubdomain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(DOMAIN_LABEL, 'must be a single DNS label such as bounce (not a full domain)'),
    postalAddress: z
      .string()
      .trim()
      .min(5, 'must be a real postal address line')
      .max(200, 'must be at most 200 characters')
      .refine((value) => /\r|\n/.test(value) === false, 'must be one line'),
    publicUrl: z
      .url({ protocol: /^https$/, error: 'must be an https URL such as https://gratitude.example.org' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
    activateReceiptRuleSet: flag,
    alarmEmail: z.email({ error: 'must be an email address' }).optional(),
    sendMaxConcurrency: integer(2, 1000, 2),
    dueShards: integer(1, 32, 4),
  })
  .superRefine((config, ctx) => {
    // Cross-field checks only once the fields they compare are valid on their own.
    if (!domainName.safeParse(config.sendingDomain).success) return;
    const match = SENDER.exec(config.senderAddress);
    const address = match?.groups?.angle ?? match?.groups?.bare ?? '';
    const email = z.email().safeParse(address);
    const domain = address.split('@')[1]?.toLowerCase() ?? '';
    if (!email.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['senderAddress'],
        message: 'does not contain a valid email address',
      });
    } else if (domain !== config.sendingDomain && !domain.endsWith(`.${config.sendingDomain}`)) {
      // SES authorises a send against the identity of the From domain: only the sending domain
      // (or a subdomain, which inherits its verification) is covered by this stack's identity.
      ctx.addIssue({
        code: 'custom',
        path: ['senderAddress'],
        message: `must be an address on ${config.sendingDomain} or one of its subdomains`,
      });
    }
    if (!DOMAIN_LABEL.test(config.mailFromSubdomain)) return;
    const mailFromDomain = `${config.mailFromSubdomain}.${config.sendingDomain}`;
    if (config.inboundDomain === mailFromDomain) {
      // One name cannot carry both MX records: inbound mail goes to inbound-smtp, MAIL FROM
      // bounces go to feedback-smtp.
      ctx.addIssue({
        code: 'custom',
        path: ['inboundDomain'],
        message: `must differ from the MAIL FROM domain ${mailFromDomain}`,
      });
    }
  });

export type GratitudeConfig = z.output<typeof schema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'invalid_cdk_context';

  constructor(readonly problems: string[]) {
    super(
      [
        `Gratitude Week: invalid CDK context (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
        ...problems.map((problem) => `  - ${problem}`),
        'Pass each key with -c key=value or put them in cdk.context.json; infra/context.example.json',
        'lists every key.',
      ].join('\n'),
    );
  }
}

/** Reads every `gratitude:` key through `tryGetContext` (e.g. `app.node.tryGetContext`). */
export function loadConfig(tryGetContext: (key: string) => unknown): GratitudeConfig {
  const raw: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(CONTEXT_KEYS)) {
    const value = tryGetContext(key);
    // An empty string means "not set", whether it came from `-c key=` or a blank JSON value.
    raw[field] = value === '' || value === null ? undefined : value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;

  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '') as ConfigField;
    const key = CONTEXT_KEYS[field] ?? '(context)';
    if (problems.has(key)) continue;
    const given = raw[field];
    problems.set(
      key,
      given === undefined
        ? `${key}: missing; ${HINTS[field]}`
        : `${key}: ${issue.message} (got ${JSON.stringify(given)})`,
    );
  }
  throw new ConfigError([...problems.values()]);
}
