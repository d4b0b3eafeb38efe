/**
 * Every page in Spanish, German and French, in a real browser on `npm start`'s stack at a phone's
 * 360 px: the language comes from the browser (Accept-Language), the form offers it for the
 * emails, and every page after that speaks the subscriber's language. Each page is audited with
 * axe under its strict CSP, says its language in <html lang>, and must not scroll sideways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALES } from '../../functions/core/language';
import { CATALOGUE } from '../../functions/core/messages';
import { signToken, verifyToken } from '../../functions/core/tokens';
import { parseTokenKeys } from '../../functions/runtime/config';
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
  type Violation,
} from './support';

jest.setTimeout(180_000);

const session = new StackAndBrowser();
let stack: RunningStack;
let browser: Browser;
const findings = new Map<string, Violation[]>();

beforeAll(async () => {
  ({ stack, browser } = await session.start());
});

afterAll(async () => {
  await session.stop();
  printFindings(findings);
});

const inbox = (email: string) => inboxOf(stack, email);

describe.each(['es', 'de', 'fr'] as const)('every page in %s', (language) => {
  const copy = CATALOGUE[language];
  const email = `browser.${language}@example.com`;
  let context: BrowserContext;
  let page: Page;
  let cspErrors: string[] = [];

  beforeAll(async () => {
    // The browser's own language is the only hint: no ?lang= until the person picks one.
    context = await browser.newContext({
      viewport: PHONE,
      locale: LOCALES[language],
      timezoneId: 'Europe/Madrid',
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    cspErrors = cspErrorsOf(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  async function check(name: string, title: string): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(((await page.textContent('h1')) ?? '').trim()).toBe(title);
    const found = await axeViolations(page);
    findings.set(`${language}/${name}`, found);
    expect(blocking(found)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await elementsPastRightEdge(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
  }

  let subscriberId = '';
  let keys: ReturnType<typeof parseTokenKeys>;

  it('subscribes in the browser’s language, and the welcome is written in it', async () => {
    await page.goto(`${stack.url}/`);
    await check('subscribe', copy.pages.subscribe.heading);
    expect(await page.inputValue('#language')).toBe(language);

    await page.fill('#email', 'not an address');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.textContent('[role=alert]')).toBe(copy.errors.invalid_email);
    await check('subscribe-error', copy.pages.subscribe.heading);

    await page.fill('#email', email);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await check('check-inbox', copy.pages.checkInbox.title);

    const [welcome] = await inbox(email);
    expect(welcome?.subject).toBe(copy.email.welcome.subject);
    const { stdout } = await stack.cli(['export', '--email', email]);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'pending', language });
  });

  it('confirms through the page, and says when the first prompt comes in the person’s words', async () => {
    const [welcome] = await inbox(email);
    const confirmUrl = welcome?.body.text?.match(/http\S+\/confirm\?token=[a-z0-9.]+/)?.[0] ?? '';
    await page.goto(confirmUrl);
    await check('confirm', copy.pages.confirm.title);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await check('confirmed', copy.confirmed.heading);
    keys = parseTokenKeys(readFileSync(join(stack.env.LOCAL_DATA_DIR ?? '', 'hmac-keys.json'), 'utf8'));
    subscriberId = verifyToken(
      keys,
      new URL(confirmUrl).searchParams.get('token') ?? '',
      'confirm',
      new Date(),
    ).subscriberId;
  });

  it('shows the log and the preferences, and saves a change', async () => {
    const token = signToken(keys, { purpose: 'log', subscriberId });
    await page.goto(`${stack.url}/log?token=${token}`);
    await check('log', copy.pages.log.heading);
    await Promise.all([page.waitForNavigation(), page.click(`a:has-text("${copy.pages.log.change}")`)]);
    await check('preferences', copy.pages.preferences.title);
    expect(await page.inputValue('#language')).toBe(language);
    await page.selectOption('#sendHour', '7');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.textContent('[role=status]')).toBe(copy.pages.preferences.saved);
    await check('preferences-saved', copy.pages.preferences.title);
  });

  it('unsubscribes, then deletes, with every page in the language', async () => {
    const unsubscribe = `${stack.url}/unsubscribe?token=${signToken(keys, { purpose: 'unsubscribe', subscriberId })}`;
    await page.goto(unsubscribe);
    await check('unsubscribe', copy.pages.unsubscribe.title);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await check('unsubscribed', copy.pages.unsubscribe.doneTitle);
    await page.goto(unsubscribe);
    await check('already-unsubscribed', copy.pages.unsubscribe.alreadyTitle);

    const log = `${stack.url}/log?token=${signToken(keys, { purpose: 'log', subscriberId })}`;
    await page.goto(log);
    await page.click('summary');
    await Promise.all([
      page.waitForNavigation(),
      page.click(`button:has-text("${copy.pages.log.deleteButton}")`),
    ]);
    await check('deleted', copy.pages.deleted.title);
    // The person is gone: the old link's page speaks the browser's language.
    expect((await page.goto(log))?.status()).toBe(404);
    await check('error-unknown-subscriber', copy.pages.errors.unknownTitle);
  });

  it('says what went wrong on the error pages', async () => {
    expect((await page.goto(`${stack.url}/confirm?token=not-a-token`))?.status()).toBe(404);
    await check('error-invalid-link', copy.pages.errors.invalidTitle);
    const expired = signToken(
      keys,
      { purpose: 'confirm', subscriberId: 'aaaaaaaaaaaaaaaa' },
      new Date(Date.now() - 8 * 24 * 3_600_000),
    );
    expect((await page.goto(`${stack.url}/confirm?token=${expired}`))?.status()).toBe(400);
    await check('error-expired', copy.pages.errors.expiredTitle);
    expect((await page.goto(`${stack.url}/no-such-page`))?.status()).toBe(404);
    await check('error-not-found', copy.pages.errors.notFoundTitle);
    expect((await page.goto(`${stack.url}/delete?token=x`))?.status()).toBe(405);
    await check('error-method', copy.pages.errors.methodTitle);
  });
});

it('a ?lang= link switches the page’s language whatever the browser says', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${stack.url}/`);
  expect(await page.getAttribute('html', 'lang')).toBe('de');
  await Promise.all([page.waitForNavigation(), page.click('nav a[hreflang="fr"]')]);
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  expect(await page.inputValue('#language')).toBe('fr');
  await context.close();
});
