/** The personal log page: the week by day, whom they thanked and their words, and the data controls. */
import { dayContent } from '../../core/week';
import type { WeekLog } from '../../core/use-cases/week-log';
import { html } from './html';
import { layout } from './pages';

const STATUS_TEXT: Record<WeekLog['status'], string> = {
  pending: 'Waiting for you to confirm your subscription.',
  active: 'Your week is under way.',
  paused: 'Paused. Reply RESUME to any of our emails to continue where you left off.',
  completed: 'Your week is complete. Thank you for every message you sent.',
  unsubscribed: 'You are unsubscribed: we send you nothing more.',
  suppressed: 'We stopped emailing this address because messages to it bounced or were reported.',
};

export function logPage(log: WeekLog, token: string): string {
  const q = `?token=${encodeURIComponent(token)}`;
  const days = Array.from({ length: 7 }, (_, i) => i + 1);
  const rows = days.map((day) => {
    const sent = log.prompts.find((p) => p.day === day);
    const people = log.thanked.filter((t) => t.day === day);
    return html`<tr><th scope="row">Day ${day}<br><span class="hint">${dayContent(day).theme}</span></th>
<td>${people.length === 0 ? (sent ? html`<span class="hint">Nothing logged yet.</span>` : html`<span class="hint">Not sent yet.</span>`) : people.map((p) => html`<p><strong>${p.name}</strong>${p.relationship && p.relationship.toLowerCase() !== p.name.toLowerCase() ? ` (${p.relationship})` : ''}<br>${p.note}</p>`)}</td></tr>`;
  });
  return layout(
    'Your gratitude log',
    html`<h1>Your week of gratitude</h1>
<p>${STATUS_TEXT[log.status]}</p>
<table><caption class="hint">Everyone you told us you thanked, by day.</caption><tbody>${rows}</tbody></table>
<h2>Your data</h2>
<p><a href="/log.csv${q}">Download as CSV</a> · <a href="/log.json${q}">Download as JSON</a> · <a href="/preferences${q}">Change time zone or send hour</a></p>
<form method="post" action="/delete${q}"><button class="secondary" type="submit">Delete all my data</button></form>`,
  );
}
