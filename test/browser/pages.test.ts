/**
 * A person's week through the pages, in a real browser on `npm start`'s stack at phone width:
 * subscribe by the form (keyboard only, time zone from the browser), confirm, read the log,
 * change preferences, unsubscribe, delete, and the error pages. Every page is audited with axe
 * under its own strict CSP, and none may scroll sideways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signToken } from '../../functions/core/tokens';
import { parseTokenKeys } from '../../functions/runtime/config';
import { TIMEZONE_SCRIPT } from '../../functions/runtime/http/pages';
import { inboxOf, mailTo, type RunningStack } from '../support/main-process';
import {
  axeViolations,
  blocking,
  cspErrorsOf,
  DESKTOP,
  elementsPastRightEdge,
  horizontalOverflow,
  type PageGlobals,
  PHONE,
  printFindings,
  StackAndBrowser,
  screenshot,
  type Violation,
} from './support';

jest.setTimeout(120_000);

const EMAIL = 'aroha.browser@example.com';
// Far from UTC and spelled the same everywhere (no legacy alias), so the stored zone can only
// have come from the browser.
const BROWSER_ZONE = 'Pacific/Auckland';

// The pages worth a picture in the README (written with SCREENSHOTS=1).
const README_SHOTS = new Set([
  'subscribe',
  'subscribe-error',
  'confirm',
  'confirmed',
  'log',
  'preferences-saved',
  'unsubscribe',
  'already-unsubscribed',
  'error-expired',
  'error-invalid-link',
]);

const session = new StackAndBrowser();
let stack: RunningStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cspErrors: string[] = [];
const audit = new Map<string, Violation[]>();

beforeAll(async () => {
  ({ stack, browser } = await session.start());
  context = await browser.newContext({ viewport: PHONE, timezoneId: BROWSER_ZONE, locale: 'en-NZ' });
  // Fail fast on a missing element rather than after playwright's 30 s.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  cspErrors = cspErrorsOf(page);
});

afterAll(async () => {
  await session.stop();
  printFindings(audit);
});

async function exported(): Promise<{
  status: string;
  timezone: string;
  sendHour: number;
  reconnect: boolean;
}> {
  const { stdout, stderr, code } = await stack.cli(['export', '--email', EMAIL]);
  if (code !== 0) throw new Error(`export failed: ${stderr}`);
  return JSON.parse(stdout);
}

const link = (text: string | undefined, path: string) =>
  text?.match(new RegExp(`http\\S+/${path}\\?token=[a-z0-9.]+`))?.[0] ?? '';

/** What every page must pass: no axe finding above moderate, no sideways scroll, CSP intact. */
async function checkPage(name: string): Promise<void> {
  const found = await axeViolations(page);
  audit.set(name, found);
  expect(blocking(found)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await elementsPastRightEdge(page)).toEqual([]);
  // The stylesheet is allowed by its hash: if the hash broke, the page would be unstyled.
  const background = await page.evaluate(() => {
    const { getComputedStyle, document } = globalThis as unknown as PageGlobals;
    return getComputedStyle(document.body).backgroundColor;
  });
  expect(background).toBe('rgb(244, 241, 234)');
  expect(cspErrors).toEqual([]);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  if (README_SHOTS.has(name)) await screenshot(page, name);
}

const heading = async () => (await page.textContent('h1')) ?? '';
const focusedId = () => page.locator(':focus').getAttribute('id');
const mainText = async () => (await page.textContent('main')) ?? '';

