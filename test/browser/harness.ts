/**
 * Shared harness for browser tests against the local helpdesk (src/helpdesk).
 *
 *   startTestHelpdesk(options?)  starts the helpdesk quietly on free ports and returns a `Helpdesk`
 *     (url, appOrigin, store, ticketUrl(id, { user, fail, slow }), requests(), clearRequests(),
 *     setFaults(), reset(), close()). Options are those of `startHelpdesk` (src/helpdesk/server.ts):
 *     bundle (path or object), settings (path or object), secureSettings, appDir + appPage (the app
 *     page to serve on the app origin; default dist/assets/iframe.html), faults, hookTimeoutMs,
 *     defaultUserId. `{ app: 'probe' }` serves the probe app; `{ app: 'dist' }` the built package.
 *   launchBrowser()  launches headless Chromium ($CHROME_PATH or /usr/bin/chromium); throws how to
 *     install it when there is none.
 *   useBrowserPage({ timeoutMs, viewport })  one browser page for a test file, closed after it;
 *     when no browser can be found every test fails with the install hint rather than skips.
 *   buildApp(name)  builds the app package into a temporary folder for a test file, removed after it;
 *     returns a getter for the folder.
 *   openTicket(page, helpdesk, ticketId, { user, fail, slow, waitFor })  loads the ticket page in an
 *     existing page (reuse pages between tests), waits for the app's handshake and returns the app's
 *     Frame. `waitFor` is a selector inside the app to wait for as well.
 *   appFrame(page, helpdesk)  the sidebar app's Frame of a loaded ticket page.
 *   USERS  the demo account's signed-in users: casey (8, agent), jordan (7, team lead), alex (9, admin).
 *
 * The helpdesk page marks its state on <body>: data-view-loaded, data-app-registered, and
 * data-submit (running | cancelled | done | failed) after Submit (#submit). Notices from
 * `notify` appear as `#toasts .toast`. GET <url>/__helpdesk/requests lists the app's
 * client.request options; GET <url>/__helpdesk/state lists tickets with their lane.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../../src/helpdesk/browser';
import { DEFAULT_APP_DIR, DEFAULT_APP_PAGE, PROBE_DIR, startHelpdesk, type Helpdesk, type HelpdeskOptions } from '../../src/helpdesk/server';

export type { Helpdesk, HelpdeskOptions };

export const USERS = { jordan: 7, casey: 8, alex: 9 } as const;

export type TestHelpdeskOptions = Omit<HelpdeskOptions, 'quiet'> & { app?: 'probe' | 'dist' };

export async function startTestHelpdesk(options: TestHelpdeskOptions = {}): Promise<Helpdesk> {
  const { app, ...rest } = options;
  const appChoice =
    app === 'probe'
      ? { appDir: PROBE_DIR, appPage: 'index.html' }
      : app === 'dist'
        ? { appDir: DEFAULT_APP_DIR, appPage: DEFAULT_APP_PAGE }
        : {};
  return startHelpdesk({ ...appChoice, ...rest, quiet: true });
}

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** One browser page for the test file. Every test fails with the install hint when there is no browser. */
export function useBrowserPage(options: { timeoutMs?: number; viewport?: { width: number; height: number } } = {}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let launchError: unknown;
  beforeAll(async () => {
    try {
      browser = await launchBrowser();
    } catch (err) {
      launchError = err;
      return;
    }
    page = await browser.newPage(options.viewport ? { viewport: options.viewport } : {});
    // How long a step may wait for the page to show what it should; the test's own timeout (20 s) bounds the whole.
    page.setDefaultTimeout(options.timeoutMs ?? 15_000);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    if (launchError) throw launchError;
  });
  return () => {
    if (!page) throw launchError ?? new Error('the browser page is not open yet');
    return page;
  };
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the app package, as Zendesk would install it, into a folder of the test file's own. */
export function buildApp(name: string): () => string {
  let work: string | undefined;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), `lanes-${name}-`));
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(work, 'dist'), emptyOutDir: true } });
  }, 120_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  return () => join(work ?? '', 'dist');
}

/**
 * The app as built, in a helpdesk of its own for one test file: started before the file's
 * tests, reset with a fresh browser page before each, closed after. `use` receives both.
 */
export function useBuiltApp(name: string, use: (helpdesk: Helpdesk, page: Page) => void, pageOptions: Parameters<typeof useBrowserPage>[0] = {}): void {
  const appDir = buildApp(name);
  const browserPage = useBrowserPage(pageOptions);
  let helpdesk: Helpdesk | undefined;
  beforeAll(async () => {
    helpdesk = await startTestHelpdesk({ appDir: appDir(), appPage: 'assets/iframe.html' });
  }, 120_000);
  afterAll(async () => {
    await helpdesk?.close();
  });
  beforeEach(() => {
    const page = browserPage();
    helpdesk!.reset();
    use(helpdesk!, page);
  });
}

export function appFrame(page: Page, helpdesk: Helpdesk): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(helpdesk.appOrigin));
  if (!frame) throw new Error(`No app frame from ${helpdesk.appOrigin} on ${page.url()}`);
  return frame;
}

export async function openTicket(
  page: Page,
  helpdesk: Helpdesk,
  ticketId: number,
  options: { user?: number; fail?: string; slow?: string; waitFor?: string } = {},
): Promise<Frame> {
  const { waitFor, ...query } = options;
  await page.goto(helpdesk.ticketUrl(ticketId, query));
  await page.waitForSelector('body[data-view-loaded="true"]');
  await page.waitForSelector('body[data-app-registered="true"]');
  const frame = appFrame(page, helpdesk);
  if (waitFor) await frame.waitForSelector(waitFor);
  return frame;
}

/**
 * Chooses a lane in the override form by clicking its label, as a person does, until the radio
 * shows the choice: on a busy machine the form may take a moment to follow the first click.
 */
export async function chooseLane(form: Locator, lane: string): Promise<void> {
  const radio = form.getByLabel(lane);
  for (let attempt = 0; attempt < 5 && !(await radio.isChecked()); attempt++) {
    await form.locator('label', { hasText: lane }).click();
    if (!(await radio.isChecked())) await new Promise((settle) => setTimeout(settle, 200));
  }
  if (!(await radio.isChecked())) throw new Error(`the override form did not take the choice "${lane}"`);
}
