import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseBundle } from '../../src/helpdesk/bundle';
import { DEMO_SETTINGS } from '../host/createTestClient';
import { REVIEW_SPECS, reportOn } from '../support/reviewHistory';
import { REVIEW_ADMIN_ID, syntheticHistory } from '../support/syntheticHistory';
import { appFrame, buildApp, startTestHelpdesk, useBrowserPage, type Helpdesk } from './harness';

/** What a lead reads on the review page in a minute. */

// Security is all Lane 3 and never overridden: by the rates alone it would pass, yet it has no recontact data.
const bundle = syntheticHistory([...REVIEW_SPECS, { family: 'security', lane: 3, tickets: 6 }]);
const MIN_TICKETS = 5;
const TICKETS = reportOn(bundle).tickets;
const appDir = buildApp('review-reading');
const browserPage = useBrowserPage({ timeoutMs: 15_000, viewport: { width: 1280, height: 800 } });
let helpdesk: Helpdesk;
let page: Page;

beforeAll(async () => {
  helpdesk = await startTestHelpdesk({
    bundle: parseBundle(bundle),
    settings: { ...DEMO_SETTINGS, policy: JSON.stringify({ promotion: { min_tickets: MIN_TICKETS } }) },
    appDir: appDir(),
    appPage: 'assets/iframe.html',
  });
}, 120_000);

afterAll(async () => {
  await helpdesk?.close();
});

beforeEach(() => {
  page = browserPage();
  helpdesk.reset();
});

async function openOctober(): Promise<Frame> {
  // Zendesk lets only admins read the export the figures come from.
  await page.goto(helpdesk.reviewUrl({ user: REVIEW_ADMIN_ID }));
  await page.waitForSelector('body[data-app-registered="true"]');
  const app = appFrame(page, helpdesk);
  await app.waitForSelector('[data-testid="review-figures"]');
  await app.fill('input[name="from"]', '2026-10-01');
  await app.fill('input[name="to"]', '2026-10-31');
  await app.click('button:text("Show")');
  await app.waitForSelector(`[data-testid="review-figures"][data-tickets="${TICKETS}"]`);
  return app;
}

describe('the review page as an admin reads it', () => {
  it('fills its frame, the whole height of the page, and scrolls inside it to the last table', async () => {
    const app = await openOctober();
    await page.waitForFunction(() => {
      const frame = document.getElementById('app-frame')!.getBoundingClientRect().height;
      return Math.abs(frame - (document.querySelector('main') as HTMLElement).clientHeight) <= 1;
    });
    // Sections below the fold get their real size as they come into view: scroll until the end stays the end.
    await app.evaluate(async () => {
      const doc = document.scrollingElement!;
      for (let i = 0; i < 20 && doc.scrollTop + window.innerHeight < doc.scrollHeight - 1; i++) {
        window.scrollTo(0, doc.scrollHeight);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    const seen = await app.evaluate(() => {
      const table = [...document.querySelectorAll('[data-testid="audit-sample"] table')].at(-1)!.getBoundingClientRect();
      return { bottom: table.bottom, viewport: window.innerHeight, scrolls: document.scrollingElement!.scrollHeight > window.innerHeight };
    });
    expect(seen.scrolls).toBe(true);
    expect(seen.bottom).toBeLessThanOrEqual(seen.viewport);
  });

  it('shows "no data" where a rate has no base, and names plurals right', async () => {
    const app = await openOctober();
    expect(await app.textContent('[data-testid="rate-table"] tr[data-family="security"] td[data-metric="recontact_rate"]')).toBe('no data');
    expect(await app.getAttribute('[data-testid="rate-table"] tr[data-family="security"] td[data-metric="recontact_rate"]', 'data-value')).toBe('none');
    expect(await app.textContent('[data-testid="rate-table"] tr[data-family="documentation"] td[data-metric="recontact_rate"]')).toBe('10.0%');
    expect(await app.textContent('.review-summary')).toMatch(new RegExp(`^${TICKETS} tickets created from 2026-10-01 to 2026-10-31 \\(read in 1 page\\)\\.`));
    await app.click('[data-testid="breakdowns"] > summary');
    await app.waitForSelector('[data-testid="rate-table-tier"]');
    expect(await app.locator('[data-testid="rate-table-tier"] tbody tr').count()).toBeGreaterThan(0);
    expect(await app.locator('[data-testid="rate-table-segment"] tbody tr').count()).toBeGreaterThan(0);
  });

  it('calls no family eligible without the minimum of evidence', async () => {
    const app = await openOctober();
    const verdicts = await app.evaluate(() =>
      [...document.querySelectorAll('[data-testid="promotion"] li')].map((li) => {
        const family = li.getAttribute('data-family') ?? '';
        const cell = (m: string) => document.querySelector(`[data-testid="rate-table"] tr[data-family="${family}"] td[data-metric="${m}"]`);
        return { family, eligible: li.getAttribute('data-eligible') === 'true', text: li.textContent ?? '', tickets: Number(cell('tickets')?.textContent), recontact: cell('recontact_rate')?.getAttribute('data-value') };
      }),
    );
    for (const v of verdicts.filter((x) => x.eligible)) {
      expect(v.tickets, v.family).toBeGreaterThanOrEqual(MIN_TICKETS);
      expect(v.recontact, v.family).not.toBe('none');
    }
    expect(verdicts.find((v) => v.family === 'feature_access')?.eligible).toBe(true);
    expect(verdicts.find((v) => v.family === 'security')).toMatchObject({ eligible: false, text: expect.stringContaining('recontact rate: no data') });
  });

  it('links each audit ticket to the ticket, and asks before recording "should have escalated", with undo', async () => {
    const app = await openOctober();
    const row = app.locator('[data-testid="audit-sample"] tbody tr').first();
    const id = await row.getAttribute('data-ticket-id');
    await row.getByRole('button', { name: 'Should have escalated' }).click();
    expect(helpdesk.store.record(Number(id))!.ticket.tags).not.toContain('lane_audit_miss');
    await row.getByRole('button', { name: 'Record miss' }).click();
    await row.getByRole('button', { name: 'Undo' }).waitFor();
    expect(helpdesk.store.record(Number(id))!.ticket.tags).toContain('lane_audit_miss');
    await row.getByRole('button', { name: 'Undo' }).click();
    await row.getByRole('button', { name: 'Should have escalated' }).waitFor();
    expect(helpdesk.store.record(Number(id))!.ticket.tags).not.toContain('lane_audit_miss');

    await row.getByTestId('audit-link').click();
    await page.waitForURL(`**/tickets/${id}?user=${REVIEW_ADMIN_ID}`);
    await page.waitForSelector('body[data-view-loaded="true"]');
  });
});
