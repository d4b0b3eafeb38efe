/**
 * Inbound mail: replies to prompts, replies to the welcome, `start@` and the mailto unsubscribe.
 *
 * Primary course:
 * 1. Take the message's lease (SES message id); a second delivery of a handled message stops
 *    here, and a handling that died (timeout, crash) is taken over once its lease runs out.
 * 2. Mail that failed the spam, virus or DMARC checks is recorded and goes no further.
 * 3. The recipient says what the message is: `reply+<token>` (the token names person, day and
 *    week), `start` (subscribe), `unsubscribe+<token>`. A forged token is recorded, nothing else
 *    is written; mail for someone who deleted their data is dropped, raw mail included.
 * 4. The message is read (the raw MIME the receipt rule kept, parsed by the intake and handed on
 *    through the inbound queue): the participant's words, whom they thanked, any command, and
 *    whether it is an auto-reply (recorded, never answered: no loops).
 *    The same Message-ID from the same sender counts once.
 * 5. Only mail from the subscriber's own, authenticated address changes anything. From anyone
 *    else a command is ignored and words are held until the person adds them from their log page
 *    (they are told, at their own address).
 * 6. A command is applied (STOP, PAUSE, RESUME, RESTART) and answered; a reply to the welcome
 *    confirms (answered with when the first prompt arrives, as the confirm page says it); a reply to a receipt that corrects the day ("his name is Craig, not Greg", "remove
 *    Greg", "that was for day 3") edits that day's entries and the receipt shows the whole
 *    corrected day; otherwise the reply is logged for its day and week (several replies append)
 *    and a receipt says what was understood, and how to fix it when the reading was unsure.
 *    Daily limits keep floods from becoming floods of mail.
 * A failure before the outcome is recorded gives the lease back, so a retry handles it again.
 * A parser error (the parser never throws; it notes the error) is logged and counted.
 */

import { entriesOf, foldName } from '../day-edits';
import { AppError, InvalidTokenError, RateLimitedError, RetryableError, ValidationError } from '../errors';
import type { MailRequest, ReceiptRequest } from '../mail-request';
import type { InboundOutcome, ReadReply, ReplyCommand, ThankedEntry } from '../ports';
import { mailClient, RATE_KEYS } from '../rate-keys';
import { type Correction, readCorrections } from '../reply/corrections';
import { representativeZoneForOffset } from '../schedule';
import { isFromSubscriber, messageDedupeKey } from '../sender';
import type { InboundMail } from '../ses-receipt';
import { confirm, isMailable, pause, restart, resume, type Subscriber, unsubscribe } from '../subscriber';
import { verifyToken } from '../tokens';
import type { MemberDeps } from './deps';
import { editDay } from './edit-day';
import { afterLeavingWeek, afterPauseOrResume, countConfirmedMember, countGroupReply } from './groups';
import { subscribe } from './subscribe';
import { applyTransition } from './transition';

type InboundDeps = Pick<
  MemberDeps,
  | 'store'
  | 'groups'
  | 'rateLimiter'
  | 'outbox'
  | 'ids'
  | 'clock'
  | 'links'
  | 'rawMailDeletions'
  | 'inboundLog'
  | 'readReply'
  | 'inboundLimits'
  | 'telemetry'
>;

/** The counter of replies the parser failed on (it returns an empty reading and a note instead). */
export const PARSER_ERRORS_METRIC = 'ParserErrors';
const PARSER_ERROR_NOTE = 'parser error';

/** A receipt that says how sure the reading was: unsure when a cut or a name was a guess. */
const unsure = (reply: ReadReply) =>
  reply.confidence === 'low' || (reply.thankedSomeone && reply.thanked.length === 0);

/**
 * People the reply names besides those in its corrections ("remove Greg, and I called Anna too"):
 * anyone whose name shares a word with a corrected entry is the correction itself, not an addition.
 */
function additionsBeside(thanked: readonly ThankedEntry[], corrections: Correction[]): ThankedEntry[] {
  const refs = corrections.flatMap((c) =>
    c.kind === 'replace' ? [c.right, ...(c.wrong ? [c.wrong] : [])] : c.kind === 'remove' ? [c.who] : [],
  );
  const named = new Set(refs.flatMap((ref) => foldName(ref.text).split(' ')));
  const relationships = new Set(refs.map((ref) => ref.relationship));
  return thanked.filter(
    (person) =>
      !foldName(person.name)
        .split(' ')
        .some((word) => named.has(word)) && !(person.relationship && relationships.has(person.relationship)),
  );
}

