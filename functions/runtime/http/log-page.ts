/** The personal log page: the week by day, whom they thanked and their words, and the data controls. */

import { html, type SafeHtml } from '../../adapters/templates/format';
import type { WeekLog } from '../../core/use-cases/week-log';
import { dayContent } from '../../core/week';
import { layout } from './pages';

const STATUS_TEXT: Record<WeekLog['status'], string> = {
  pending: 'Waiting for you to confirm your subscription.',
  active: 'Your week is under way.',
  paused: 'Paused. Reply RESUME to any of our emails to continue where you left off.',
  completed: 'Your week is complete. Thank you for every message you sent.',
  unsubscribed: 'You are unsubscribed: we send you nothing more.',
  suppressed: 'We stopped emailing this address because messages to it bounced or were reported.',
};

type Reply = WeekLog['replies'][number];
type Person = Reply['thanked'][number];

const describe = (p: Person) =>
  html`<strong>${p.name}</strong>${p.relationship && p.relationship.toLowerCase() !== p.name.toLowerCase() ? ` (${p.relationship})` : ''}`;

/**
 * Rename or remove one entry: one small form, its field labelled with the name it changes, Enter
 * renames, and the second button removes (no confirmation: the entry can be added back by reply).
 */
function editForm(person: Person, day: number, id: string, action: string): SafeHtml {
  return html`<form class="edit" method="post" action="${action}">
<input type="hidden" name="day" value="${String(day)}"><input type="hidden" name="name" value="${person.name}">
<label for="${id}">Correct the name “${person.name}”</label>
<input id="${id}" name="newName" value="${person.name}" required maxlength="120" autocomplete="off">
<button type="submit" name="action" value="rename">Rename</button>
<button class="secondary" type="submit" name="action" value="remove" formnovalidate>Remove ${person.name} from day ${String(day)}</button>
</form>`;
}

/** Each reply: the people it names together (if any) with a way to correct each, then the words once. */
function replies(list: Reply[], day: number, action: string): SafeHtml[] {
  return list.map(
    (reply, r) =>
      html`${reply.thanked.length > 0 ? html`<p>${reply.thanked.map((p, i) => html`${i > 0 ? ', ' : ''}${describe(p)}`)}</p>` : ''}${reply.text ? html`<blockquote>${reply.text}</blockquote>` : ''}${reply.thanked.map((p, i) => editForm(p, day, `name-${day}-${r}-${i}`, action))}`,
  );
}

export function logPage(log: WeekLog, token: string): string {
  const q = `?token=${encodeURIComponent(token)}`;
  const sentOn = new Intl.DateTimeFormat('en-GB', {
    timeZone: log.timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const days = Array.from({ length: 7 }, (_, i) => i + 1).map((day) => {
    const sent = log.prompts.find((p) => p.day === day);
    const people = log.replies.filter((r) => r.day === day);
    const when = sent ? `Sent ${sentOn.format(new Date(sent.sentAt))}.` : 'Not sent yet.';
    return html`<li><h3>Day ${day}: ${dayContent(day).theme}</h3>
<p class="hint">${when}${sent && people.length === 0 ? ' Nothing logged yet: reply to that email to add whom you thanked.' : ''}</p>
${replies(people, day, `/log/thanked${q}`)}</li>`;
  });
  const hour = `${String(log.sendHour).padStart(2, '0')}:00`;
  return layout(
    'Your gratitude log',
    html`<h1>Your week of gratitude</h1>
<p>${STATUS_TEXT[log.status]}</p>
<h2>Whom you thanked</h2>
<ol class="week">${days}</ol>
<h2>Your settings and data</h2>
<p>Prompts arrive at ${hour}, ${log.timezone.replace(/_/g, ' ')} time. <a href="/preferences${q}">Change time zone or send hour</a></p>
<ul class="links">
<li><a href="/log.csv${q}" download>Download as CSV</a></li>
<li><a href="/log.json${q}" download>Download as JSON</a></li>
</ul>
<details>
<summary>Delete all my data</summary>
<p>This removes your subscription, your replies and everyone you thanked, at once and for good. Links in our emails stop working.</p>
<form method="post" action="/delete${q}"><button class="secondary" type="submit">Delete everything now</button></form>
</details>`,
  );
}
