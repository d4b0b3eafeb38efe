/** Sending mail: SES, the compiled templates, and the HMAC keys that sign every link and reply address. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../../adapters/ses/mailer';
import { templateRenderer } from '../../adapters/templates/renderer';
import { type MailConfig, mailSection, parseSection, parseTokenKeys } from '../config';
import type { Env } from './index';

const ses = new SESv2Client({});

/** The address in an RFC 5322 mailbox: `Gratitude Week <hello@example.org>` gives `hello@example.org`. */
export function addressOf(mailbox: string): string {
  return (/<([^>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim().toLowerCase();
}

let secrets: SecretsManagerClient | undefined;

/** The keys as the secret holds them now (re-read with the other parts, see `PARTS_MAX_AGE_MS`). */
async function loadTokenKeys(hmac: MailConfig['hmac']) {
  if (hmac.kind === 'inline') return parseTokenKeys(hmac.json as string);
  secrets ??= new SecretsManagerClient({});
  const secret = await secrets.send(new GetSecretValueCommand({ SecretId: hmac.arn }));
  return parseTokenKeys(secret.SecretString ?? '');
}

export async function mailPart(env: Env) {
  const mail = parseSection(mailSection, env);
  return {
    mailer: new SesMailer(ses, { sender: mail.sender, configurationSet: mail.configurationSet }),
    renderer: templateRenderer,
    links: {
      publicUrl: mail.publicUrl,
      inboundDomain: mail.inboundDomain,
      keys: await loadTokenKeys(mail.hmac),
      senderAddress: addressOf(mail.sender),
    },
    postalAddress: mail.postalAddress,
    ...(mail.receiptsPerDay === undefined ? {} : { inboundLimits: { receiptsPerDay: mail.receiptsPerDay } }),
  };
}
