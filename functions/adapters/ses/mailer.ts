/**
 * SES v2 adapter: every email goes out as `SendEmail` with `Content.Simple` plus `Headers`, so the
 * List-Unsubscribe headers survive (and the local emulator keeps them too). Throttling becomes a
 * `RetryableError`; everything else propagates with its cause.
 */
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { RetryableError } from '../../core/errors';
import type { Mailer, OutboundEmail } from '../../core/ports';

const THROTTLING = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'LimitExceededException',
]);

export function isThrottling(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return THROTTLING.has(error.name) || status === 429;
}

export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly settings: { sender: string; configurationSet?: string | undefined },
  ) {}

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    const command = new SendEmailCommand({
      FromEmailAddress: this.settings.sender,
      Destination: { ToAddresses: [email.to] },
      ReplyToAddresses: email.replyTo ? [email.replyTo] : undefined,
      ConfigurationSetName: this.settings.configurationSet,
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: {
            Html: { Data: email.html, Charset: 'UTF-8' },
            Text: { Data: email.text, Charset: 'UTF-8' },
          },
          Headers: email.headers.map((h) => ({ Name: h.name, Value: h.value })),
        },
      },
    });
    try {
      const result = await this.client.send(command);
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      if (isThrottling(error))
        throw new RetryableError('ses_throttled', 'SES is throttling sends; retry later.', error);
      throw error;
    }
  }
}
