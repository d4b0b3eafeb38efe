/** Groups for use-case tests: one created and confirmed by its organizer, members who joined and confirmed. */
import type { Language } from '../../functions/core/language';
import { groupLinksFor } from '../../functions/core/links';
import { confirmGroup, createGroup } from '../../functions/core/use-cases/groups';
import { confirmSubscription } from '../../functions/core/use-cases/manage';
import { subscribe } from '../../functions/core/use-cases/subscribe';
import { type TestDeps, testLinks } from './deps';

/** When the test groups are created: a week before their start date, 7 December 2026. */
export const GROUP_CREATED_AT = new Date('2026-12-01T10:00:00Z');

/** Creates and confirms a group starting on 7 December; returns it with its links. */
export async function openGroup(
  deps: TestDeps,
  {
    name = 'Tuesday career workshop',
    organizerEmail = 'Organizer@Example.com',
    timezone = 'Europe/London',
    language,
  }: { name?: string; organizerEmail?: string; timezone?: string; language?: Language } = {},
) {
  deps.clock.set(GROUP_CREATED_AT);
  await createGroup(deps, {
    organizerEmail,
    name,
    startDate: '2026-12-07',
    timezone,
    client: organizerEmail,
    ...(language ? { language } : {}),
  });
  const stored = [...deps.groups.groups.values()].find((g) => g.name === name);
  if (!stored) throw new Error('no group');
  const links = groupLinksFor(deps.links, stored, GROUP_CREATED_AT);
  const group = await confirmGroup(deps, new URL(links.confirmUrl).searchParams.get('token'));
  return { group, links, dashboardToken: new URL(links.dashboardUrl).searchParams.get('token') ?? '' };
}

/** Someone who joins the group by `code` at 08:00 in `timezone` and confirms. */
export async function member(deps: TestDeps, email: string, code: string, timezone = 'America/New_York') {
  await subscribe(deps, { email, timezone, sendHour: 8, client: email, group: code });
  const sub = await deps.store.findByEmail(email);
  if (!sub) throw new Error('not subscribed');
  const confirmed = await confirmSubscription(
    deps,
    new URL(testLinks(sub).confirmUrl).searchParams.get('token'),
  );
  return confirmed;
}
