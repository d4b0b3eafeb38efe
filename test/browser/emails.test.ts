/**
 * Every email, rendered with sample values as `npm run preview` does, laid out by a real browser
 * at a phone's 360 px and a desktop's 1024 px: nothing may scroll sideways (a long name, note or
 * link must wrap), and nothing may be fetched from elsewhere. No stack needed.
 */
import type { Browser, Page } from 'playwright-core';
import {
  type RenderedEmail,
  renderCommandConfirmation,
  renderPrompt,
  renderRecap,
  renderReceipt,
  renderWelcome,
} from '../../functions/adapters/templates/render';
import { dayContent } from '../../functions/core/week';
import {
  axeViolations,
  blocking,
  DESKTOP,
  elementsPastRightEdge,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  screenshot,
} from './support';

jest.setTimeout(60_000);

const BASE = 'https://gratitude.example';
const links = {
  unsubscribeUrl: `${BASE}/unsubscribe?token=u.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
  logUrl: `${BASE}/log?token=l.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
  postalAddress: 'PO Box 1234, Springfield, IL 62701, USA',
};
// Long unbroken words are what push a narrow layout sideways.
const LONG_NAME = 'Maximiliana-Wilhelmina Oberhauser-Schwarzenegger';
const LONG_NOTE =
  'Wrote to my old teacher https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all ' +
  'and said thank you for everything, then talked for an hour about the books she gave me.';

const samples: Record<string, () => RenderedEmail> = {
  welcome: () =>
    renderWelcome({
      ...links,
      firstName: 'Anna',
      confirmUrl: `${BASE}/confirm?token=c.aaaaaaaaaaaaaaaa.1790000000.bbbbbbbbbbbbbbbbbbbbbbbb`,
    }),
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((day) => [
      `prompt-day-${day}`,
      () => renderPrompt({ ...links, firstName: day === 4 ? null : day === 1 ? 'Anna' : LONG_NAME, day }),
    ]),
  ),
  'receipt-one': () =>
    renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 1,
      thanked: [{ name: 'Mom', relationship: 'mom' }],
      note: 'Called Mom and thanked her for driving me to every swimming lesson for six years.',
    }),
  'receipt-nobody': () =>
    renderReceipt({ ...links, firstName: 'Anna', day: 3, thanked: [], note: LONG_NOTE }),
  'receipt-several': () =>
    renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 2,
      thanked: [
        { name: 'Anna', relationship: 'sister' },
        { name: LONG_NAME, relationship: null },
        { name: 'Mr. & Mrs. Kowalski', relationship: 'neighbours' },
      ],
      note: LONG_NOTE,
    }),
  recap: () =>
    renderRecap({
      ...links,
      firstName: 'Anna',
      days: [
        {
          day: 1,
          theme: dayContent(1).theme,
          thanked: [{ name: 'Mom', relationship: 'mom', note: 'Called Mom about the swimming lessons.' }],
        },
        {
          day: 2,
          theme: dayContent(2).theme,
          thanked: [
            { name: 'Anna', relationship: 'sister', note: 'Texted Anna and Ben after the move.' },
            { name: 'Ben', relationship: null, note: 'Texted Anna and Ben after the move.' },
          ],
        },
        { day: 3, theme: dayContent(3).theme, thanked: [] },
        {
          day: 4,
          theme: dayContent(4).theme,
          thanked: [
            { name: 'Priya', relationship: 'colleague', note: 'Thanked Priya for the design review.' },
          ],
        },
      ],
    }),
  'recap-long': () =>
    renderRecap({
      ...links,
      firstName: LONG_NAME,
      days: [
        {
          day: 2,
          theme: dayContent(2).theme,
          thanked: [{ name: LONG_NAME, relationship: null, note: LONG_NOTE }],
        },
      ],
    }),
  'recap-empty': () => renderRecap({ ...links, firstName: 'Anna', days: [] }),
  'command-stopped': () => renderCommandConfirmation({ ...links, kind: 'stopped', firstName: 'Anna' }),
  'command-paused': () => renderCommandConfirmation({ ...links, kind: 'paused', firstName: 'Anna' }),
  'command-resumed': () =>
    renderCommandConfirmation({ ...links, kind: 'resumed', firstName: 'Anna', nextDay: 4 }),
  'command-restarted': () => renderCommandConfirmation({ ...links, kind: 'restarted', firstName: null }),
};

// Which emails go to docs/screenshots (SCREENSHOTS=1), at which width.
const SHOWN: Record<string, 'phone' | 'desktop'> = {
  'prompt-day-1': 'phone',
  'receipt-one': 'phone',
  recap: 'desktop',
};

let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
  // An email must not load anything (mail clients block remote content, and it would track).
  await page.route('**/*', (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(samples))('%s', (name, render) => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('fits a %s without scrolling sideways', async (kind, viewport) => {
    await page.setViewportSize(viewport);
    await page.setContent(render().html, { waitUntil: 'load' });
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await elementsPastRightEdge(page)).toEqual([]);
    expect(requested).toEqual([]);
    if (SHOWN[name] === kind) await screenshot(page, `email-${name}`);
  });
});

it('the emails have no serious or critical accessibility findings', async () => {
  await page.setViewportSize(PHONE);
  const found: Record<string, string[]> = {};
  for (const [name, render] of Object.entries(samples)) {
    await page.setContent(render().html, { waitUntil: 'load' });
    // A mail client puts the message inside its own page: landmarks are the client's business.
    const violations = await axeViolations(page, ['landmark-one-main', 'region']);
    if (violations.length > 0) found[name] = violations.map((v) => `${v.id} (${v.impact})`);
    expect({ name, blocking: blocking(violations) }).toEqual({ name, blocking: [] });
  }
  if (Object.keys(found).length > 0) console.log(`axe findings in emails: ${JSON.stringify(found, null, 2)}`);
});

it('the checks themselves catch planted problems', async () => {
  // Guards against checks that silently pass everything.
  await page.setViewportSize(PHONE);
  await page.setContent(
    '<!doctype html><html><body><p style="color:#bbb;background:#fff">faint</p><input id="x">' +
      '<div style="overflow:hidden"><p style="width:900px">cut off</p></div></body></html>',
  );
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'label', 'html-has-lang']));
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await elementsPastRightEdge(page)).toEqual(['<p> cut off']);
});
