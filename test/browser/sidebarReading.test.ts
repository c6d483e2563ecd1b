import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACTOR_IDS, OWNER_KEYS } from '../../src/policy/types';
import { chooseLane, openTicket, useBuiltApp, USERS, type Helpdesk } from './harness';

/** What an agent and a lead read: the sidebar at the 320 px Zendesk gives it, in English and German. */

const FIRST = '[data-testid="first-screen"]';
let helpdesk: Helpdesk;
let page: Page;
useBuiltApp('sidebar-reading', (h, p) => {
  helpdesk = h;
  page = p;
}, { viewport: { width: 1280, height: 720 } });

const open = (ticket: number, user: number = USERS.casey) => openTicket(page, helpdesk, ticket, { user, waitFor: FIRST });

/** The sidebar's visible text with every folded part opened, as a reader who opens everything sees it. */
async function visibleText(app: Frame, skip: string[] = []): Promise<string> {
  await app.waitForSelector('[data-testid="packet"], [data-testid="lane1-summary"]');
  return app.evaluate((selectors) => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const root = document.querySelector('.lanes-root') as HTMLElement;
    const copy = root.cloneNode(true) as HTMLElement;
    for (const s of selectors) for (const el of copy.querySelectorAll(s)) el.remove();
    document.body.appendChild(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  }, skip);
}

async function overrideTo(ticket: number, lane: string, reason: string): Promise<Frame> {
  const lead = await open(ticket, USERS.jordan);
  await lead.getByRole('button', { name: 'Override lane' }).click();
  const form = lead.getByTestId('override-form');
  await chooseLane(form, lane);
  await form.getByRole('textbox').fill(reason);
  await form.getByRole('button', { name: 'Save override' }).click();
  await lead.getByText('The lane override is saved.').waitFor();
  return lead;
}

const CODE_IDS = new RegExp(`\\b(${[...FACTOR_IDS, ...OWNER_KEYS.filter((k) => k.includes('_'))].join('|')})\\b`);
const RAW_COMMENT = /\bcomment:\d+/;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

describe('the sidebar as people read it', () => {
  it.each([491001, 491008, 491002, 491003])('ticket %i shows no factor id, raw comment reference or ISO timestamp', async (ticket) => {
    const text = await visibleText(await open(ticket));
    expect(text).not.toMatch(CODE_IDS);
    expect(text).not.toMatch(RAW_COMMENT);
    expect(text).not.toMatch(ISO_TIME);
  });

  it('explains an override where the lane is, with who, when in the agent\'s words, and why', async () => {
    await overrideTo(491003, 'Lane 2 · Assisted response', 'The customer is verified by phone');
    const app = await open(491003);
    const summary = (await app.textContent('[data-testid="override-summary"]')) ?? '';
    expect(summary).toMatch(/Overridden to Lane 2 by Jordan Lead on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(summary).toContain('Reason: The customer is verified by phone');
    expect(summary).toMatch(/The policy computed Lane 3 · Human-owned escalation: /);
    const text = await visibleText(app);
    expect(text).not.toMatch(ISO_TIME);
    expect(text).toContain('Override: by Jordan Lead on');
  });

  it('after an override to Lane 1 says nowhere that a human must send', async () => {
    await overrideTo(491008, 'Lane 1 · Autonomous resolution', 'Plain how-to question');
    const app = await open(491008);
    expect((await app.textContent('[data-testid="lane-badge"]'))?.trim()).toBe('● Lane 1 · Autonomous resolution');
    const text = await visibleText(app);
    expect(text).not.toMatch(/human (must )?sends?|person must|must review|send it yourself|write the reply yourself/i);
    expect(await app.getByRole('button', { name: 'Send', exact: true }).isEnabled()).toBe(true);
  });

  it('shows the lane, the owner and what is missing on the first screen of a Lane 3 ticket, without scrolling', async () => {
    await open(491003);
    const box = await page.evaluate(() => {
      const frame = document.getElementById('app-frame') as HTMLIFrameElement;
      const visible = (frame.parentElement as HTMLElement).getBoundingClientRect();
      return { top: frame.getBoundingClientRect().top, bottom: visible.bottom, width: frame.getBoundingClientRect().width, scrolled: (frame.parentElement as HTMLElement).scrollTop };
    });
    expect(box.width).toBeLessThanOrEqual(320);
    expect(box.scrolled).toBe(0);
    const app = await open(491003);
    for (const id of ['lane-badge', 'owner', 'missing']) {
      const bottom = await app.evaluate((tid) => document.querySelector(`[data-testid="${tid}"]`)!.getBoundingClientRect().bottom, id);
      expect(box.top + bottom, id).toBeLessThanOrEqual(box.bottom);
    }
    expect(await app.textContent('[data-testid="owner"]')).toMatch(/^Owner: /);
  });

  it.each([491001, 491008, 491002, 491003])('ticket %i has no horizontal overflow at 320 px, the override form open', async (ticket) => {
    const app = await open(ticket, USERS.jordan);
    await app.getByRole('button', { name: 'Override lane' }).click();
    await app.getByTestId('override-form').waitFor();
    await app.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const { scroll, client } = await app.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(client).toBeLessThanOrEqual(320);
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it('speaks German to a German agent, with no English but names and quoted evidence', async () => {
    // The packet and the draft are shown as they go out: in the account's and the customer's language.
    helpdesk.store.setLocale(USERS.casey, 'de');
    for (const ticket of [491002, 491003, 491008]) {
      const app = await open(ticket);
      expect((await app.textContent('[data-testid="lane-badge"]'))?.trim()).toMatch(/^. Stufe \d · /);
      const text = await visibleText(app, ['[data-testid="packet-preview"]', '[data-testid="packet-text"]', '[data-testid="draft-text"]']);
      const unquoted = text
        .replace(/„[^“]*“/g, ' ')
        .replace(/“[^”]*”/g, ' ')
        .replace(/\bCSM [A-Z][a-z]+ [A-Z][a-z]+/g, ' ');
      const english = unquoted.match(/\b(the|and|is|are|of|to|with|from|this|that|lane|send|draft|factors?|missing|owner|customer|account|evidence|nothing|every|high|low|medium|confirmed|inferred|ticket was|reason|computed|packet)\b/gi);
      expect(english, `${ticket}: ${unquoted}`).toBeNull();
    }
  });
});
