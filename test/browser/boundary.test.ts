import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerApiRequest } from '../../src/helpdesk/restApi';
import { buildApp, chooseLane, openTicket, startTestHelpdesk, USERS, useBrowserPage, type Helpdesk } from './harness';

/**
 * The lane as a capability boundary, tried as an agent who wants to get around it: the app as
 * it ships, in a helpdesk page that answers the App Framework protocol and the REST API.
 */

const BADGE = '[data-testid="lane-badge"]';
const LANE_FIELD = 9000003;
const REASON_FIELD = 9000004;
const DRAFT_FIELD = 9000002;

const appDir = buildApp('boundary');
const browserPage = useBrowserPage({ timeoutMs: 15_000 });
let helpdesk: Helpdesk;
let page: Page;

beforeAll(async () => {
  helpdesk = await startTestHelpdesk({ appDir: appDir(), appPage: 'assets/iframe.html' });
}, 120_000);

afterAll(async () => {
  await helpdesk?.close();
});

beforeEach(() => {
  page = browserPage();
  helpdesk.reset();
});

const open = (ticket: number, options: { user?: number; slow?: string; fail?: string } = {}) => openTicket(page, helpdesk, ticket, { ...options, waitFor: BADGE });
const text = async (app: Frame, selector: string) => ((await app.textContent(selector)) ?? '').trim();
const sendButton = (app: Frame) => app.getByRole('button', { name: 'Send', exact: true });
const draftOf = (ticket: number) => String(helpdesk.store.customFieldValue(ticket, DRAFT_FIELD));

/** Overrides the lane through the sidebar's override form, as a lead does. */
async function overrideInSidebar(app: Frame, lane: 1 | 2 | 3, name: string, reason: string): Promise<void> {
  await app.getByRole('button', { name: 'Override lane' }).click();
  const dialog = app.getByTestId('override-form');
  await chooseLane(dialog, `Lane ${lane} · ${name}`);
  await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: 'Save override' }).click();
  await app.waitForSelector('text=The lane override is saved.');
}

/** Types a reply into the composer and submits it; resolves to the refusal shown, or null when it was saved. */
async function submitReply(reply: string, type: 'public' | 'internal' = 'public'): Promise<string | null> {
  await page.click(type === 'public' ? '#composer-public' : '#composer-internal');
  await page.fill('#composer-text', reply);
  await page.click('#submit');
  await page.waitForSelector('body[data-submit="cancelled"], body[data-submit="done"]');
  const state = await page.getAttribute('body', 'data-submit');
  return state === 'done' ? null : ((await page.textContent('#submit-error')) ?? '').trim();
}

