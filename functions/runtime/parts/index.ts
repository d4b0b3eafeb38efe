/**
 * Which parts of the configuration each Lambda entry point uses. The entry points build exactly
 * these (importing only their SDK clients, so each bundle carries only what it calls); an
 * infrastructure test checks that the stack gives each function what its parts need.
 */
export type Part =
  | 'table'
  | 'links'
  | 'mail'
  | 'queue'
  | 'outbox'
  | 'rawMail'
  | 'rawMailDeletions'
  | 'inboundQueue';

export type Env = Record<string, string | undefined>;

export const FUNCTION_PARTS = {
  // "Delete my data" asks the receive function, which holds the raw mail, to delete it.
  'http-api': ['table', 'links', 'outbox', 'rawMailDeletions'],
  dispatch: ['table', 'queue'],
  // The prompts; it sends the group summary a recap may complete itself.
  'send-prompt': ['table', 'links', 'mail'],
  'send-mail': ['table', 'links', 'mail'],
  // The intake: the raw mail in S3 (read, and deleted as asked), read and handed on.
  'receive-mail': ['rawMail', 'inboundQueue'],
  // What was written, understood: the subscribers, the receipts, and the raw mail of mail for
  // someone who deleted their data, deleted through the intake.
  'understand-mail': ['table', 'links', 'outbox', 'rawMailDeletions'],
  // A bounce may take the last member out of a group's week: its summary goes through the mail queue.
  'mail-events': ['table', 'outbox'],
} as const satisfies Record<string, readonly Part[]>;
