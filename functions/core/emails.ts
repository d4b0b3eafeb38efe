/**
 * Composes outbound emails: picks the template values, the links, the Reply-To and the
 * List-Unsubscribe headers. Rendering itself is a port (compiled templates in production).
 */
import type { Dashboard, Group, SummaryKind } from './group';
import { formatCalendarDate, type Language, LOCALES } from './language';
import { groupLinksFor, type LinkSettings, linksFor, listUnsubscribeHeaders } from './links';
import { emailMessages, messages, sayLocalTime } from './messages';
import type { OutboundEmail, RenderedEmail, ThankedEntry, WeekActivity } from './ports';
import type { Subscriber } from './subscriber';
import { DAYS_IN_WEEK, dayContent, RECONNECT_DAY, WEEK } from './week';

/** A person as emails say them: name, relationship, and how they were thanked when known. */
export type ThankedPerson = ThankedEntry;

interface Common {
  /** Every email is written in the person's language. */
  language: Language;
  firstName: string | null;
  unsubscribeUrl: string;
  postalAddress: string;
}

export interface EmailRenderer {
  welcome(values: Common & { confirmUrl: string }): RenderedEmail;
  prompt(values: Common & { day: number; logUrl: string }): RenderedEmail;
  receipt(
    values: Common & {
      day: number;
      thanked: ThankedPerson[];
      note: string;
      notices: string[];
      logUrl: string;
      /** A correction: `thanked` is the whole day as it now stands. */
      corrected?: boolean;
      /** The reader was not sure of what it understood: the receipt says how to fix it. */
      unsure?: boolean;
    },
  ): RenderedEmail;
  notice(
    values: Common & {
      subject: string;
      heading: string;
      paragraphs: string[];
      linkLead: string;
      logUrl: string;
    },
  ): RenderedEmail;
  command(
    values: Common & {
      kind: 'stopped' | 'paused' | 'resumed' | 'restarted';
      logUrl?: string | null;
      nextDay?: number | null;
    },
  ): RenderedEmail;
  confirmed(values: Common & { firstPrompt: string | null; paused: boolean; logUrl: string }): RenderedEmail;
  reconnect(
    values: Common & {
      people: (ThankedPerson & { day: number; note: string })[];
      logUrl: string;
      reconnectOffUrl: string;
    },
  ): RenderedEmail;
  recap(
    values: Common & {
      days: { day: number; theme: string; thanked: (ThankedPerson & { note: string })[] }[];
      logUrl: string;
      groupLine?: string | null;
    },
  ): RenderedEmail;
  group(values: {
    language: Language;
    postalAddress: string;
    subject: string;
    heading: string;
    paragraphs: string[];
    links: { lead: string; url: string }[];
  }): RenderedEmail;
}

/** The name to greet someone by: the first word of what they told us, if anything. */
export function firstNameOf(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

export interface Composer {
  links: LinkSettings;
  renderer: EmailRenderer;
  postalAddress: string;
}

/**
 * RFC 3834: every email here is automatic. Answers to a person's mail (receipts, command
 * confirmations, notices) are `auto-replied`, the rest `auto-generated`; either tells a
 * well-behaved responder not to answer, and our own inbound side never answers such mail.
 */
export type AutoSubmitted = 'auto-generated' | 'auto-replied';
export const autoSubmitted = (value: AutoSubmitted) => ({ name: 'Auto-Submitted', value });

function envelope(composer: Composer, sub: Subscriber, now: Date, kind: AutoSubmitted = 'auto-generated') {
  const links = linksFor(composer.links, sub.id, now);
  return {
    links,
    common: {
      language: sub.language,
      firstName: firstNameOf(sub.name),
      unsubscribeUrl: links.unsubscribeUrl,
      postalAddress: composer.postalAddress,
    },
    headers: [...listUnsubscribeHeaders(links), autoSubmitted(kind)],
  };
}

/** The double opt-in email: confirm by the link's page or by replying. */
export function welcomeEmail(composer: Composer, sub: Subscriber, now: Date): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now);
  const rendered = composer.renderer.welcome({ ...common, confirmUrl: links.confirmUrl });
  return { to: sub.email, ...rendered, replyTo: links.replyTo(0, sub.week), headers };
}

/**
 * The answer to a reply that confirmed the welcome: "you're in, your first prompt arrives …", as
 * the confirm page says it, in the person's language and zone. Replies go to day 1's address.
 */
export function confirmedEmail(composer: Composer, sub: Subscriber, now: Date): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now, 'auto-replied');
  const firstPrompt =
    sub.nextSendAt === null ? null : sayLocalTime(sub.nextSendAt, sub.timezone, sub.language);
  const rendered = composer.renderer.confirmed({
    ...common,
    firstPrompt,
    paused: sub.status === 'paused',
    logUrl: links.logUrl,
  });
  return { to: sub.email, ...rendered, replyTo: links.replyTo(1, sub.week), headers };
}

