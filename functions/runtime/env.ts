/**
 * The one list of environment variables the Lambda functions read. `infra/` binds each variable
 * together with the grant it implies; `functions/runtime/config.ts` parses them at cold start.
 */
export const ENV = {
  /** DynamoDB single table (subscribers, claims, replies, rate limits). */
  tableName: 'TABLE_NAME',
  /** RFC 5322 From for every outbound email, e.g. `Gratitude Week <hello@example.com>`. */
  sender: 'SENDER',
  /** Domain that receives replies (`reply+<token>@`), `start@` and the mailto unsubscribe address. */
  inboundDomain: 'INBOUND_DOMAIN',
  /** Base of every link in emails and pages (https in production). */
  publicUrl: 'PUBLIC_URL',
  /** Postal address line printed in every email footer (CAN-SPAM). */
  postalAddress: 'POSTAL_ADDRESS',
  /** Secrets Manager secret holding the HMAC keys (`{"current":"...","previous":"..."}`). */
  hmacSecretArn: 'HMAC_SECRET_ARN',
  /** Local only: the HMAC keys themselves, in the same JSON shape, instead of a secret ARN. */
  hmacKeys: 'HMAC_KEYS',
  /** SES configuration set attached to every send (bounce and complaint events). */
  configurationSet: 'SES_CONFIGURATION_SET',
  /** SQS queue that the dispatcher fills and the send function drains. */
  sendQueueUrl: 'SEND_QUEUE_URL',
  /** SQS queue of transactional mail requests (welcome, receipts, answers), drained by the mail function. */
  mailQueueUrl: 'MAIL_QUEUE_URL',
  /** SQS queue of message ids whose raw mail is to be deleted, drained by the receive (intake) function. */
  rawMailDeletionQueueUrl: 'RAW_MAIL_DELETION_QUEUE_URL',
  /** SQS queue of inbound messages as the intake read them, drained by the understand function. */
  inboundQueueUrl: 'INBOUND_QUEUE_URL',
  /** S3 bucket holding raw inbound MIME, written by the SES receipt rule. */
  rawMailBucket: 'RAW_MAIL_BUCKET',
  /** Number of shards of the due index (a small integer; the dispatcher queries each). */
  dueShards: 'DUE_SHARDS',
  /**
   * Optional: receipts a person gets a day (default 5). Only the local demo raises it, since its
   * whole week passes in seconds.
   */
  receiptsPerDay: 'RECEIPTS_PER_DAY',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/** Key prefix under which the SES receipt rule stores each raw message (`<prefix><message id>`). */
export const RAW_MAIL_PREFIX = 'raw/';