/** A parser error must not vanish into an empty reading: it is logged and counted. */
function watchParser(deps: Pick<MemberDeps, 'telemetry'>, mail: InboundMail, reply: ReadReply): void {
  const errors = reply.notes.filter((note) => note.startsWith(PARSER_ERROR_NOTE));
  if (errors.length === 0) return;
  deps.telemetry.warn('The reply parser failed on a message', {
    messageId: mail.messageId,
    notes: errors,
    confidence: reply.confidence,
  });
  deps.telemetry.count(PARSER_ERRORS_METRIC);
}

const DAY_SECONDS = 24 * 3600;

/** The limits on inbound mail, per person and UTC day unless said otherwise (stated in the README). */
export const INBOUND_LIMITS = {
  /** Receipts a day; later replies are still logged, and the last receipt says so. */
  receiptsPerDay: 5,
  /** Answers to STOP, PAUSE, RESUME and RESTART a day. */
  commandAnswersPerDay: 5,
  /** Emails saying a reply from another address is held. */
  heldNoticesPerDay: 2,
  /** Replies logged or held a day; beyond it the raw mail is kept and the excess is recorded. */
  entriesPerDay: 50,
  /** Characters of one reply's words kept in the log; the whole message stays in the raw mail. */
  maxNoteChars: 10_000,
  /** People recorded from one reply, and the characters of each name. */
  maxThankedPerReply: 25,
  maxNameChars: 200,
  /**
   * How long a handling holds a message before a retry may take it over: longer than the receive
   * function's 60-second timeout, shorter than Lambda's first retry of an Event invocation.
   */
  leaseSeconds: 90,
} as const;

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

/** Counts one use of a person's daily allowance; `last` is true for the final allowed one. */
async function allowance(deps: InboundDeps, key: string, limit: number) {
  const { allowed, count } = await deps.rateLimiter.hit(key, limit, DAY_SECONDS, deps.clock.now());
  return { allowed, last: count === limit };
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
  // STOP and RESTART take a member out of their group's week; PAUSE and RESUME move them out of
  // and back into the members their group's summary waits for.
  await afterLeavingWeek(deps, updated, now);
  if (command === 'pause' || command === 'resume') await afterPauseOrResume(deps, updated, now);
  // The goodbye goes out even though the address is now unsubscribed: it is the answer to STOP.
  if (updated && (command === 'stop' ? updated.status === 'unsubscribed' : isMailable(updated))) {
    const { allowed } = await allowance(deps, RATE_KEYS.answers(sub.id), INBOUND_LIMITS.commandAnswersPerDay);
    if (allowed) {
      await deps.outbox.post({
        kind: 'command',
        subscriberId: sub.id,
        command: email,
        at: now.toISOString(),
      });
    }
  }
  return command === 'stop' ? 'unsubscribed' : 'command';
}

