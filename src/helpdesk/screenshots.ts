import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './browser';
import { prepareApp } from './prepareApp';
import { REPO_ROOT, startHelpdesk } from './server';

/** One ticket of each lane in the acceptance bundle. */
const SHOTS = [
  { ticketId: 491001, lane: 1 },
  { ticketId: 491008, lane: 2 },
  { ticketId: 491003, lane: 3 },
] as const;

async function main(): Promise<void> {
  const app = prepareApp({ build: !process.argv.includes('--no-build') });
  if (app.note) process.stdout.write(`screenshots: ${app.note}\n`);
  const outDir = join(REPO_ROOT, 'docs', 'screenshots');
  await mkdir(outDir, { recursive: true });
  const helpdesk = await startHelpdesk({ appDir: app.appDir, appPage: app.appPage, quiet: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const shot of SHOTS) {
      await page.goto(helpdesk.ticketUrl(shot.ticketId, { user: 7 }));
      await page.waitForSelector('body[data-app-registered="true"]', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      // Give the app time to read the ticket and render its answer.
      await page.waitForTimeout(1500);
      const file = join(outDir, `lane-${shot.lane}-ticket-${shot.ticketId}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`saved ${file}\n`);
    }
  } finally {
    await browser.close();
    await helpdesk.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
