/**
 * Every email in every language, rendered with sample values as `npm run preview` does, laid out by a real browser
 * at a phone's 360 px and a desktop's 1024 px: nothing may scroll sideways (a long name, note or
 * link must wrap), and nothing may be fetched from elsewhere. No stack needed.
 */
import type { Browser, Page } from 'playwright-core';
import { allEmailSamples } from '../../templates/samples';
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

const samples = allEmailSamples();

// Which emails go to docs/screenshots (SCREENSHOTS=1), at which width.
const SHOWN: Record<string, 'phone' | 'desktop'> = {
  'en/prompt-day-1': 'phone',
  'en/receipt-one': 'phone',
  'en/recap': 'desktop',
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
    if (SHOWN[name] === kind) await screenshot(page, `email-${name.replace(/^en\//, '')}`);
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
