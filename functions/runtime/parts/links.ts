/** Signed links and reply addresses: the HMAC keys that sign them, the public URL, the footer's address. */
import { type LinksConfig, linksSection, parseSection, parseTokenKeys } from '../config';
import type { Env } from './index';

/** The address in an RFC 5322 mailbox: `Gratitude Week <hello@example.org>` gives `hello@example.org`. */
export function addressOf(mailbox: string): string {
  return (/<([^>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim().toLowerCase();
}

/**
 * The secret's value through the Parameters and Secrets extension the stack gives each function
 * that signs (`signsLinks`): a local HTTP endpoint that caches the secret, asked with the
 * function's session token, so no SDK client is bundled for one read.
 */
export async function secretFromExtension(arn: string, env: Env = process.env): Promise<string> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const response = await fetch(
    `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(arn)}`,
    { headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' } },
  );
  if (!response.ok) throw new Error(`The secrets extension answered ${response.status} for the HMAC keys`);
  const body = (await response.json()) as { SecretString?: unknown };
  if (typeof body.SecretString !== 'string') throw new Error('The HMAC keys secret holds no string');
  return body.SecretString;
}

/** The keys as the secret holds them now (re-read with the other parts, see `PARTS_MAX_AGE_MS`). */
async function loadTokenKeys(hmac: LinksConfig['hmac'], env: Env) {
  if (hmac.kind === 'inline') return parseTokenKeys(hmac.json as string);
  return parseTokenKeys(await secretFromExtension(hmac.arn, env));
}

export async function linksPart(env: Env) {
  const config = parseSection(linksSection, env);
  return {
    links: {
      publicUrl: config.publicUrl,
      inboundDomain: config.inboundDomain,
      keys: await loadTokenKeys(config.hmac, env),
      senderAddress: addressOf(config.sender),
    },
    postalAddress: config.postalAddress,
    ...(config.receiptsPerDay === undefined
      ? {}
      : { inboundLimits: { receiptsPerDay: config.receiptsPerDay } }),
  };
}
