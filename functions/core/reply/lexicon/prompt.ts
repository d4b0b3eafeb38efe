/**
 * Marks of a quoted prompt when a client quoted it with no attribution line and no ">" markers.
 * They describe any of our prompts (past or present wording), not one template: the day line,
 * the footer's commands, the ask to reply. Lowercase substrings of one line.
 */
import { phrases } from './text';
export const PROMPT_MARKERS: readonly string[] = phrases(`
reply stop to unsubscribe|stop to unsubscribe|pause to take a break|manage preferences|
manage your preferences|you're getting this because|you are getting this because|
you’re getting this because|signed up for gratitude week|reply to this email and tell|
just reply to this email|reply to this email|tell us who you thanked|tell me who you thanked|
tell me whom you thanked|tell us whom you thanked|need an example?|the gratitude week team|
see you tomorrow|unsubscribe:
`);

/** "Day 3 of 7", "Day 3 —", "Day 3:" at the start of a line, as our prompts open. */
export const DAY_LINE = /^\s*(?:\*\*)?day\s+[1-7](?:\s+of\s+7)?\s*(?:—|–|-|:)/i;

/** A greeting line ("Hi Dana,") that opens a quoted prompt. */
export const PROMPT_GREETING = /^\s*(?:hi|hello|hey|dear|good morning)\b[^.!?]{0,40}[,!]?\s*$/i;