it('subscribes through the form by keyboard, with the time zone taken from the browser', async () => {
  const response = await page.goto(`${stack.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  // The one inline script (allowed by its hash) picked the browser's zone.
  expect(await page.inputValue('#timezone')).toBe(BROWSER_ZONE);
  await checkPage('subscribe');

  // A wrong address comes back with the message tied to the field.
  await page.fill('#email', 'not an address');
  await page.click('button[type=submit]');
  expect(await page.textContent('[role=alert]')).not.toBe('');
  expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
  // ...kept as typed, and focused, so fixing it is one step.
  expect(await page.inputValue('#email')).toBe('not an address');
  expect(await focusedId()).toBe('email');
  await checkPage('subscribe-error');

  await page.goto(`${stack.url}/`);
  await page.keyboard.press('Tab'); // the site name, a link home
  expect(await page.locator('a:focus').getAttribute('href')).toBe('/?lang=en');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('email');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Aroha');
  await page.keyboard.press('Tab'); // time zone, left as the browser set it
  await page.keyboard.press('Tab'); // send hour, 08:00 by default
  await page.keyboard.press('Tab'); // the emails' language, the page's by default
  expect(await page.inputValue('#language')).toBe('en');
  await page.keyboard.press('Tab');
  expect(await page.locator('button:focus').count()).toBe(1);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(await heading()).toContain('Check your inbox');
  await checkPage('check-inbox');

  expect(await exported()).toMatchObject({ status: 'pending', timezone: BROWSER_ZONE, sendHour: 8 });
});

it('confirms through the page: the link only shows a button, the button confirms', async () => {
  const [welcome] = await inboxOf(stack, EMAIL);
  const confirmUrl = link(welcome?.body.text, 'confirm');
  expect(confirmUrl).not.toBe('');
  await page.goto(confirmUrl);
  await checkPage('confirm');
  expect((await exported()).status).toBe('pending');

  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  expect(await heading()).toContain('You’re in');
  await checkPage('confirmed');
  expect((await exported()).status).toBe('active');
});

let logUrl = '';
let unsubscribeUrl = '';

it('shows the log page with what the reply said', async () => {
  const { stdout } = await stack.cli([
    'schedule',
    '--timezone',
    BROWSER_ZONE,
    '--send-hour',
    '8',
    '--confirmed-at',
    new Date().toISOString(),
  ]);
  const day1 = new Date((JSON.parse(stdout) as { sends: string[] }).sends[0] ?? '').getTime();
  await stack.cli(['tick', '--at', new Date(day1 + 60_000).toISOString()]);
  const prompt = await mailTo(stack, EMAIL, (e) => e.subject.startsWith('Day 1'));
  logUrl = link(prompt?.body.text, 'log');
  unsubscribeUrl = link(prompt?.body.text, 'unsubscribe');
  expect(logUrl).not.toBe('');

  const smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: stack.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  await smtp.sendMail({
    from: EMAIL,
    to: prompt?.replyTo[0],
    subject: `Re: ${prompt?.subject}`,
    text: 'Rang my grandmother Mere to thank her for teaching me to bake bread.',
  });

  await page.goto(logUrl);
  expect(await mainText()).toContain('teaching me to bake bread');
  // How it was said: beside the person, and summed up for the week above a chart.
  expect(await mainText()).toContain('Mere (grandmother), by phone');
  expect(await page.textContent('figure.tally figcaption')).toBe('This week: a call.');
  await checkPage('log');
  await page.setViewportSize(DESKTOP);
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'log-desktop');
  await page.setViewportSize(PHONE);

  // The downloads are plain links that work.
  const csvHref = (await page.getAttribute('a:has-text("CSV")', 'href')) ?? '';
  const csv = await page.request.get(new URL(csvHref, page.url()).href);
  expect((await csv.text()).split('\r\n')[0]).toBe('day,name,relationship,note,channel');
});

it('renames and removes an entry on the log page by keyboard alone; a forged token changes nothing', async () => {
  const thanked = async () =>
    (
      (await exported()) as unknown as {
        thanked: { day: number; name: string; relationship: string | null }[];
      }
    ).thanked;
  await page.goto(logUrl);
  expect(await thanked()).toEqual([
    expect.objectContaining({ day: 1, name: 'Mere', relationship: 'grandmother' }),
  ]);

  // The field is found by its label, as a screen reader announces it; Enter renames.
  await page.getByLabel('Correct the name “Mere”').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Mere Ngata');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).pathname).toBe('/log');
  expect(await thanked()).toEqual([
    expect.objectContaining({ day: 1, name: 'Mere Ngata', relationship: 'grandmother' }),
  ]);
  await checkPage('log-renamed');

  // A post with a forged log token is refused and changes nothing.
  const token = new URL(logUrl).searchParams.get('token') ?? '';
  const forged = await page.request.post(`${stack.url}/log/thanked?token=${token.slice(0, -4)}aaaa`, {
    form: { day: '1', name: 'Mere Ngata', action: 'remove' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(forged.status()).toBeLessThan(500);
  expect(await thanked()).toHaveLength(1);

  // Tab from the field past Rename to Remove; its name says what it removes.
  await page.getByLabel('Correct the name “Mere Ngata”').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.locator('button:focus').textContent()).toBe('Remove Mere Ngata from day 1');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(await thanked()).toEqual([]);
  // Their words stay in the log.
  expect(await mainText()).toContain('teaching me to bake bread');
  await checkPage('log-removed');
});

it('changes preferences from the log page', async () => {
  await Promise.all([page.waitForNavigation(), page.click('a:has-text("time zone")')]);
  expect(await page.inputValue('#timezone')).toBe(BROWSER_ZONE);
  await checkPage('preferences');
  await page.selectOption('#timezone', 'Europe/Lisbon');
  await page.selectOption('#sendHour', '7');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  expect(await page.textContent('[role=status]')).toContain('Saved');
  expect(await page.inputValue('#sendHour')).toBe('7');
  await checkPage('preferences-saved');
  expect(await exported()).toMatchObject({ status: 'active', timezone: 'Europe/Lisbon', sendHour: 7 });
});

it('turns the check-in email off from its link by keyboard, and on again with the preferences box', async () => {
  await page.goto(logUrl.replace('/log?', '/reconnect?'));
  await checkPage('reconnect-off');
  expect((await exported()).reconnect).toBe(true);
  await page.focus('button[type=submit]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(await heading()).toBe('Check-in emails are off');
  await checkPage('reconnect-off-done');
  expect((await exported()).reconnect).toBe(false);
  await Promise.all([page.waitForNavigation(), page.click('a:has-text("preferences")')]);
  expect(await page.isChecked('#reconnect')).toBe(false);
  await page.focus('#reconnect');
  await page.keyboard.press('Space');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  expect(await page.isChecked('#reconnect')).toBe(true);
  expect((await exported()).reconnect).toBe(true);
});

it('unsubscribes through the page, and a second visit says so calmly', async () => {
  await page.goto(unsubscribeUrl);
  await checkPage('unsubscribe');
  expect((await exported()).status).toBe('active');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  expect(await heading()).toContain('unsubscribed');
  await checkPage('unsubscribed');
  expect((await exported()).status).toBe('unsubscribed');

  await page.goto(unsubscribeUrl);
  expect(await heading()).toMatch(/already unsubscribed/i);
  await checkPage('already-unsubscribed');
});

it('deletes the data from the log page; the old link then explains itself', async () => {
  await page.goto(logUrl);
  // Behind a disclosure, so that one stray tap cannot delete a week.
  expect(await page.isVisible('button:has-text("Delete")')).toBe(false);
  await page.click('summary');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Delete")')]);
  expect(await heading()).toContain('deleted');
  await checkPage('deleted');
  expect((await stack.cli(['export', '--email', EMAIL])).code).toBe(1);

  const gone = await page.goto(logUrl);
  expect(gone?.status()).toBe(404);
  await checkPage('error-unknown-subscriber');
});

it('error pages say what happened and what to do', async () => {
  const invalid = await page.goto(`${stack.url}/confirm?token=not-a-token`);
  expect(invalid?.status()).toBe(404);
  expect(await mainText()).toContain('not valid');
  await checkPage('error-invalid-link');

  // A confirm link signed with this stack's key eight days ago.
  const keys = parseTokenKeys(readFileSync(join(stack.env.LOCAL_DATA_DIR ?? '', 'hmac-keys.json'), 'utf8'));
  const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
  const expiredToken = signToken(
    keys,
    { purpose: 'confirm', subscriberId: 'aaaaaaaaaaaaaaaa' },
    eightDaysAgo,
  );
  const expired = await page.goto(`${stack.url}/confirm?token=${expiredToken}`);
  expect(expired?.status()).toBe(400);
  expect(await mainText()).toContain('expired');
  await checkPage('error-expired');
  // ...and offers the way back: the form.
  await Promise.all([page.waitForNavigation(), page.click('main a[href="/?lang=en"]')]);
  expect(await page.locator('#email').count()).toBe(1);

  const missing = await page.goto(`${stack.url}/no-such-page`);
  expect(missing?.status()).toBe(404);
  await checkPage('error-not-found');
  const wrongMethod = await page.goto(`${stack.url}/delete?token=x`);
  expect(wrongMethod?.status()).toBe(405);
  await checkPage('error-method');
});

it('the time zone script matches the browser zone to an option under another name', async () => {
  // Chromium reports Asia/Kolkata as its legacy name Asia/Calcutta; Firefox reports Asia/Kolkata.
  // Whichever spelling the server's list uses, the form must still pick it.
  const kolkata = await browser.newContext({ timezoneId: 'Asia/Kolkata' });
  const probe = await kolkata.newPage();
  for (const listed of ['Asia/Kolkata', 'Asia/Calcutta']) {
    await probe.setContent(
      `<select id="timezone"><option value="UTC">UTC</option><option value="${listed}">${listed}</option></select>`,
    );
    await probe.addScriptTag({ content: TIMEZONE_SCRIPT });
    expect(await probe.inputValue('#timezone')).toBe(listed);
  }
  await kolkata.close();
});

it('the form works with JavaScript off: the zone stays UTC, to be changed on the preferences page', async () => {
  const noScript = await browser.newContext({
    viewport: PHONE,
    timezoneId: BROWSER_ZONE,
    javaScriptEnabled: false,
  });
  const plain = await noScript.newPage();
  await plain.goto(`${stack.url}/`);
  expect(await plain.inputValue('#timezone')).toBe('UTC');
  await plain.fill('#email', 'no.script@example.com');
  await plain.selectOption('#sendHour', '6');
  await Promise.all([plain.waitForNavigation(), plain.click('button[type=submit]')]);
  expect(await plain.textContent('h1')).toContain('Check your inbox');
  const { stdout } = await stack.cli(['export', '--email', 'no.script@example.com']);
  expect(JSON.parse(stdout)).toMatchObject({ status: 'pending', timezone: 'UTC', sendHour: 6 });
  await noScript.close();
});
