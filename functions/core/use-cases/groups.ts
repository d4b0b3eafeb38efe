/**
 * Groups: a workshop, a team or a class doing the week together.
 *
 * 1. The organizer creates a group (name, start date, zone) and confirms it by email, like a
 *    subscriber; confirming sends the join link to share and the organizer's dashboard link.
 * 2. People join by its code (`POST /subscribe` with `group`): a place is taken while the group is
 *    open and under its limit, and their day 1 waits for the start date (see `confirm`).
 * 3. Counts are kept as things happen: a member confirming, a member's reply (once per day) and
 *    the people it names. The dashboard is one read of the group's item and shows counts only,
 *    withheld below three members.
 * 4. A member who leaves before their recap (STOP, a bounce, RESTART, deleted data) is counted
 *    out once; what they did before stays counted (see `GroupCounts`).
 * 5. After the week each member's recap says what the group did together, and the organizer gets
 *    a summary with the dashboard's numbers (claimed once): when every member still doing the
 *    week and not paused has had their recap (the last recap, leaving or pausing sends it), or
 *    at the group's summary deadline, by the scheduler pass, whatever the members are doing.
 * The organizer can close the join link and delete the group; members keep their own weeks.
 */
import { randomBytes } from 'node:crypto';
import type { Channel } from '../channels';
import { parseEmailAddress } from '../email-address';
import { AppError, ValidationError } from '../errors';
import {
  channelCounts,
  closeGroup as closed,
  confirmGroup as confirmed,
  type Dashboard,
  dashboardOf,
  everyoneRecapped,
  type Group,
  type GroupCounts,
  newGroup,
  normalizeGroupCode,
  summaryDeadline,
  summaryDue,
  type ThanksChange,
  validGroupName,
  validStartDate,
} from '../group';
import { DEFAULT_LANGUAGE, type Language } from '../language';
import { messages } from '../messages';
import type { SummaryJob } from '../ports';
import { canonicalTimeZone, isValidTimeZone } from '../schedule';
import { ConcurrentUpdateError, GroupCodeTakenError } from '../store-errors';
import type { Subscriber } from '../subscriber';
import { isGroupWeek, leftGroupWeek } from '../subscriber';
import { newSubscriberId, verifyGroupToken } from '../tokens';
import type { Deps, MemberDeps } from './deps';
import { enforceLimits, isOwnAddress } from './subscribe';

type GroupDeps = Pick<Deps, 'groups' | 'outbox' | 'links' | 'clock' | 'rateLimiter' | 'ids'>;

export interface CreateGroupRequest {
  organizerEmail: unknown;
  name: unknown;
  startDate: unknown;
  timezone?: unknown;
  language?: Language;
  /** Who is asking (client address or mail sender), for the rate limit. */
  client: string;
}

/** The organizer's address, its error naming the form's field. */
function organizerAddress(value: unknown) {
  try {
    return parseEmailAddress(value);
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(error.code, error.message, 'organizerEmail');
    throw error;
  }
}

export async function createGroup(
  deps: GroupDeps,
  request: CreateGroupRequest,
): Promise<{ status: 'pending' }> {
  const { address, key } = organizerAddress(request.organizerEmail);
  if (isOwnAddress(key, deps.links)) {
    throw new ValidationError(
      'own_address',
      'That address belongs to Gratitude Week itself. Please use your own.',
      'organizerEmail',
    );
  }
  const timezone = request.timezone === undefined || request.timezone === '' ? 'UTC' : request.timezone;
  if (!isValidTimeZone(timezone)) {
    throw new ValidationError('invalid_timezone', 'Please choose a time zone from the list.', 'timezone');
  }
  const now = deps.clock.now();
  const zone = canonicalTimeZone(timezone);
  const name = validGroupName(request.name);
  const startDate = validStartDate(request.startDate, zone, now);
  await enforceLimits(deps, request.client, key, now);
  for (let attempt = 0; attempt < 5; attempt++) {
    const group = newGroup({
      id: newSubscriberId(randomBytes(10)),
      code: deps.ids.groupCode(),
      name,
      organizerEmail: address,
      organizerEmailKey: key,
      startDate,
      timezone: zone,
      language: request.language ?? DEFAULT_LANGUAGE,
      now,
    });
    try {
      await deps.groups.create(group, summaryDeadline(group));
    } catch (error) {
      if (error instanceof GroupCodeTakenError) continue; // another group drew this code: draw again
      throw error;
    }
    await deps.outbox.post({ kind: 'group-confirm', groupId: group.id, at: now.toISOString() });
    return { status: 'pending' };
  }
  throw new Error('Could not find a free group code');
}

async function groupFor(
  deps: Pick<Deps, 'groups' | 'links'>,
  token: unknown,
  purpose: 'dashboard' | 'group-confirm',
  now: Date,
): Promise<Group> {
  const { groupId } = verifyGroupToken(deps.links.keys, token, purpose, now);
  const group = await deps.groups.get(groupId);
  if (!group) throw new AppError('unknown_group', 'This group no longer exists.', { status: 404 });
  return group;
}

