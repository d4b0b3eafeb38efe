/**
 * Shared pieces of the real-browser tests: Debian's chromium through playwright-core, an axe-core
 * audit that leaves the page's Content-Security-Policy in force, a horizontal-scroll check and
 * opt-in screenshots (`SCREENSHOTS=1`) for the README.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningStack, startStack } from '../support/main-process';

/**
 * The few browser globals the page functions below read. The project compiles without the DOM
 * library (its code runs on Node), so functions run inside the page name them through this.
 */
export interface PageGlobals {
  document: {
    scrollingElement: { scrollWidth: number } | null;
    documentElement: { scrollWidth: number };
    body: {
      querySelectorAll(selector: string): Iterable<{
        tagName: string;
        textContent: string | null;
        getBoundingClientRect(): { width: number; height: number; right: number };
      }>;
    };
  };
  innerWidth: number;
  getComputedStyle(element: unknown): { backgroundColor: string };
  axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// playwright's own browser download is not available here: Debian's chromium, headless, with
// everything that would reach the network off.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts chromium with a bounded wait and one more try: a start that hangs would otherwise keep
 * jest waiting on it long after the tests timed out.
 */
export async function launchBrowser(): Promise<Browser> {
  const launch = () =>
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
  try {
    return await launch();
  } catch (error) {
    console.warn(`chromium did not start, trying once more: ${String(error)}`);
    return launch();
  }
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1024, height: 768 };

// ---------------------------------------------------------------------------------------------
// Accessibility

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is. axe's source is evaluated through the DevTools protocol,
 * which a CSP does not govern, so the page keeps its strict policy: a <script> tag would be
 * refused, and `bypassCSP` would hide the very breakage (an unhashed style) the tests look for.
 */
export async function axeViolations(page: Page, skipRules: string[] = []): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ({ tags, skip }) => {
      const { axe, document } = globalThis as unknown as PageGlobals;
      const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
      return axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
    },
    { tags: AXE_TAGS, skip: skipRules },
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

export const blocking = (violations: Violation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

// ---------------------------------------------------------------------------------------------
// Layout

/** Pixels the page is wider than its viewport (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as PageGlobals;
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - innerWidth);
  });
}

/**
 * Visible elements that reach past the viewport's right edge. A page can be free of scrolling and
 * still cut text off (a container with `overflow:hidden`), which this catches.
 */
export async function elementsPastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as PageGlobals;
    const past: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.right > innerWidth + 0.5) {
        past.push(`<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 40)}`);
      }
    }
    return past;
  });
}

// ---------------------------------------------------------------------------------------------
// Screenshots: only on request (SCREENSHOTS=1), since they carry dates and would change on every
// run. Chromium writes 24-bit PNGs; `pngquant --quality 70-95 --strip` makes them about a third
// of that size for docs/screenshots.

export const SCREENSHOTS = process.env.SCREENSHOTS === '1';
const SCREENSHOT_DIR = resolve(__dirname, '..', '..', 'docs', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The page's Content-Security-Policy errors, collected from its console as they happen. */
export function cspErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

/** Minor and moderate axe findings do not fail a test; they are listed by page to be looked at. */
export function printFindings(findings: ReadonlyMap<string, Violation[]>): void {
  const lines = [...findings]
    .filter(([, found]) => found.length > 0)
    .map(([name, found]) => `  ${name}: ${found.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  if (lines.length > 0) console.log(`axe findings by page:\n${lines.join('\n')}`);
}

/**
 * `npm start`'s stack and a browser, started side by side. Each is kept as soon as it is up, so
 * `stop()` (in afterAll) ends whichever did start even when the other failed.
 */
export class StackAndBrowser {
  stack: RunningStack | undefined;
  browser: Browser | undefined;

  async start(): Promise<{ stack: RunningStack; browser: Browser }> {
    const [stack, browser] = await Promise.all([
      startStack().then((started) => {
        this.stack = started;
        return started;
      }),
      launchBrowser().then((launched) => {
        this.browser = launched;
        return launched;
      }),
    ]);
    return { stack, browser };
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.stack?.stop();
  }
}
