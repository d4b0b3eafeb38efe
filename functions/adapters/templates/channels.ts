/**
 * How each thanks was given, as emails and pages say it: after the people ("your sister Leah, by
 * phone"), and for the week as a sentence ("This week: 3 calls, 2 messages and a letter or card.")
 * with a small bar chart beside it. The sentence is the chart's text alternative; the chart is a
 * plain table in email (clients drop SVG) and inline SVG on the page (no style attributes, so the
 * page's Content-Security-Policy holds).
 */
import { type Channel, tallyChannels } from '../../core/channels';
import { type Language, listFormat } from '../../core/language';
import { emailMessages, messages } from '../../core/messages';
import { type Fragment, fragment, html, type SafeHtml, STYLE } from './format';

export interface SaidPerson {
  /** The person as the email says them ("your sister Leah"). */
  who: string;
  channel?: Channel | null;
}

/**
 * The people of one reply with how each was thanked: one way shared by all goes once at the end
 * ("Leah and Tom, by phone"); different ways go with each person ("Leah by phone and Tom in
 * person"). Names are strong in HTML, as in every list of people.
 */
export function saidList(people: readonly SaidPerson[], language: Language): Fragment {
  const how = messages(language).channels.how;
  const ways = new Set(people.map((p) => p.channel ?? null));
  const shared = ways.size === 1 ? (people[0]?.channel ?? null) : null;
  const items = people.map((p) => ({
    who: p.who,
    how: ways.size > 1 && p.channel ? ` ${how[p.channel]}` : '',
  }));
  // Formatting placeholders keeps the language's separators and tells items from them.
  const parts = listFormat(language).formatToParts(items.map((_, i) => String(i)));
  const tail = shared ? `, ${how[shared]}` : '';
  const itemOf = (part: { value: string }) => items[Number(part.value)] ?? { who: '', how: '' };
  return fragment(
    html`${parts.map((part) => {
      if (part.type !== 'element') return part.value;
      const item = itemOf(part);
      return html`<strong>${item.who}</strong>${item.how}`;
    })}${tail}`,
    `${parts.map((part) => (part.type === 'element' ? `${itemOf(part).who}${itemOf(part).how}` : part.value)).join('')}${tail}`,
  );
}

export interface WeekTally {
  /** "This week: 3 calls, 2 messages and one without saying how." */
  sentence: string;
  rows: { channel: Channel; label: string; count: number }[];
}

/** The week's ways of thanking; null when no reply said how (then there is nothing to show). */
export function weekTally(
  channels: readonly (Channel | null | undefined)[],
  language: Language,
): WeekTally | null {
  const copy = messages(language).channels;
  const { counts, unknown } = tallyChannels(channels);
  if (counts.length === 0) return null;
  const parts = counts.map(({ channel, count }) => copy.count[channel](count));
  if (unknown > 0) parts.push(copy.unsaid(unknown));
  return {
    sentence: copy.summary(listFormat(language).format(parts)),
    rows: counts.map(({ channel, count }) => ({ channel, label: copy.label[channel], count })),
  };
}

const BAR_COLOUR = '#1d4d3d';
const TRACK_COLOUR = '#e6efe9';

/** The tally in an email: heading, sentence, and one bar per way in a table (text: one line each). */
export function tallyEmail(tally: WeekTally, language: Language): Fragment {
  const copy = messages(language).channels;
  const most = Math.max(...tally.rows.map((row) => row.count));
  const rows: SafeHtml[] = tally.rows.map((row) => {
    const width = Math.max(4, Math.round((row.count / most) * 100));
    const bar =
      width >= 100
        ? html`<td width="100%" height="12" bgcolor="${BAR_COLOUR}" style="background-color:${BAR_COLOUR};font-size:0;line-height:0;">&nbsp;</td>`
        : html`<td width="${String(width)}%" height="12" bgcolor="${BAR_COLOUR}" style="background-color:${BAR_COLOUR};font-size:0;line-height:0;">&nbsp;</td><td bgcolor="${TRACK_COLOUR}" style="background-color:${TRACK_COLOUR};font-size:0;line-height:0;">&nbsp;</td>`;
    return html`<tr><th scope="row" align="left" style="padding:3px 10px 3px 0;font-weight:400;white-space:nowrap;">${row.label}</th><td width="100%" style="padding:3px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>${bar}</tr></table></td><td align="right" style="padding:3px 0 3px 10px;font-weight:600;">${String(row.count)}</td></tr>`;
  });
  return fragment(
    html`<h2 style="${STYLE.h2}">${copy.heading}</h2><p style="${STYLE.p}">${tally.sentence}</p><table width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;border-collapse:collapse;">${rows}</table>`,
    [
      copy.heading,
      tally.sentence,
      ...tally.rows.map((row) => `  ${row.label}${emailMessages(language).email.static.colon} ${row.count}`),
    ].join('\n'),
  );
}

/**
 * The tally on a page: a figure captioned by the sentence, which says every number, and an SVG bar
 * chart of the same numbers for the eye (hidden from screen readers, which read the caption).
 */
export function tallyFigure(tally: WeekTally): SafeHtml {
  const most = Math.max(...tally.rows.map((row) => row.count));
  const rowHeight = 28;
  const labelWidth = 150;
  const barSpace = 180;
  const bars = tally.rows.map((row, i) => {
    const y = i * rowHeight;
    const width = Math.max(4, Math.round((row.count / most) * barSpace));
    return html`<text x="0" y="${String(y + 18)}" font-size="15" fill="#222">${row.label}</text><rect x="${String(labelWidth)}" y="${String(y + 6)}" width="${String(width)}" height="15" rx="2" fill="${BAR_COLOUR}"></rect><text x="${String(labelWidth + width + 6)}" y="${String(y + 18)}" font-size="15" font-weight="600" fill="#222">${String(row.count)}</text>`;
  });
  const viewBox = `0 0 ${labelWidth + barSpace + 40} ${tally.rows.length * rowHeight}`;
  return html`<figure class="tally">
<figcaption>${tally.sentence}</figcaption>
<svg aria-hidden="true" focusable="false" viewBox="${viewBox}" width="100%">${bars}</svg>
</figure>`;
}