/** The organizer's confirmation page reads the group; nothing changes until they press the button. */
export async function groupToConfirm(deps: GroupDeps, token: unknown): Promise<Group> {
  return groupFor(deps, token, 'group-confirm', deps.clock.now());
}

/** Applies `change` to the stored group, again from fresh data if someone saved meanwhile. */
async function changeGroup(
  deps: Pick<Deps, 'groups'>,
  group: Group,
  change: (g: Group) => Group,
): Promise<Group> {
  let current: Group | null = group;
  for (let attempt = 0; attempt < 3 && current; attempt++) {
    const next = change(current);
    if (next === current) return current;
    try {
      return await deps.groups.save(next);
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      current = await deps.groups.get(group.id);
    }
  }
  return current ?? group;
}

/** Confirms a group once; the first confirmation sends the join link and the dashboard link. */
export async function confirmGroup(deps: GroupDeps, token: unknown): Promise<Group> {
  const now = deps.clock.now();
  const group = await groupFor(deps, token, 'group-confirm', now);
  if (group.status !== 'pending') return group;
  const opened = await changeGroup(deps, group, (g) => confirmed(g, now));
  if (opened.confirmedAt === now.toISOString()) {
    await deps.outbox.post({ kind: 'group-ready', groupId: opened.id, at: now.toISOString() });
  }
  return opened;
}

export async function dashboardForToken(
  deps: Pick<Deps, 'groups' | 'links' | 'clock'>,
  token: unknown,
): Promise<{ group: Group; dashboard: Dashboard }> {
  const group = await groupFor(deps, token, 'dashboard', deps.clock.now());
  return { group, dashboard: dashboardOf(group, await deps.groups.counts(group.id)) };
}

/** The dashboard by code, for the operator's CLI. */
export async function dashboardForCode(deps: Pick<Deps, 'groups'>, code: string): Promise<Dashboard | null> {
  const normalized = normalizeGroupCode(code);
  const group = normalized ? await deps.groups.findByCode(normalized) : null;
  return group ? dashboardOf(group, await deps.groups.counts(group.id)) : null;
}

export async function closeGroup(
  deps: Pick<Deps, 'groups' | 'links' | 'clock'>,
  token: unknown,
): Promise<Group> {
  const group = await groupFor(deps, token, 'dashboard', deps.clock.now());
  return changeGroup(deps, group, closed);
}

export async function deleteGroup(
  deps: Pick<Deps, 'groups' | 'links' | 'clock'>,
  token: unknown,
): Promise<Group> {
  const group = await groupFor(deps, token, 'dashboard', deps.clock.now());
  await deps.groups.delete(group.id);
  return group;
}

/** The group behind a join code as people type it, or null. */
export async function groupByCode(deps: Pick<MemberDeps, 'groups'>, code: unknown): Promise<Group | null> {
  const normalized = normalizeGroupCode(code);
  return normalized ? deps.groups.findByCode(normalized) : null;
}

/** A member confirmed: the group has one more. */
export async function countConfirmedMember(deps: Pick<MemberDeps, 'groups'>, sub: Subscriber | null) {
  if (sub && isGroupWeek(sub) && sub.status !== 'pending')
    await deps.groups.countMember(sub.group.groupId, sub.id);
}

/**
 * A member's reply `messageId` for a day of the week: counted for their group, once per message
 * (a reply handled again after a failure or a redelivery adds nothing).
 */
export async function countGroupReply(
  deps: Pick<MemberDeps, 'groups'>,
  sub: Subscriber,
  week: number,
  day: number,
  thanked: readonly { channel?: Channel | null }[],
  messageId: string,
) {
  if (isGroupWeek(sub) && week === sub.week && day >= 1 && day <= 7) {
    await deps.groups.countReply(
      sub.group.groupId,
      sub.id,
      day,
      thanked.length,
      messageId,
      channelCounts(thanked),
    );
  }
}

/**
 * An edit of a member's log `week` was written (a correction by reply, an edit on the log page):
 * their group's counts follow it, once per written edit, if that week is the one they do with
 * their group.
 */
export async function countGroupEdit(
  deps: Pick<MemberDeps, 'groups'>,
  sub: Pick<Subscriber, 'id' | 'group'>,
  week: number,
  change: ThanksChange,
): Promise<void> {
  if (!sub.group || sub.group.week !== week) return;
  const changed = change.thanks.some((n) => n !== 0) || Object.values(change.channels).some((n) => n !== 0);
  if (changed) await deps.groups.adjustThanks(sub.group.groupId, sub.id, change);
}

/** What a member's recap says of the group: its total, or null outside a group or below the minimum. */
export async function groupRecapLine(
  deps: Pick<MemberDeps, 'groups'>,
  sub: Subscriber,
): Promise<string | null> {
  if (!isGroupWeek(sub)) return null;
  const group = await deps.groups.get(sub.group.groupId);
  if (!group) return null;
  const { thanksTotal } = dashboardOf(group, await deps.groups.counts(group.id));
  return thanksTotal === null ? null : messages(sub.language).groups.recapLine(group.name, thanksTotal);
}

