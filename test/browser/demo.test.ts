import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appFrame, openTicket, useBuiltApp, USERS, type Helpdesk } from './harness';

/** The demo shows the lanes: the ticket list's Lane column, the user's language and theme. */

let helpdesk: Helpdesk;
let page: Page;
useBuiltApp('demo', (h, p) => {
  helpdesk = h;
  page = p;
});

describe('the demo helpdesk', () => {
  it('colours and shapes the Lane column per lane', async () => {
    const lanes = [[491001, 'lane_1'], [491008, 'lane_2'], [491003, 'lane_3']] as const;
    for (const [id, lane] of lanes) helpdesk.store.setCustomField(helpdesk.store.record(id)!, 9000003, lane, USERS.jordan);
    await page.goto(`${helpdesk.url}/?user=${USERS.casey}`);
    const cells = await page.evaluate((ids) =>
      ids.map((id) => {
        const badge = document.querySelector(`tr[data-ticket-id="${id}"] td.lane .lane-badge`) as HTMLElement;
        return { text: badge.textContent?.trim(), background: getComputedStyle(badge).backgroundColor, border: getComputedStyle(badge).borderColor };
      }),
    lanes.map(([id]) => id));
    expect(cells.map((c) => c.text)).toEqual(['● Lane 1', '▲ Lane 2', '■ Lane 3']);
    expect(new Set(cells.map((c) => c.background)).size).toBe(3);
    expect(new Set(cells.map((c) => c.border)).size).toBe(3);
  });

  it("switches the signed-in user's language, and the app follows", async () => {
    await page.goto(helpdesk.ticketUrl(491002, { user: USERS.casey }));
    await page.waitForSelector('body[data-app-registered="true"]');
    await Promise.all([page.waitForEvent('load'), page.selectOption('#language-switch', 'de')]);
    await page.waitForSelector('body[data-app-registered="true"]');
    const app = appFrame(page, helpdesk);
    await app.waitForSelector('[data-testid="lane-badge"]');
    expect((await app.textContent('[data-testid="lane-badge"]'))?.trim()).toBe('■ Stufe 3 · Eskalation in menschlicher Hand');
    expect(helpdesk.store.localeOf(USERS.casey)).toBe('de');
  });

  it("follows the agent's theme: dark from the start, and a change while the app is open", async () => {
    helpdesk.store.setColorScheme(USERS.casey, 'dark');
    const app = await openTicket(page, helpdesk, 491001, { user: USERS.casey, waitFor: '[data-testid="lane-badge"]' });
    const scheme = () => app.evaluate(() => ({ scheme: document.documentElement.dataset['colorScheme'], background: getComputedStyle(document.body).backgroundColor }));
    const dark = await scheme();
    expect(dark.scheme).toBe('dark');
    await page.selectOption('#theme-switch', 'light');
    await expect.poll(async () => (await scheme()).scheme).toBe('light');
    const light = await scheme();
    expect(light.background).not.toBe(dark.background);
  });
});
