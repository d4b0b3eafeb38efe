/**
 * Inbound mail: replies to prompts, replies to the welcome, `start@` and the mailto unsubscribe.
 *
 * Primary course:
 * 1. Record the SES message id; a second delivery of the same message stops here.
 * 2. Mail that failed the spam, virus or DMARC checks is recorded and goes no further.
 * 3. The recipient says what the message is: `reply+<token>` (the token names person and day),
 *    `start` (subscribe), `unsubscribe+<token>`. A forged or unknown token is recorded, nothing
 *    else is written.
 * 4. The raw MIME (kept by the receipt rule) is parsed: the participant's words, whom they
 *    thanked, any command, and whether it is an auto-reply (recorded, never answered: no loops).
 * 5. A command is applied (STOP, PAUSE, RESUME, RESTART) and confirmed by email; a reply to the
 *    welcome confirms the subscription; otherwise the reply is logged for its day (several replies
 *    append) and a receipt says what was understood.
 * A failure before the outcome is recorded forgets the message id, so a retry handles it again.
 */
import { commandEmail, receiptEmail } from '../emails';
import { AppError, InvalidTokenError } from '../errors';
import type { InboundOutcome, OutboundEmail, ReadReply, ReplyCommand } from '../ports';
import { representativeZoneForOffset } from '../schedule';
import type { InboundMail } from '../ses-receipt';
import { confirm, isMailable, pause, restart, resume, type Subscriber, unsubscribe } from '../subscriber';
import { verifyToken } from '../tokens';
import type { Deps } from './deps';
import { subscribe } from './subscribe';
import { applyTransition } from './transition';

type InboundDeps = Pick<
  Deps,
  | 'store'
  | 'rateLimiter'
  | 'mailer'
  | 'renderer'
  | 'ids'
  | 'clock'
  | 'links'
  | 'postalAddress'
  | 'rawMail'
  | 'inboundLog'
  | 'readReply'
>;

type Route =
  | { kind: 'reply'; token: string }
  | { kind: 'start' }
  | { kind: 'unsubscribe'; token: string }
  | { kind: 'unroutable' };

export function routeOf(recipient: string, inboundDomain: string): Route {
  const at = recipient.lastIndexOf('@');
  const local = recipient.slice(0, at).toLowerCase();
  const domain = recipient.slice(at + 1).toLowerCase();
  if (at < 0 || domain !== inboundDomain.toLowerCase()) return { kind: 'unroutable' };
  const [box = '', tag = ''] = local.split('+', 2);
  if (box === 'reply' && tag) return { kind: 'reply', token: tag };
  if (box === 'unsubscribe' && tag) return { kind: 'unsubscribe', token: tag };
  if (box === 'start') return { kind: 'start' };
  return { kind: 'unroutable' };
}

const COMMAND_TRANSITIONS = {
  stop: { transition: unsubscribe, email: 'stopped' },
  pause: { transition: pause, email: 'paused' },
  resume: { transition: resume, email: 'resumed' },
  restart: { transition: restart, email: 'restarted' },
} as const;

async function send(deps: InboundDeps, sub: Subscriber | null, email: (s: Subscriber) => OutboundEmail) {
  if (sub && isMailable(sub)) await deps.mailer.send(email(sub));
}

async function applyCommand(
  deps: InboundDeps,
  sub: Subscriber,
  command: ReplyCommand,
): Promise<InboundOutcome> {
  const { transition, email } = COMMAND_TRANSITIONS[command];
  let updated: Subscriber | null;
  try {
    updated = await applyTransition(deps, sub.id, transition);
  } catch (error) {
    // e.g. PAUSE from someone not yet confirmed: nothing to change, nothing to answer.
    if (error instanceof AppError && error.code === 'invalid_transition') return 'command';
    throw error;
  }
  const now = deps.clock.now();
  // The goodbye goes out even though the address is now unsubscribed: it is the answer to STOP.
  if (updated && (command === 'stop' ? updated.status === 'unsubscribed' : isMailable(updated))) {
    await deps.mailer.send(commandEmail(deps, updated, email, now));
  }
  return command === 'stop' ? 'unsubscribed' : 'command';
}