/** The reply cut to what one log entry holds; `cut` says whether anything was left out. */
export function fitted(reply: Pick<ReadReply, 'text' | 'thanked'>) {
  const { maxNoteChars, maxThankedPerReply, maxNameChars } = INBOUND_LIMITS;
  let text = reply.text;
  if (text.length > maxNoteChars) {
    text = text.slice(0, maxNoteChars);
    // Never leave half of a surrogate pair at the end.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  const clip = (value: string) => (value.length > maxNameChars ? value.slice(0, maxNameChars) : value);
  const thanked = reply.thanked.slice(0, maxThankedPerReply).map((person) => ({
    name: clip(person.name),
    relationship: person.relationship && clip(person.relationship),
    channel: person.channel ?? null,
  }));
  const cut =
    text !== reply.text ||
    reply.thanked.length > maxThankedPerReply ||
    reply.thanked.some((person) => person.name.length > maxNameChars);
  return { text, thanked, cut };
}

/** The day as it stands, if `messageId` is already in the person's log (as a correction or a reply). */
async function correctedBefore(
  deps: InboundDeps,
  subscriberId: string,
  week: number,
  day: number,
  messageId: string,
): Promise<{ day: number; thanked: ThankedEntry[] } | null> {
  if (!(await deps.store.replyMessageIds(subscriberId)).includes(messageId)) return null;
  const { replies } = await deps.store.weekActivity(subscriberId, week);
  return { day, thanked: entriesOf(replies, day) };
}

function receiptRequest(subscriberId: string, now: Date, receipt: ReceiptRequest): MailRequest {
  return { kind: 'receipt', subscriberId, at: now.toISOString(), receipt };
}

async function postIfAllowed(
  deps: InboundDeps,
  key: string,
  limit: number,
  request: (last: boolean) => MailRequest,
) {
  const { allowed, last } = await allowance(deps, key, limit);
  if (allowed) await deps.outbox.post(request(last));
}

async function handleReply(
  deps: InboundDeps,
  mail: InboundMail,
  token: string,
  reply: ReadReply,
): Promise<{ outcome: InboundOutcome; subscriberId?: string }> {
  const now = deps.clock.now();
  const claims = verifyToken(deps.links.keys, token, 'reply', now);
  const { day } = claims;
  const sub = await deps.store.get(claims.subscriberId);
  if (!sub) return { outcome: 'unknown-subscriber' };
  const from = reply.from?.address ?? null;
  const dedupeKey = from && reply.messageIdHeader ? messageDedupeKey(from, reply.messageIdHeader) : undefined;
  await deps.inboundLog.link(mail.messageId, sub.id, dedupeKey);
  const result = (outcome: InboundOutcome) => ({ outcome, subscriberId: sub.id });
  if (reply.autoReply) return result('auto-reply');
  if (dedupeKey && !(await deps.inboundLog.firstDelivery(dedupeKey, mail.messageId, now))) {
    return result('duplicate-message');
  }
  // A late reply lands in the week of the email it answers (old tokens: the current week).
  const week = claims.week ?? sub.week;
  const entry = {
    day,
    receivedAt: mail.receivedAt.toISOString(),
    messageId: mail.messageId,
    ...fitted(reply),
  };
  const withinDailyCap = async () =>
    (await allowance(deps, RATE_KEYS.entries(sub.id), INBOUND_LIMITS.entriesPerDay)).allowed;

  if (!isFromSubscriber(sub.emailKey, from, mail)) {
    // Whoever holds a forwarded prompt must not act for its owner; they still have the links.
    const words = entry.text.trim() !== '' || entry.thanked.length > 0;
    if (reply.command || day === 0 || !words) return result('stranger-ignored');
    if (!(await withinDailyCap())) return result('over-daily-cap');
    const { cut: _cut, ...kept } = entry;
    await deps.store.holdReply(sub.id, { ...kept, week, from: from ?? mail.envelopeFrom });
    if (isMailable(sub)) {
      await postIfAllowed(deps, RATE_KEYS.held(sub.id), INBOUND_LIMITS.heldNoticesPerDay, () => ({
        kind: 'held',
        subscriberId: sub.id,
        at: now.toISOString(),
        held: { day, from: from ?? (mail.envelopeFrom || null) },
      }));
    }
    return result('held');
  }

  const log = async () => {
    const { cut: _cut, ...kept } = entry;
    await deps.store.logReply(sub.id, week, kept);
    // Counted with the log, a reply that also carries a command ("… PAUSE please") included.
    await countGroupReply(deps, sub, week, day, kept.thanked, kept.messageId);
  };
  if (reply.command) {
    // "Thanked my mom. PAUSE please": the thanks are logged too; the command's answer is the reply.
    if (day > 0 && entry.thanked.length > 0 && (await withinDailyCap())) await log();
    return result(await applyCommand(deps, sub, reply.command));
  }
  if (day === 0) {
    // A reply to the welcome email is the confirmation, answered once: when it started the week.
    const confirmed = await applyTransition(deps, sub.id, confirm);
    await countConfirmedMember(deps, confirmed);
    if (sub.status === 'pending' && confirmed && confirmed.status !== 'pending' && isMailable(confirmed)) {
      await deps.outbox.post({ kind: 'confirmed', subscriberId: sub.id, at: now.toISOString() });
    }
    return result('confirmed');
  }
  const receiptsPerDay = deps.inboundLimits?.receiptsPerDay ?? INBOUND_LIMITS.receiptsPerDay;
  // Only an answer to a receipt can correct: a prompt's reply saying "not Greg" is a new report.
  const { corrections } = claims.receipt === true ? readCorrections(entry.text) : { corrections: [] };
  if (corrections.length > 0) {
    const { cut: _cut, thanked, ...message } = entry;
    const corrected =
      (await editDay(deps, { id: sub.id, week, group: sub.group }, day, corrections, {
        record: message,
        additions: additionsBeside(thanked, corrections),
      })) ??
      // Nothing left to change because this very message changed it (a retry after the receipt
      // failed): answer it again, and never log the correction's words as a new report.
      (await correctedBefore(deps, sub.id, week, day, mail.messageId));
    if (corrected) {
      if (isMailable(sub)) {
        await postIfAllowed(deps, RATE_KEYS.receipts(sub.id), receiptsPerDay, (last) =>
          receiptRequest(sub.id, now, {
            ...corrected,
            week,
            note: entry.text,
            corrected: true,
            unsure: false,
            cutAtChars: null,
            last,
          }),
        );
      }
      return result('corrected');
    }
  }
  if (!(await withinDailyCap())) return result('over-daily-cap');
  await log();
  if (isMailable(sub)) {
    await postIfAllowed(deps, RATE_KEYS.receipts(sub.id), receiptsPerDay, (last) =>
      receiptRequest(sub.id, now, {
        day,
        week,
        thanked: entry.thanked,
        note: entry.text,
        corrected: false,
        unsure: unsure(reply),
        cutAtChars: entry.cut ? INBOUND_LIMITS.maxNoteChars : null,
        last,
      }),
    );
  }
  return result('logged');
}

async function handleStart(
  deps: InboundDeps,
  mail: InboundMail,
  reply: ReadReply,
): Promise<{ outcome: InboundOutcome; subscriberId?: string }> {
  if (reply.autoReply) return { outcome: 'auto-reply' };
  if (!reply.from) return { outcome: 'unroutable' };
  const sender = reply.from.address.trim().toLowerCase();
  const timezone =
    reply.dateOffsetMinutes === null
      ? 'UTC'
      : representativeZoneForOffset(reply.dateOffsetMinutes, reply.date ?? undefined);
  try {
    await subscribe(deps, {
      email: reply.from.address,
      name: reply.from.name,
      timezone,
      sendHour: 8,
      // Sign-ups by mail are limited per sender, as web sign-ups are per client.
      client: mailClient(sender),
    });
  } catch (error) {
    if (error instanceof ValidationError) return { outcome: 'refused-sender' };
    if (error instanceof RateLimitedError) return { outcome: 'rate-limited' };
    throw error;
  }
  // The message is theirs: it goes when they delete their data.
  const sub = await deps.store.findByEmail(sender);
  if (!sub) return { outcome: 'subscribed' };
  await deps.inboundLog.link(mail.messageId, sub.id);
  return { outcome: 'subscribed', subscriberId: sub.id };
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
      if (!(await deps.store.get(subscriberId))) return { outcome: 'unknown-subscriber' };
      await deps.inboundLog.link(mail.messageId, subscriberId);
      await afterLeavingWeek(deps, await applyTransition(deps, subscriberId, unsubscribe), deps.clock.now());
      return { outcome: 'unsubscribed', subscriberId };
    }
    const reply = await deps.readReply(mail);
    watchParser(deps, mail, reply);
    if (route.kind === 'start') return await handleStart(deps, mail, reply);
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
  const begun = await deps.inboundLog.begin(
    mail.messageId,
    mail.receivedAt,
    deps.clock.now(),
    INBOUND_LIMITS.leaseSeconds,
  );
  if (begun === 'duplicate') return 'duplicate';
  if (begun === 'in-flight') {
    // Another handler holds it (or died holding it): retry after the lease, never drop it.
    throw new RetryableError('inbound_in_flight', `Message ${mail.messageId} is being handled; retry later.`);
  }
  try {
    const { outcome, subscriberId } = await handle(deps, mail);
    // Mail for someone who deleted their data is not kept: their old addresses lead nowhere.
    if (outcome === 'unknown-subscriber') await deps.rawMailDeletions.request([mail.messageId]);
    await deps.inboundLog.finish(mail.messageId, outcome, subscriberId);
    return outcome;
  } catch (error) {
    await deps.inboundLog.abandon(mail.messageId).catch(() => undefined);
    throw error;
  }
}
