import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { prepareApp } from './prepareApp';
import { REPO_ROOT, startHelpdesk, type Helpdesk } from './server';

/** One ticket of each lane in the acceptance bundle, an override, and the review page; signed in as the team lead. */
const LEAD = 7;
const LANE_SHOTS = [
  { ticketId: 491001, name: 'lane-1-ticket-491001' },
  { ticketId: 491008, name: 'lane-2-ticket-491008' },
  { ticketId: 491003, name: 'lane-3-ticket-491003' },
] as const;
const OVERRIDE = { ticketId: 491002, lane: 'Lane 2 · Assisted response', reason: 'Finance approved the refund already; the agent confirms it.', name: 'override-ticket-491002' };

async function openSidebar(page: Page, helpdesk: Helpdesk, ticketId: number): Promise<Frame> {
  await page.goto(helpdesk.ticketUrl(ticketId, { user: LEAD }));
  await page.waitForSelector('body[data-app-registered="true"]', { timeout: 15_000 });
  const frame = page.frames().find((f) => f.url().startsWith(helpdesk.appOrigin));
  if (!frame) throw new Error(`no app frame on ticket #${ticketId}`);
  await frame.waitForSelector('[data-testid="first-screen"]', { timeout: 15_000 });
  await frame.waitForSelector('[data-testid="packet"], [data-testid="lane1-summary"]');
  await settle(page);
  return frame;
}

/** Waits until the app frame's height stops changing, so the picture shows the sidebar as resized. */
async function settle(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const h = await page.evaluate(() => document.getElementById('app-frame')?.getBoundingClientRect().height ?? 0);
    if (h === last) return;
    last = h;
    await page.waitForTimeout(100);
  }
}

async function save(page: Page, outDir: string, name: string): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  // The sidebar alone, whole, at the 320 px Zendesk gives it: a page tall enough to show all of it.
  const sidebar = join(outDir, `${name}-sidebar.png`);
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.evaluate(() => document.getElementById('app-frame')?.getBoundingClientRect().height ?? 0);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height) + 120) });
  await page.locator('#app-frame').screenshot({ path: sidebar });
  await page.setViewportSize(size);
  process.stdout.write(`saved ${file}\nsaved ${sidebar}\n`);
}

async function main(): Promise<void> {
  const app = prepareApp({ build: !process.argv.includes('--no-build') });
  if (app.note) process.stdout.write(`screenshots: ${app.note}\n`);
  const outDir = join(REPO_ROOT, 'docs', 'screenshots');
  await mkdir(outDir, { recursive: true });
  const helpdesk = await startHelpdesk({ appDir: app.appDir, appPage: app.appPage, quiet: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const shot of LANE_SHOTS) {
      await openSidebar(page, helpdesk, shot.ticketId);
      await save(page, outDir, shot.name);
    }

    // The same Lane 3 ticket for an agent who reads German.
    helpdesk.store.setLocale(LEAD, 'de');
    await openSidebar(page, helpdesk, 491003);
    await save(page, outDir, 'lane-3-ticket-491003-de');
    helpdesk.store.setLocale(LEAD, 'en-US');

    // And in Zendesk's dark theme.
    helpdesk.store.setColorScheme(LEAD, 'dark');
    await openSidebar(page, helpdesk, 491008);
    await save(page, outDir, 'lane-2-ticket-491008-dark');
    helpdesk.store.setColorScheme(LEAD, 'light');

    const frame = await openSidebar(page, helpdesk, OVERRIDE.ticketId);
    await frame.getByRole('button', { name: 'Override lane' }).click();
    await frame.getByLabel(OVERRIDE.lane).check({ force: true });
    await frame.getByRole('textbox').fill(OVERRIDE.reason);
    await frame.getByRole('button', { name: 'Save override' }).click();
    await frame.waitForSelector('[data-testid="override-summary"]');
    await openSidebar(page, helpdesk, OVERRIDE.ticketId);
    await save(page, outDir, OVERRIDE.name);

    await page.goto(helpdesk.reviewUrl({ user: LEAD }));
    await page.waitForSelector('body[data-app-registered="true"]', { timeout: 15_000 });
    const review = page.frames().find((f) => f.url().startsWith(helpdesk.appOrigin));
    await review?.waitForSelector('[data-testid="review-figures"]', { timeout: 30_000 });
    await settle(page);
    const file = join(outDir, 'review-page.png');
    // The page fills the window and scrolls inside: a window as tall as its content shows all of it.
    const height = (await review?.evaluate(() => document.documentElement.scrollHeight)) ?? 900;
    await page.setViewportSize({ width: 1440, height: Math.ceil(height) + 60 });
    await settle(page);
    await page.screenshot({ path: file });
    process.stdout.write(`saved ${file}\n`);
  } finally {
    await browser.close();
    await helpdesk.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
