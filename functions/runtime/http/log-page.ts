/**
 * The personal log page: the week by day, whom they thanked and their words, and the data
 * controls, in the person's language with dates in their locale and zone.
 */

import { tallyFigure, weekTally } from '../../adapters/templates/channels';
import { html, type SafeHtml } from '../../adapters/templates/format';
import { DEFAULT_LANGUAGE, formatHour, formatLocalDate, type Language, zoneName } from '../../core/language';
import { pageMessages, relationshipIn } from '../../core/messages';
import type { WeekLog } from '../../core/use-cases/week-log';
import { dayContent } from '../../core/week';
import { layout } from './pages';

type Reply = WeekLog['replies'][number];
type Person = Reply['thanked'][number];

const describe = (p: Person, language: Language, words: string) =>
  html`<strong>${p.name}</strong>${p.relationship && p.relationship.toLowerCase() !== p.name.toLowerCase() ? ` (${relationshipIn(language, p.relationship, words)})` : ''}${p.channel ? `, ${pageMessages(language).channels.how[p.channel]}` : ''}`;

/**
 * Rename or remove one entry: one small form, its field labelled with the name it changes, Enter
 * renames, and the second button removes (no confirmation: the entry can be added back by reply).
 */
function editForm(person: Person, day: number, id: string, action: string, language: Language): SafeHtml {
  const t = pageMessages(language).pages.log;
  return html`<form class="edit" method="post" action="${action}">
<input type="hidden" name="day" value="${String(day)}"><input type="hidden" name="name" value="${person.name}">
<label for="${id}">${t.correctName(person.name)}</label>
<input id="${id}" name="newName" value="${person.name}" required maxlength="120" autocomplete="off">
<button type="submit" name="action" value="rename">${t.rename}</button>
<button class="secondary" type="submit" name="action" value="remove" formnovalidate>${t.remove(person.name, day)}</button>
</form>`;
}

/** Each reply: the people it names together (if any) with a way to correct each, then the words once. */
function replies(list: Reply[], language: Language, day: number, action: string): SafeHtml[] {
  return list.map(
    (reply, r) =>
      html`${reply.thanked.length > 0 ? html`<p>${reply.thanked.map((p, i) => html`${i > 0 ? ', ' : ''}${describe(p, language, reply.text)}`)}</p>` : ''}${reply.text ? html`<blockquote>${reply.text}</blockquote>` : ''}${reply.thanked.map((p, i) => editForm(p, day, `name-${day}-${r}-${i}`, action, language))}`,
  );
}

/** Replies to the reconnect email: when they came, whom they name, their words. */
function afterTheWeek(log: WeekLog, language: Language): SafeHtml {
  const t = pageMessages(language).pages.log;
  return html`<ul class="week">${log.after.map(
    (reply) =>
      html`<li><p class="hint">${t.receivedOn(formatLocalDate(reply.receivedAt, log.timezone, language))}</p>${reply.thanked.length > 0 ? html`<p>${reply.thanked.map((p, i) => html`${i > 0 ? ', ' : ''}${describe(p, language, reply.text)}`)}</p>` : ''}${reply.text ? html`<blockquote>${reply.text}</blockquote>` : ''}</li>`,
  )}</ul>`;
}

export function logPage(log: WeekLog, token: string, language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language).pages.log;
  const q = `?token=${encodeURIComponent(token)}`;
  const days = Array.from({ length: 7 }, (_, i) => i + 1).map((day) => {
    const sent = log.prompts.find((p) => p.day === day);
    const people = log.replies.filter((r) => r.day === day);
    const when = sent ? t.sent(formatLocalDate(sent.sentAt, log.timezone, language)) : t.notSent;
    return html`<li><h3>${t.day(day, dayContent(day, language).theme)}</h3>
<p class="hint">${when}${sent && people.length === 0 ? ` ${t.nothingYet}` : ''}</p>
${replies(people, language, day, `/log/thanked${q}`)}</li>`;
  });
  const tally = weekTally(
    log.thanked.map((person) => person.channel),
    language,
  );
  return layout(
    t.title,
    html`<h1>${t.heading}</h1>
<p>${t.status[log.status]}</p>
<h2>${t.whom}</h2>
${tally ? tallyFigure(tally) : ''}
<ol class="week">${days}</ol>
${log.after.length > 0 ? html`<h2>${t.after}</h2><p class="hint">${t.afterHint}</p>${afterTheWeek(log, language)}` : ''}
<h2>${t.settings}</h2>
<p>${t.schedule(formatHour(log.sendHour, language), zoneName(log.timezone))} ${log.reconnect ? t.reconnectOn : t.reconnectOff} <a href="/preferences${q}">${t.change}</a></p>
<ul class="links">
<li><a href="/log.csv${q}" download>${t.csv}</a></li>
<li><a href="/log.json${q}" download>${t.json}</a></li>
</ul>
<details>
<summary>${t.delete}</summary>
<p>${t.deleteWarning}</p>
<form method="post" action="/delete${q}"><button class="secondary" type="submit">${t.deleteButton}</button></form>
</details>`,
    { language },
  );
}
