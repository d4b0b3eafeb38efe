/**
 * The names the service logs and counts under, shared by the functions that emit the metrics and
 * the stack that graphs them and raises alarms on them (which must not import Powertools itself).
 */
export const SERVICE_NAME = 'gratitude-week';
export const METRICS_NAMESPACE = 'GratitudeWeek';

/** Custom metrics (CloudWatch embedded metric format), all counts. */
export const METRIC = {
  /** Prompts (days 1..7) accepted by SES. */
  promptsSent: 'PromptsSent',
  /** Recaps (after day 7) accepted by SES. */
  recapsSent: 'RecapsSent',
  /** Reconnect emails (thirty days after the recap) accepted by SES. */
  reconnectsSent: 'ReconnectsSent',
  /** Send jobs that failed and return to the queue (SES throttling, an outage). */
  sendFailures: 'SendFailures',
  /** Transactional emails (welcome, receipts, answers, group emails) accepted by SES, by `kind`. */
  mailSent: 'MailSent',
  /** Mail requests that failed and return to the mail queue (SES throttling, an outage). */
  mailFailures: 'MailFailures',
  /** Due subscribers a dispatch pass queued. */
  promptsQueued: 'PromptsQueued',
  /** Inbound messages the intake read and handed on to be understood. */
  mailTakenIn: 'InboundTakenIn',
  /** Handed-on inbound messages that failed and return to the inbound queue (an outage, a bad body). */
  inboundFailures: 'InboundFailures',
  /** Inbound messages by `outcome` (logged, confirmed, command, auto-reply, invalid-token, ...). */
  inboundMail: 'InboundMail',
  /** People named in parsed replies. */
  namesFound: 'NamesFound',
  /** Receipts: replies logged and answered with what was understood. */
  receipts: 'Receipts',
  /** Messages the reply parser could not read (they are kept and retried). */
  parserErrors: 'ParserErrors',
  /** SES bounce events by `kind` (hard, soft). */
  bounces: 'Bounces',
  complaints: 'Complaints',
  /** Subscribe requests by `result`: accepted, invalid, refused (rate limit), failed. */
  subscriptions: 'Subscriptions',
  /** HTTP responses of 500 and above: the alarm on the http function is raised on this. */
  httpServerErrors: 'HttpServerErrors',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];
