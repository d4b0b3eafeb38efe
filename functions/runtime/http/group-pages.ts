/**
 * A group's pages: the organizer's form, confirmation, and dashboard (counts only, as a table and
 * a small inline SVG chart, within the page's Content-Security-Policy). Members see the group on
 * its join page, which is the subscribe form naming it.
 */
import { renderSVG } from 'uqr';
import { escapeHtml, html, type SafeHtml, trusted } from '../../adapters/templates/format';
import { CHANNELS } from '../../core/channels';
import { type Dashboard, displayCode, type Group } from '../../core/group';
import { DEFAULT_LANGUAGE, formatCalendarDate, type Language } from '../../core/language';
import { pageMessages } from '../../core/messages';
import { confirmActionPage, described, layout, messagePage, text, timezoneOptions } from './pages';

export function createGroupPage(
  error?: { message: string; field: string | undefined },
  values: Record<string, unknown> = {},
  language: Language = DEFAULT_LANGUAGE,
): string {
  const g = pageMessages(language).groups;
  const zone = text(values.timezone) || 'UTC';
  return layout(
    g.createTitle,
    html`<h1>${g.createTitle}</h1>
<p>${g.createIntro}</p>
<form class="card" method="post" action="/groups?lang=${language}" novalidate>
${error ? html`<p class="error" role="alert" id="form-error">${error.message}</p>` : ''}
<label for="organizerEmail">${g.organizerEmail}</label>
<input id="organizerEmail" name="organizerEmail" type="email" autocomplete="email" required value="${text(values.organizerEmail)}"${described('organizerEmail', error)}>
<label for="name">${g.name}</label>
<input id="name" name="name" type="text" maxlength="80" required value="${text(values.name)}"${described('name', error, 'name-hint')}>
<p class="hint" id="name-hint">${g.nameHint}</p>
<label for="startDate">${g.startDate}</label>
<input id="startDate" name="startDate" type="date" required value="${text(values.startDate)}"${described('startDate', error)}>
<label for="timezone">${g.timezone}</label>
<select id="timezone" name="timezone"${described('timezone', error)}>${timezoneOptions(zone)}</select>
<button type="submit">${g.create}</button>
</form>`,
    { script: true, language },
  );
}

export function groupCheckInboxPage(language: Language = DEFAULT_LANGUAGE): string {
  const t = pageMessages(language);
  return messagePage(t.pages.checkInbox.title, [t.groups.checkInbox], undefined, language);
}

export function groupConfirmPage(
  group: Group,
  action: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const g = pageMessages(language).groups;
  return confirmActionPage(
    g.confirmTitle,
    g.confirmBody(group.name),
    action,
    g.confirmButton,
    undefined,
    language,
  );
}

/** After confirming: the join link and code to share, and the dashboard. */
export function groupReadyPage(
  group: Group,
  links: { joinUrl: string; dashboardUrl: string },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const g = pageMessages(language).groups;
  return layout(
    g.readyTitle,
    html`<h1>${g.readyTitle}</h1>
<p>${g.readyBody}</p>
<dl class="card share">
<dt>${g.joinLink}</dt><dd><a href="${links.joinUrl}">${links.joinUrl}</a></dd>
<dt>${g.codeLabel}</dt><dd class="code">${displayCode(group.code)}</dd>
</dl>
<p><a class="button" href="${links.dashboardUrl}">${g.dashboardLink}</a></p>`,
    { language },
  );
}

/** Why a join link leads nowhere (unknown, closed, full), and the way to do the week alone. */
export function joinUnavailablePage(
  kind: 'unknown' | 'closed' | 'full',
  language: Language = DEFAULT_LANGUAGE,
): string {
  const g = pageMessages(language).groups;
  const [title, body] =
    kind === 'unknown'
      ? [g.unknownTitle, g.unknown]
      : kind === 'closed'
        ? [g.closedTitle, g.closed]
        : [g.fullTitle, g.full];
  return messagePage(
    title,
    [body],
    html`<p><a class="button" href="/?lang=${language}">${g.onYourOwn}</a></p>`,
    language,
  );
}

const BAR_COLOUR = '#1d4d3d';

/**
 * How the thanks were given over the week, when replies said it: the channels used, most used
 * first, then those whose reply did not say. Nothing when no reply has counted yet.
 */
