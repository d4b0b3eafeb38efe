/**
 * Which parts of the configuration each Lambda entry point uses. The entry points build exactly
 * these (importing only their SDK clients, so each bundle carries only what it calls); an
 * infrastructure test checks that the stack gives each function what its parts need.
 */
export type Part = 'table' | 'mail' | 'queue' | 'rawMail';

export type Env = Record<string, string | undefined>;

export const FUNCTION_PARTS = {
  'http-api': ['table', 'mail', 'rawMail'],
  dispatch: ['table', 'queue'],
  'send-prompt': ['table', 'mail'],
  'receive-mail': ['table', 'mail', 'rawMail'],
  'mail-events': ['table'],
} as const satisfies Record<string, readonly Part[]>;