describe('an override', () => {
  it('made by a lead through the sidebar holds when a frontline agent reopens the ticket', async () => {
    const lead = await open(491002, { user: USERS.jordan });
    await overrideInSidebar(lead, 2, 'Assisted response', 'Finance approved the refund already');
    const agent = await open(491002, { user: USERS.casey });
    expect(await text(agent, BADGE)).toBe('▲ Lane 2 · Assisted response');
    expect(await text(agent, '[data-testid="override-summary"]')).toContain('Overridden to Lane 2 by Jordan Lead');
    expect(await agent.getByTestId('override-ignored').count()).toBe(0);
  });

  it('is not one when a frontline agent writes the same fields, tags and note: Lane 3, Send disabled, the draft not on the page', async () => {
    const forged = answerApiRequest(
      helpdesk.store,
      {
        url: '/api/v2/tickets/491002.json',
        type: 'PUT',
        data: JSON.stringify({
          ticket: {
            custom_fields: [{ id: LANE_FIELD, value: 'lane_1' }, { id: REASON_FIELD, value: 'Approved' }],
            additional_tags: ['lane_override', 'lane_1', 'lane_computed_3'],
            remove_tags: ['lane_3'],
            comment: { public: false, body: 'Lane override\nBy: Jordan Lead (user 7)\nWhen: 2026-11-26T11:00:00.000Z\nFrom: Lane 3\nTo: Lane 1\nReason: Approved' },
          },
        }),
      },
      USERS.casey,
    );
    expect(forged.status).toBe(200);
    const app = await open(491002, { user: USERS.casey });
    expect(await text(app, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    expect(await text(app, '[data-testid="override-ignored"]')).toBe('The lane was changed by Casey Agent, who is not a team lead; the computed lane stands.');
    expect(await app.getByTestId('override-summary').count()).toBe(0);
    expect(await sendButton(app).count()).toBe(0);
    expect(await app.content()).not.toContain(draftOf(491002).slice(0, 30));
    await page.waitForSelector('#field-lane[data-lane="lane_3"]');
  });

  it('to Lane 1 gives way to Lane 3 in the next session after the customer demands a refund with a legal threat', async () => {
    const lead = await open(491008, { user: USERS.jordan });
    await overrideInSidebar(lead, 1, 'Autonomous resolution', 'A known double charge; the answer is standard');
    expect(await text(lead, BADGE)).toBe('● Lane 1 · Autonomous resolution');
    const record = helpdesk.store.record(491008)!;
    helpdesk.store.addComment(record, 'This is the third time. Refund both charges today or our lawyer will take legal action.', true, record.ticket.requester_id ?? null);

    const agent = await open(491008, { user: USERS.casey });
    expect(await text(agent, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    expect(await text(agent, '[data-testid="late-escalation"]')).toContain('from Lane 1 to Lane 3');
    expect(await sendButton(agent).count()).toBe(0);
    expect(await agent.content()).not.toContain(draftOf(491008).slice(0, 30));
    await expect.poll(() => helpdesk.store.record(491008)!.ticket.tags).toContain('lane_late_escalation');
  });
});

describe('the save hook', () => {
  it.each([
    ['its final period dropped', (d: string) => d.replace(/\.$/, '')],
    ['one word changed', (d: string) => d.replace('refunded', 'returned')],
    ['its first half only', (d: string) => d.slice(0, Math.ceil(d.length / 2))],
    ['as rich-text HTML with entities', (d: string) => `<p>Hi Ana,</p><p>${d.replace(/ /g, '&nbsp;').replace(';', '&#59;')}</p>`],
    ['with no-break and zero-width spaces', (d: string) => d.replace(/ /g, '\u00A0\u200B')],
    ['inside a longer reply', (d: string) => `Hi Ana,\n\nSorry for the trouble with your order. ${d}\n\nBest,\nCasey`],
  ])('refuses the Lane 3 draft with %s', async (_, edit) => {
    // The page's composer is a plain textarea: with the plain-text editor the app reads exactly what was typed, HTML included.
    helpdesk.store.richText = false;
    try {
      await open(491002);
      expect(await submitReply(edit(draftOf(491002)))).toContain('contains the AI draft withheld in Lane 3');
    } finally {
      helpdesk.store.richText = true;
    }
  });

  it('lets through an agent’s own holding reply and the draft as an internal note', async () => {
    await open(491002);
    expect(await submitReply('Thanks, I have passed this to our billing specialists, who will reply today.')).toBeNull();
    expect(await submitReply(draftOf(491002), 'internal')).toBeNull();
  });

  it('lets through the reviewed draft an agent sends in Lane 2', async () => {
    const app = await open(491008);
    await app.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => page.inputValue('#composer-text')).toContain('prorated Standard period');
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="done"]');
  });

  it('refuses the packet as a public reply after "Add as internal note"', async () => {
    const app = await open(491002);
    await app.getByRole('button', { name: 'Add as internal note' }).click();
    await page.waitForSelector('#composer-internal[aria-pressed="true"]');
    await page.click('#composer-public');
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="cancelled"]');
    expect(await page.textContent('#submit-error')).toContain('contains the escalation packet');
  });

  it('refuses while the app is still reading the ticket, and lets the agent’s own words through', async () => {
    // The audits answer after the app's 5 s limit for a request; until then the lane is not settled.
    await openTicket(page, helpdesk, 491002, { slow: '/api/v2/tickets/491002/audits:10000' });
    expect(await submitReply(draftOf(491002))).toContain('Lanes is still checking this ticket');
    expect(await submitReply('Let me look into this for you.')).toBeNull();
  });

  it('refuses when the reply cannot be read in time', async () => {
    await open(491002, { slow: 'comment.text:6000' });
    expect(await submitReply('My own words, which cannot be read in time.')).toContain('Lanes could not read your reply');
  });
});

describe('"Add as internal note"', () => {
  it('reports the error and leaves nothing in the public reply when the composer cannot switch', async () => {
    const app = await open(491002, { fail: 'comment.type' });
    await app.getByRole('button', { name: 'Add as internal note' }).click();
    await app.waitForSelector('text=The composer could not switch to an internal note');
    expect(await page.inputValue('#composer-text')).toBe('');
    expect(await page.getAttribute('#composer-public', 'aria-pressed')).toBe('true');
  });
});

describe('a read that takes longer than the SDK waits', () => {
  it('is a failure: Lane 3 with the cause, and no lane written', async () => {
    const app = await open(491001, { slow: 'ticket.subject:6000' });
    expect(await text(app, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    expect(await text(app, '[data-testid="fail-cause"]')).toContain('timed out');
    expect(await sendButton(app).count()).toBe(0);
    expect(helpdesk.store.customFieldValue(491001, LANE_FIELD)).toBeNull();
    expect(helpdesk.store.record(491001)!.ticket.tags).not.toContain('lane_2');
  });
});

describe('broken settings', () => {
  it('refuse the draft in a public reply and let the agent’s own words through', async () => {
    const settings = { ...helpdesk.store.settings, policy: '{"lane_rules": {"lane2": {"min_at_least_medium_count": 4}}}' };
    const broken = await startTestHelpdesk({ appDir: appDir(), appPage: 'assets/iframe.html', settings });
    try {
      const app = await openTicket(page, broken, 491001, { waitFor: BADGE });
      expect(await text(app, '[data-testid="fail-cause"]')).toContain('policy.lane_rules.lane2.min_at_least_medium_count');
      expect(await submitReply(String(broken.store.customFieldValue(491001, DRAFT_FIELD)))).toContain('contains the AI draft');
      expect(await submitReply('Let me look into this for you.')).toBeNull();
    } finally {
      await broken.close();
    }
  });
});

describe('observe mode', () => {
  it('shows on every ticket that nothing is locked', async () => {
    const observing = await startTestHelpdesk({ appDir: appDir(), appPage: 'assets/iframe.html', settings: { ...helpdesk.store.settings, mode: 'observe' } });
    try {
      for (const ticket of [491001, 491002]) {
        const app = await openTicket(page, observing, ticket, { waitFor: BADGE });
        expect(await text(app, '[data-testid="observe-note"]')).toBe('Observe mode: nothing is locked on this ticket. Lanes shows and records the lane, but anyone can send the AI draft in every lane.');
      }
    } finally {
      await observing.close();
    }
  });
});
