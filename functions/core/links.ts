/**
 * Every link and address an email or page hands out, each carrying a signed token: confirm
 * (expires), unsubscribe, log and preferences (never expire), and the reply address of a day.
 */
import type { Group } from './group';
import { signGroupToken, signToken, type TokenKeys } from './tokens';

export interface LinkSettings {
  /** Base of links, e.g. `https://gratitude.example` (no trailing slash needed). */
  publicUrl: string;
  /** Domain of `reply+<token>@`, `start@` and `unsubscribe+<token>@`. */
  inboundDomain: string;
  keys: TokenKeys;
  /** The address emails are sent from (never a subscriber: that would be a mail loop). */
  senderAddress?: string;
}

export interface SubscriberLinks {
  confirmUrl: string;
  unsubscribeUrl: string;
  logUrl: string;
  preferencesUrl: string;
  /** The one-click page that turns the reconnect email off. */
  reconnectOffUrl: string;
  /** `mailto:` address that unsubscribes this person when mailed. */
  unsubscribeMailto: string;
  /** The Reply-To for a day's email of a week (day 0 = the welcome, which confirms when answered). */
  replyTo(day: number, week: number): string;
  /** The Reply-To of a day's receipt: an answer to it may correct the day. */
  receiptReplyTo(day: number, week: number): string;
}

function pageUrl(base: string, path: string, token: string): string {
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('token', token);
  return url.toString();
}

export function linksFor(settings: LinkSettings, subscriberId: string, now: Date): SubscriberLinks {
  const { keys, publicUrl, inboundDomain } = settings;
  const unsubscribeToken = signToken(keys, { purpose: 'unsubscribe', subscriberId });
  const logToken = signToken(keys, { purpose: 'log', subscriberId });
  return {
    confirmUrl: pageUrl(publicUrl, 'confirm', signToken(keys, { purpose: 'confirm', subscriberId }, now)),
    unsubscribeUrl: pageUrl(publicUrl, 'unsubscribe', unsubscribeToken),
    logUrl: pageUrl(publicUrl, 'log', logToken),
    preferencesUrl: pageUrl(publicUrl, 'preferences', logToken),
    reconnectOffUrl: pageUrl(publicUrl, 'reconnect', logToken),
    unsubscribeMailto: `mailto:unsubscribe+${unsubscribeToken}@${inboundDomain}?subject=unsubscribe`,
    replyTo: (day, week) =>
      `reply+${signToken(keys, { purpose: 'reply', subscriberId, day, week })}@${inboundDomain}`,
    receiptReplyTo: (day, week) =>
      `reply+${signToken(keys, { purpose: 'reply', subscriberId, day, week, receipt: true })}@${inboundDomain}`,
  };
}

/** RFC 2369 and RFC 8058 one-click headers: the URL's token unsubscribes this address only. */
export function listUnsubscribeHeaders(links: SubscriberLinks): { name: string; value: string }[] {
  return [
    { name: 'List-Unsubscribe', value: `<${links.unsubscribeUrl}>, <${links.unsubscribeMailto}>` },
    { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
  ];
}

/** A group's links: the organizer's confirm and dashboard pages, and the join page to share. */
export function groupLinksFor(settings: LinkSettings, group: Pick<Group, 'id' | 'code'>, now: Date) {
  const { keys, publicUrl } = settings;
  return {
    confirmUrl: pageUrl(publicUrl, 'groups/confirm', signGroupToken(keys, 'group-confirm', group.id, now)),
    dashboardUrl: pageUrl(publicUrl, 'groups/dashboard', signGroupToken(keys, 'dashboard', group.id)),
    joinUrl: new URL(`join/${group.code}`, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString(),
  };
}
