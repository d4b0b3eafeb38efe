/** Signed links and reply addresses: the HMAC keys that sign them, the public URL, the footer's address. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { type LinksConfig, linksSection, parseSection, parseTokenKeys } from '../config';
import type { Env } from './index';

/** The address in an RFC 5322 mailbox: `Gratitude Week <hello@example.org>` gives `hello@example.org`. */
export function addressOf(mailbox: string): string {
  return (/<([^>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim().toLowerCase();
}

let secrets: SecretsManagerClient | undefined;

/** The keys as the secret holds them now (re-read with the other parts, see `PARTS_MAX_AGE_MS`). */
async function loadTokenKeys(hmac: LinksConfig['hmac']) {
  if (hmac.kind === 'inline') return parseTokenKeys(hmac.json as string);
  secrets ??= new SecretsManagerClient({});
  const secret = await secrets.send(new GetSecretValueCommand({ SecretId: hmac.arn }));
  return parseTokenKeys(secret.SecretString ?? '');
}

export async function linksPart(env: Env) {
  const config = parseSection(linksSection, env);
  return {
    links: {
      publicUrl: config.publicUrl,
      inboundDomain: config.inboundDomain,
      keys: await loadTokenKeys(config.hmac),
      senderAddress: addressOf(config.sender),
    },
    postalAddress: config.postalAddress,
    ...(config.receiptsPerDay === undefined
      ? {}
      : { inboundLimits: { receiptsPerDay: config.receiptsPerDay } }),
  };
}
