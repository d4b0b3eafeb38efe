/** The subscription commands a reply may carry, by name (what the inbound queue's messages hold). */
export const REPLY_COMMANDS = ['stop', 'pause', 'resume', 'restart'] as const;

export type ReplyCommand = (typeof REPLY_COMMANDS)[number];