/** The prompt of `day` (1..7); replies go to that day's reply address. */
export function promptEmail(composer: Composer, sub: Subscriber, day: number, now: Date): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now);
  const rendered = composer.renderer.prompt({ ...common, day, logUrl: links.logUrl });
  return { to: sub.email, ...rendered, replyTo: links.replyTo(day, sub.week), headers };
}

/** After day 7: everyone thanked, by day, with the participant's words. */
export function recapEmail(
  composer: Composer,
  sub: Subscriber,
  activity: WeekActivity,
  now: Date,
  groupLine: string | null = null,
): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now);
  const days = WEEK.map(({ day }) => ({
    day,
    theme: dayContent(day, sub.language).theme,
    thanked: activity.replies
      .filter((reply) => reply.day === day)
      .flatMap((reply) => reply.thanked.map((person) => ({ ...person, note: reply.text }))),
  }));
  const rendered = composer.renderer.recap({ ...common, days, logUrl: links.logUrl, groupLine });
  return { to: sub.email, ...rendered, replyTo: links.replyTo(DAYS_IN_WEEK, sub.week), headers };
}

/** How many people the reconnect email names: enough to remember the week, few enough to act on. */
export const RECONNECT_PEOPLE = 2;

/**
 * The people a reconnect email recalls: the first named person of each day, from different days
 * and different people, at most `RECONNECT_PEOPLE`; empty when the week logged nobody.
 */
export function peopleToRecall(activity: WeekActivity): (ThankedPerson & { day: number; note: string })[] {
  const chosen: (ThankedPerson & { day: number; note: string })[] = [];
  const days = new Set<number>();
  const names = new Set<string>();
  for (const reply of activity.replies) {
    if (reply.day < 1 || reply.day > DAYS_IN_WEEK || days.has(reply.day)) continue;
    const person = reply.thanked.find((p) => p.name.trim() !== '' && !names.has(p.name.toLowerCase()));
    if (!person) continue;
    chosen.push({ ...person, day: reply.day, note: reply.text });
    days.add(reply.day);
    names.add(person.name.toLowerCase());
    if (chosen.length === RECONNECT_PEOPLE) break;
  }
  return chosen;
}

/**
 * Thirty days after the recap: someone they thanked and what for, and an invitation to check in.
 * Null when the week logged nobody (there is nobody to recall). Replies go to the reconnect's own
 * reply address and are logged under "After the week".
 */
export function reconnectEmail(
  composer: Composer,
  sub: Subscriber,
  activity: WeekActivity,
  now: Date,
): OutboundEmail | null {
  const people = peopleToRecall(activity);
  if (people.length === 0) return null;
  const { links, common, headers } = envelope(composer, sub, now);
  const rendered = composer.renderer.reconnect({
    ...common,
    people,
    logUrl: links.logUrl,
    reconnectOffUrl: links.reconnectOffUrl,
  });
  return { to: sub.email, ...rendered, replyTo: links.replyTo(RECONNECT_DAY, sub.week), headers };
}

/**
 * What a reply was understood to say (or, `corrected`, the whole day after a correction). Its
 * reply address is the day's receipt address: an answer adds to the day, or corrects it.
 */
export function receiptEmail(
  composer: Composer,
  sub: Subscriber,
  reply: {
    day: number;
    week?: number;
    thanked: ThankedPerson[];
    note: string;
    corrected?: boolean;
    unsure?: boolean;
    /** The reply was cut to this many characters to fit the log. */
    cutAtChars?: number | null;
    /** The last receipt the day's allowance gives. */
    last?: boolean;
  },
  now: Date,
): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now, 'auto-replied');
  const words = emailMessages(sub.language).email.receipt;
  const notices = [
    ...(reply.cutAtChars ? [words.cutNotice(reply.cutAtChars.toLocaleString(LOCALES[sub.language]))] : []),
    ...(reply.last ? [words.lastReceipt] : []),
  ];
  const rendered = composer.renderer.receipt({
    ...common,
    day: reply.day,
    thanked: reply.thanked,
    note: reply.note,
    notices,
    logUrl: links.logUrl,
    corrected: reply.corrected === true,
    unsure: reply.unsure === true,
  });
  const replyTo = links.receiptReplyTo(reply.day, reply.week ?? sub.week);
  return { to: sub.email, ...rendered, replyTo, headers };
}

export type CommandKind = 'stopped' | 'paused' | 'resumed' | 'restarted';