async function handleReply(deps: InboundDeps, mail: InboundMail, token: string, reply: ReadReply) {
  const now = deps.clock.now();
  const { subscriberId, day } = verifyToken(deps.links.keys, token, 'reply', now);
  const sub = await deps.store.get(subscriberId);
  if (!sub) return { outcome: 'unknown-subscriber' as const };
  if (reply.autoReply) return { outcome: 'auto-reply' as const, subscriberId };
  const log = () =>
    deps.store.logReply(sub.id, sub.week, {
      day,
      receivedAt: mail.receivedAt.toISOString(),
      messageId: mail.messageId,
      text: reply.text,
      thanked: reply.thanked,
    });
  if (reply.command) {
    // "Thanked my mom. PAUSE please": the thanks are logged too; the command's answer is the reply.
    if (day > 0 && reply.thanked.length > 0) await log();
    return { outcome: await applyCommand(deps, sub, reply.command), subscriberId };
  }
  if (day === 0) {
    // A reply to the welcome email is the confirmation.
    await applyTransition(deps, sub.id, confirm);
    return { outcome: 'confirmed' as const, subscriberId };
  }
  await log();
  await send(deps, sub, (s) => receiptEmail(deps, s, { day, thanked: reply.thanked, note: reply.text }, now));
  return { outcome: 'logged' as const, subscriberId };
}

async function handleStart(deps: InboundDeps, reply: ReadReply): Promise<InboundOutcome> {
  if (reply.autoReply || !reply.from) return reply.autoReply ? 'auto-reply' : 'unroutable';
  const timezone =
    reply.dateOffsetMinutes === null
      ? 'UTC'
      : representativeZoneForOffset(reply.dateOffsetMinutes, reply.date ?? undefined);
  await subscribe(deps, {
    email: reply.from.address,
    name: reply.from.name,
    timezone,
    sendHour: 8,
    client: 'mail',
  });
  return 'subscribed';
}

async function handle(
  deps: InboundDeps,
  mail: InboundMail,
): Promise<{ outcome: InboundOutcome; subscriberId?: string }> {
  if (mail.failedChecks.length > 0) return { outcome: 'rejected-verdict' };
  const route = mail.recipients
    .map((r) => routeOf(r, deps.links.inboundDomain))
    .find((r) => r.kind !== 'unroutable');
  if (!route) return { outcome: 'unroutable' };
  try {
    if (route.kind === 'unsubscribe') {
      const { subscriberId } = verifyToken(deps.links.keys, route.token, 'unsubscribe', deps.clock.now());
      await applyTransition(deps, subscriberId, unsubscribe);
      return { outcome: 'unsubscribed', subscriberId };
    }
    const raw = await deps.rawMail.get(mail.messageId);
    if (!raw) throw new Error(`Raw message ${mail.messageId} is missing from the raw-mail store`);
    const reply = await deps.readReply(raw);
    if (route.kind === 'start') return { outcome: await handleStart(deps, reply) };
    return await handleReply(deps, mail, route.token, reply);
  } catch (error) {
    if (error instanceof InvalidTokenError) return { outcome: 'invalid-token' };
    throw error;
  }
}

export async function receiveMail(
  deps: InboundDeps,
  mail: InboundMail,
): Promise<InboundOutcome | 'duplicate'> {
  if (!(await deps.inboundLog.begin(mail.messageId, mail.receivedAt))) return 'duplicate';
  try {
    const { outcome, subscriberId } = await handle(deps, mail);
    await deps.inboundLog.finish(mail.messageId, outcome, subscriberId);
    return outcome;
  } catch (error) {
    await deps.inboundLog.abandon(mail.messageId).catch(() => undefined);
    throw error;
  }
}