type SummaryDeps = Pick<MemberDeps, 'groups' | 'outbox'>;

/**
 * Sends the organizer's summary when `due` says so of the counts as they stand after the caller's
 * own count: once, whoever asks (the claim decides), even for a small group (whose numbers stay
 * private). Two callers racing each count first and read after, so the later read sees both.
 */
async function summarizeIfDue(
  deps: SummaryDeps,
  group: Group,
  due: (counts: GroupCounts) => boolean,
  now: Date,
): Promise<void> {
  const counts = await deps.groups.counts(group.id);
  if (due(counts) && (await deps.groups.claimSummary(group.id, now))) await postClaimed(deps, group, now);
}

/**
 * Requests the summary claimed at `now`. If the request fails (SES throttling, where the summary is
 * sent at once), the claim is given back, so the failed caller's retry or the next scheduler pass
 * sends it: claimed once, never lost.
 */
async function postClaimed(deps: SummaryDeps, group: Group, now: Date): Promise<void> {
  try {
    await deps.outbox.post({ kind: 'group-summary', groupId: group.id, at: now.toISOString() });
  } catch (error) {
    await deps.groups.releaseSummary(group.id, now);
    throw error;
  }
}

/**
 * After a member's recap went out: it is counted, and the organizer hears if every member still
 * doing the week and not paused has had theirs now, or the summary deadline passed.
 */
export async function afterGroupRecap(deps: SummaryDeps, sub: Subscriber, now: Date): Promise<void> {
  if (!isGroupWeek(sub)) return;
  const group = await deps.groups.get(sub.group.groupId);
  if (!group) return;
  await deps.groups.countRecap(group.id, sub.id);
  await summarizeIfDue(deps, group, (counts) => summaryDue(group, counts, now), now);
}

/**
 * A member leaves their group's week, for whatever reason (deleting their data included): they are
 * counted out once (`GroupStore.leave`; nothing if they had their recap or left before). If every
 * member who stays has had their recap, the summary was waiting only for them, and no recap will
 * send it: it goes now. It is asked even when this call counted nothing, so a leaving retried
 * after a failure still sends a summary that is due (the claim keeps it to one).
 */
export async function leaveGroup(deps: SummaryDeps, sub: Subscriber, now: Date): Promise<void> {
  if (!sub.group) return;
  await deps.groups.leave(sub.group.groupId, sub.id);
  const group = await deps.groups.get(sub.group.groupId);
  if (group) await summarizeIfDue(deps, group, everyoneRecapped, now);
}

/** After a lifecycle change: whether it took `sub` out of their group's week (STOP, RESTART, ...). */
export async function afterLeavingWeek(deps: SummaryDeps, sub: Subscriber | null, now: Date): Promise<void> {
  if (sub && leftGroupWeek(sub)) await leaveGroup(deps, sub, now);
}

/**
 * A member paused or resumed by command. Paused before their recap, they are counted as paused
 * (once) and hold nobody's summary: if every other member still doing the week has had their
 * recap, the summary was waiting only for them, and it goes now. Resuming counts them back in;
 * a summary already sent stays sent.
 */
export async function afterPauseOrResume(
  deps: SummaryDeps,
  sub: Subscriber | null,
  now: Date,
): Promise<void> {
  if (!sub || !isGroupWeek(sub)) return;
  if (sub.status === 'active') {
    await deps.groups.resume(sub.group.groupId, sub.id);
    return;
  }
  if (sub.status !== 'paused') return;
  await deps.groups.pause(sub.group.groupId, sub.id);
  const group = await deps.groups.get(sub.group.groupId);
  if (group) await summarizeIfDue(deps, group, everyoneRecapped, now);
}

export type DeadlineOutcome = 'sent' | 'already-sent' | 'not-due' | 'never-confirmed' | 'gone';

/**
 * The scheduler pass found the group's summary deadline passed (see `dispatchSummaries`): the
 * organizer gets the summary now, once (the claim decides, whoever else sends it), whatever the
 * members are doing: late joiners still in their week, paused members, or nobody left, which the
 * summary says as it is (see `summaryKind`). A group never confirmed has nobody to tell: it just
 * leaves the due summaries.
 */
export async function summarizeAtDeadline(
  deps: SummaryDeps & Pick<Deps, 'clock' | 'groups'>,
  job: SummaryJob,
): Promise<DeadlineOutcome> {
  const now = deps.clock.now();
  const group = await deps.groups.get(job.groupId);
  if (!group) return 'gone';
  if (group.status === 'pending') {
    await deps.groups.cancelSummary(group.id);
    return 'never-confirmed';
  }
  const counts = await deps.groups.counts(group.id);
  // Queued early (a clock running ahead): its lease brings it back to a later pass.
  if (!summaryDue(group, counts, now)) return 'not-due';
  if (!(await deps.groups.claimSummary(group.id, now))) return 'already-sent';
  await postClaimed(deps, group, now);
  return 'sent';
}