/** The short answer to STOP, PAUSE, RESUME or RESTART. */
export function commandEmail(
  composer: Composer,
  sub: Subscriber,
  kind: CommandKind,
  now: Date,
): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now, 'auto-replied');
  const rendered = composer.renderer.command({
    ...common,
    kind,
    logUrl: links.logUrl,
    nextDay: kind === 'resumed' ? sub.nextDay : null,
  });
  // After STOP there is nothing left to unsubscribe from: no list headers, no reply address.
  if (kind === 'stopped') return { to: sub.email, ...rendered, headers: [autoSubmitted('auto-replied')] };
  return { to: sub.email, ...rendered, replyTo: links.replyTo(Math.min(sub.nextDay, 7), sub.week), headers };
}

/** A reply to this person's address came from another address: it is held until they add it. */
export function heldReplyEmail(
  composer: Composer,
  sub: Subscriber,
  held: { day: number; from: string | null },
  now: Date,
): OutboundEmail {
  const { links, common, headers } = envelope(composer, sub, now, 'auto-replied');
  const words = emailMessages(sub.language).email.held;
  const what = held.day > 0 ? words.dayPrompt(held.day) : words.welcome;
  const rendered = composer.renderer.notice({
    ...common,
    subject: words.subject,
    heading: words.heading,
    paragraphs: [words.arrived(what, held.from || words.unknownSender), words.ifYou],
    linkLead: words.linkLead,
    logUrl: links.logUrl,
  });
  return { to: sub.email, ...rendered, headers };
}

// ---------------------------------------------------------------------------------------------
// A group's organizer: transactional mail about the group, never about a member.

function groupEmail(
  composer: Composer,
  group: Group,
  content: { subject: string; heading: string; paragraphs: string[]; links: { lead: string; url: string }[] },
): OutboundEmail {
  const rendered = composer.renderer.group({
    language: group.language,
    postalAddress: composer.postalAddress,
    ...content,
  });
  return { to: group.organizerEmail, ...rendered, headers: [autoSubmitted('auto-generated')] };
}

/** Double opt-in for a new group: its confirm link. */
export function groupConfirmEmail(composer: Composer, group: Group, now: Date): OutboundEmail {
  const words = messages(group.language).groups;
  const links = groupLinksFor(composer.links, group, now);
  return groupEmail(composer, group, {
    subject: words.confirmSubject,
    heading: words.confirmTitle,
    paragraphs: [words.confirmEmail(group.name, formatCalendarDate(group.startDate, group.language))],
    links: [{ lead: words.confirmButton, url: links.confirmUrl }],
  });
}

/** After confirming: the join link to share and the organizer's own dashboard link. */
export function groupReadyEmail(composer: Composer, group: Group, now: Date): OutboundEmail {
  const words = messages(group.language).groups;
  const links = groupLinksFor(composer.links, group, now);
  return groupEmail(composer, group, {
    subject: words.readySubject,
    heading: words.readyTitle,
    paragraphs: [
      words.readyEmail(group.name, formatCalendarDate(group.startDate, group.language)),
      words.dashboardEmail,
    ],
    links: [
      { lead: words.joinLink, url: links.joinUrl },
      { lead: words.dashboardLink, url: links.dashboardUrl },
    ],
  });
}

/**
 * After the week: the same numbers as the dashboard (members, thanks in all, then replies and
 * people thanked day by day); below three members only that the numbers stay private; and for a
 * group nobody is doing the week in, whether everyone who joined left or nobody joined (see
 * `summaryKind`). Counts only: never an address, a name or a word.
 */
export function groupSummaryEmail(
  composer: Composer,
  group: Group,
  dashboard: Pick<Dashboard, 'members' | 'days' | 'thanksTotal'>,
  kind: SummaryKind,
  now: Date,
): OutboundEmail {
  const words = messages(group.language).groups;
  const links = groupLinksFor(composer.links, group, now);
  const paragraphs = (() => {
    switch (kind) {
      case 'nobody-joined':
        return [words.summaryNobodyJoined(group.name)];
      case 'everyone-left':
        return [words.summaryEveryoneLeft(group.name)];
      case 'withheld':
        return [words.summaryWithheld(group.name, dashboard.members)];
      case 'numbers':
        return [
          words.summaryEmail(group.name, dashboard.members, dashboard.thanksTotal ?? 0),
          ...dashboard.days.map((d) => words.summaryDay(d.day, d.replied, d.thanks)),
        ];
    }
  })();
  const empty = kind === 'nobody-joined' || kind === 'everyone-left';
  return groupEmail(composer, group, {
    subject: empty ? words.summaryEmptySubject : words.summarySubject,
    heading: words.summaryHeading,
    paragraphs,
    links: [{ lead: words.dashboardLink, url: links.dashboardUrl }],
  });
}