function channelTable(dashboard: Dashboard, language: Language): SafeHtml | '' {
  if (!dashboard.channels || !dashboard.thanksTotal) return '';
  const copy = pageMessages(language);
  const g = copy.groups;
  const used = CHANNELS.map((channel) => ({ channel, count: dashboard.channels?.[channel] ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  const unsaid = dashboard.thanksTotal - used.reduce((sum, row) => sum + row.count, 0);
  const rows = [
    ...used.map((row) => ({ label: copy.channels.label[row.channel], count: row.count })),
    ...(unsaid > 0 ? [{ label: g.channelUnsaid, count: unsaid }] : []),
  ];
  return html`<table class="numbers">
<caption>${g.channelsCaption}</caption>
<thead><tr><th scope="col">${g.channelColumn}</th><th scope="col">${g.thanksColumn}</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${String(row.count)}</td></tr>`)}</tbody>
</table>`;
}

/**
 * The join link as a QR code, drawn inline as SVG (presentation attributes only: the page's CSP
 * allows no style attribute), so a room can scan it off a projected dashboard.
 */
export function joinQrCode(joinUrl: string, label: string): SafeHtml {
  const svg = renderSVG(joinUrl, { border: 2, pixelSize: 6 });
  const labelled = svg.replace(
    '<svg ',
    `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" `,
  );
  return html`<div class="qr">${trusted(labelled)}</div>`;
}

/** People thanked per day as bars: for the eye; the table beside it has every number. */
function chart(dashboard: Dashboard, language: Language): SafeHtml {
  const g = pageMessages(language).groups;
  const most = Math.max(1, ...dashboard.days.map((d) => d.thanks));
  const width = 28;
  const gap = 12;
  const height = 120;
  const bars = dashboard.days.map((d, i) => {
    const h = Math.round((d.thanks / most) * (height - 30));
    const x = i * (width + gap);
    return html`<rect x="${String(x)}" y="${String(height - 18 - h)}" width="${String(width)}" height="${String(h)}" fill="${BAR_COLOUR}"></rect><text x="${String(x + width / 2)}" y="${String(height - 4)}" font-size="12" text-anchor="middle" fill="#222">${String(d.day)}</text><text x="${String(x + width / 2)}" y="${String(height - 22 - h)}" font-size="12" text-anchor="middle" fill="#222">${String(d.thanks)}</text>`;
  });
  return html`<figure class="tally">
<figcaption>${g.chartCaption}</figcaption>
<svg aria-hidden="true" focusable="false" viewBox="0 0 ${String(7 * (width + gap))} ${String(height)}" width="100%">${bars}</svg>
</figure>`;
}

export function dashboardPage(
  group: Group,
  dashboard: Dashboard,
  links: { joinUrl: string; closeAction: string; deleteAction: string },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const g = pageMessages(language).groups;
  const numbers = dashboard.withheld
    ? html`<p class="status">${g.notEnough}</p>`
    : html`<p><strong>${g.total(dashboard.thanksTotal ?? 0)}</strong></p>
${chart(dashboard, language)}
<table class="numbers">
<caption>${g.chartCaption}</caption>
<thead><tr><th scope="col">${g.dayColumn}</th><th scope="col">${g.repliedColumn}</th><th scope="col">${g.thanksColumn}</th></tr></thead>
<tbody>${dashboard.days.map((d) => html`<tr><th scope="row">${String(d.day)}</th><td>${String(d.replied)}</td><td>${String(d.thanks)}</td></tr>`)}</tbody>
</table>
${channelTable(dashboard, language)}`;
  return layout(
    g.dashboardTitle(group.name),
    html`<h1>${g.dashboardTitle(group.name)}</h1>
<p>${g.startsOn(formatCalendarDate(group.startDate, language))} ${g.members(dashboard.members)}</p>
${numbers}
<h2>${g.joinLink}</h2>
${
  group.status === 'open'
    ? html`<p><a href="${links.joinUrl}">${links.joinUrl}</a> · ${g.codeLabel} <span class="code">${displayCode(group.code)}</span></p>
${joinQrCode(links.joinUrl, g.qrLabel)}
<form method="post" action="${links.closeAction}"><button class="secondary" type="submit">${g.closeButton}</button></form>`
    : html`<p>${g.closedNote}</p>`
}
<details>
<summary>${g.deleteTitle}</summary>
<p>${g.deleteWarning}</p>
<form method="post" action="${links.deleteAction}"><button class="secondary" type="submit">${g.deleteButton}</button></form>
</details>`,
    { language },
  );
}

export function groupDeletedPage(language: Language = DEFAULT_LANGUAGE): string {
  const g = pageMessages(language).groups;
  return messagePage(g.deletedTitle, [g.deleted], undefined, language);
}
