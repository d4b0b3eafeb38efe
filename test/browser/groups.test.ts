/**
 * A group through its pages, in a real browser on `npm start`'s stack at phone width: the
 * organizer's form (keyboard only), confirmation, the join page members use, and the dashboard
 * with counts only. Every page is audited with axe under its own CSP and may not scroll sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inboxOf, type RunningStack } from '../support/main-process';
import {
  axeViolations,
  blocking,
  cspErrorsOf,
  elementsPastRightEdge,
  horizontalOverflow,
  PHONE,
  printFindings,
  StackAndBrowser,
  screenshot,
  type Violation,
} from './support';

jest.setTimeout(120_000);

const ORGANIZER = 'tutor.browser@example.com';

// The pages worth a picture (written with SCREENSHOTS=1).
const README_SHOTS = new Set(['group-join', 'group-dashboard']);

const session = new StackAndBrowser();
let stack: RunningStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cspErrors: string[] = [];
const audit = new Map<string, Violation[]>();

beforeAll(async () => {
  ({ stack, browser } = await session.start());
  context = await browser.newContext({ viewport: PHONE, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  cspErrors = cspErrorsOf(page);
});

afterAll(async () => {
  await session.stop();
  printFindings(audit);
});

async function checkPage(name: string): Promise<void> {
  const found = await axeViolations(page);
  audit.set(name, found);
  expect(blocking(found)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await elementsPastRightEdge(page)).toEqual([]);
  expect(cspErrors).toEqual([]);
  if (README_SHOTS.has(name)) await screenshot(page, name);
}

const heading = async () => (await page.textContent('h1')) ?? '';
const focusedId = () => page.locator(':focus').getAttribute('id');
const urlIn = (text: string | undefined, path: string) =>
  text?.match(new RegExp(`http\\S+${path}\\S*`))?.[0] ?? '';

let joinUrl = '';
let dashboardUrl = '';

it('creates a group by keyboard: a wrong date comes back on its field, then the inbox page', async () => {
  // Found from the home page.
  await page.goto(`${stack.url}/`);
  await Promise.all([page.waitForNavigation(), page.click('a:has-text("Do the week together")')]);
  expect(new URL(page.url()).pathname).toBe('/groups');
  await checkPage('group-create');
  await page.keyboard.press('Tab'); // the site name
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('organizerEmail');
  await page.keyboard.type(ORGANIZER);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Thursday job club');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  // No start date: the form says so, on the date field.
  expect(await page.textContent('[role=alert]')).toContain('start date');
  expect(await page.getAttribute('#startDate', 'aria-invalid')).toBe('true');
  expect(await page.inputValue('#name')).toBe('Thursday job club');
  await checkPage('group-create-error');

  const start = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await page.fill('#startDate', start);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  expect(await heading()).toContain('Check your inbox');
  await checkPage('group-check-inbox');
});

it('confirms by the button on the emailed link, then shows the join link and code', async () => {
  const [email] = await inboxOf(stack, ORGANIZER);
  await page.goto(urlIn(email?.body.text, '/groups/confirm\\?token='));
  expect(await heading()).toBe('Confirm your group');
  await checkPage('group-confirm');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  expect(await heading()).toBe('Your group is ready');
  joinUrl = (await page.getAttribute('.share a', 'href')) ?? '';
  expect(joinUrl).toMatch(/\/join\/[0-9a-z]{7}$/);
  dashboardUrl = new URL((await page.getAttribute('a.button', 'href')) ?? '', page.url()).href;
  await checkPage('group-ready');
});

it('lets members join from the join page, which names the group', async () => {
  for (const member of ['ida.browser@example.com', 'jon.browser@example.com', 'kai.browser@example.com']) {
    await page.goto(joinUrl);
    expect(await heading()).toBe('Join “Thursday job club”');
    if (member.startsWith('ida')) await checkPage('group-join');
    await page.fill('#email', member);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await heading()).toContain('Check your inbox');
  }
  await page.goto(`${stack.url}/join/zzzzzzz`);
  expect(await heading()).toBe('No group with this code');
  await checkPage('group-join-unknown');
});

it('shows the dashboard with counts only, withheld until three confirm, and closes the join link', async () => {
  await page.goto(dashboardUrl);
  expect(await page.textContent('main')).toContain('Not enough members to show numbers yet');
  await checkPage('group-dashboard-withheld');
  // The three confirm by their links; the dashboard then shows its table and chart.
  for (const member of ['ida.browser@example.com', 'jon.browser@example.com', 'kai.browser@example.com']) {
    const [welcome] = await inboxOf(stack, member);
    const confirmUrl = urlIn(welcome?.body.text, '/confirm\\?token=');
    await fetch(confirmUrl, { method: 'POST' });
  }
  await page.goto(dashboardUrl);
  expect(await page.textContent('main')).toContain('3 members have confirmed.');
  expect(await page.locator('table.numbers tbody tr').count()).toBe(7);
  expect(await page.locator('figure.tally svg rect').count()).toBe(7);
  // The join link as a QR code to project for the room, named for screen readers.
  expect(await page.getAttribute('.qr svg', 'role')).toBe('img');
  expect(await page.getAttribute('.qr svg', 'aria-label')).toBe('QR code of the join link');
  const text = (await page.textContent('main')) ?? '';
  for (const secret of ['ida.browser', 'jon.browser', 'kai.browser']) expect(text).not.toContain(secret);
  await checkPage('group-dashboard');

  await page.focus('button:has-text("Close the join link")');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(await page.textContent('main')).toContain('The join link is closed');
  await page.goto(joinUrl);
  expect(await heading()).toBe('This group is closed');
  await checkPage('group-join-closed');
});
