import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appFrame, buildApp, chooseLane, openTicket, startTestHelpdesk, USERS, useBrowserPage, type Helpdesk } from './harness';

const BADGE = '[data-testid="lane-badge"]';

const appDir = buildApp('sidebar');
const browserPage = useBrowserPage();
let helpdesk: Helpdesk;
let page: Page;

beforeAll(async () => {
  // The app under test is the package as built, in a folder of its own.
  helpdesk = await startTestHelpdesk({ appDir: appDir(), appPage: 'assets/iframe.html' });
}, 120_000);

afterAll(async () => {
  await helpdesk?.close();
});

beforeEach(() => {
  page = browserPage();
  helpdesk.reset();
});

const open = (ticket: number, options: { user?: number; fail?: string } = {}) => openTicket(page, helpdesk, ticket, { ...options, waitFor: BADGE });
const text = async (app: Frame, selector: string) => ((await app.textContent(selector)) ?? '').trim();
const sendButton = (app: Frame) => app.getByRole('button', { name: 'Send', exact: true });

describe('the sidebar in the local helpdesk', () => {
  it('Lane 1: shows the badge and the draft, and Send posts the draft as the public reply', async () => {
    const app = await open(491001);
    expect(await text(app, BADGE)).toBe('● Lane 1 · Autonomous resolution');
    expect(await text(app, '[data-testid="draft-text"]')).toContain('You can find audit logs');
    expect(await sendButton(app).isEnabled()).toBe(true);
    // The lane is saved through the API first; then Send is the only write.
    await page.waitForSelector('#field-lane[data-lane="lane_1"]');
    await expect.poll(() => helpdesk.store.laneOf(491001)).toBe('lane_1');
    helpdesk.clearRequests();
    await sendButton(app).click();
    await app.waitForSelector('text=The draft was sent as the public reply.');
    await page.waitForSelector('.comment >> nth=1');
    const last = helpdesk.store.record(491001)!.comments.at(-1);
    expect(last).toMatchObject({ public: true, body: expect.stringContaining('You can find audit logs') });
    expect(helpdesk.requests().filter((r) => r.options.type === 'PUT').map((r) => r.options.url)).toEqual(['/api/v2/tickets/491001.json']);
    await app.getByText('Sent as the public reply.', { exact: true }).waitFor();
    expect(await sendButton(app).count()).toBe(0);
  });

  it('Lane 2: no Send, the draft is to review, and "Insert into reply" fills the composer', async () => {
    const app = await open(491008);
    expect(await text(app, BADGE)).toBe('▲ Lane 2 · Assisted response');
    expect(await sendButton(app).count()).toBe(0);
    expect(await text(app, '[data-testid="draft-state"]')).toBe('A draft to review: insert it into the reply, edit it, and send it yourself.');
    await app.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => page.inputValue('#composer-text')).toContain('prorated Standard period');
    expect(await page.getAttribute('#composer-public', 'aria-pressed')).toBe('true');
  });

  it('Lane 3: the draft is not in the app at all, Send is locked, and Submit refuses a reply carrying the draft', async () => {
    const app = await open(491002);
    expect(await text(app, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    const draft = String(helpdesk.store.customFieldValue(491002, 9000002));
    expect(await app.content()).not.toContain(draft.slice(0, 40));
    expect(await app.getByRole('button', { name: 'Insert into reply' }).count()).toBe(0);
    expect(await sendButton(app).count()).toBe(0);
    expect(await text(app, '[data-testid="draft-state"]')).toContain('Lane 3');

    const before = helpdesk.store.record(491002)!.comments.length;
    await page.fill('#composer-text', `Hi Ana,\n\n${draft}`);
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="cancelled"]');
    expect(await page.textContent('#submit-error')).toContain('contains the AI draft withheld in Lane 3');
    expect(helpdesk.store.record(491002)!.comments.length).toBe(before);

    await page.fill('#composer-text', 'Thanks, I have passed this to our billing specialists.');
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="done"]');
    expect(helpdesk.store.record(491002)!.comments.length).toBe(before + 1);
  });

  it('adds the packet as an internal note after what the agent typed, and copies it', async () => {
    const app = await open(491002);
    await page.fill('#composer-text', 'Looking into this now.');
    await app.getByRole('button', { name: 'Add as internal note' }).click();
    await page.waitForSelector('#composer-internal[aria-pressed="true"]');
    await expect.poll(() => page.inputValue('#composer-text')).toMatch(/^Looking into this now\.\n\nEscalation packet\nTicket: #491002\n/);
    await app.getByRole('button', { name: 'Copy packet' }).click();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: helpdesk.url });
    await app.getByText('Packet copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await app.textContent('[data-testid="packet-text"]'));
  });

  it('lets a lead override with a reason; the override survives a reload, and an agent sees it read-only', async () => {
    const app = await open(491002, { user: USERS.jordan });
    await app.getByRole('button', { name: 'Override lane' }).click();
    const dialog = app.getByTestId('override-form');
    await chooseLane(dialog, 'Lane 2 · Assisted response');
    await dialog.getByRole('button', { name: 'Save override' }).click();
    await dialog.getByText('Enter a reason.').waitFor();
    await dialog.getByRole('textbox').fill('Finance approved the refund already');
    await dialog.getByRole('button', { name: 'Save override' }).click();
    await app.waitForSelector('text=The lane override is saved.');
    await page.waitForSelector('#field-lane[data-lane="lane_2"]');
    expect(helpdesk.store.record(491002)!.ticket.tags).toContain('lane_override');
    expect(helpdesk.store.customFieldValue(491002, 9000004)).toBe('Finance approved the refund already');

    await page.reload();
    const again = appFrameAfterReload();
    const reloaded = await again;
    expect(await text(reloaded, BADGE)).toBe('▲ Lane 2 · Assisted response');
    expect(await text(reloaded, '[data-testid="computed"]')).toMatch(/^The policy computed Lane 3 · Human-owned escalation: /);
    expect(await text(reloaded, '[data-testid="override-summary"]')).toContain('Overridden to Lane 2 by Jordan Lead');

    const agent = await open(491002, { user: USERS.casey });
    expect(await text(agent, '[data-testid="override-summary"]')).toContain('Reason: Finance approved the refund already');
    expect(await agent.getByRole('button', { name: 'Override lane' }).count()).toBe(0);
    expect(await text(agent, '[data-testid="override"]')).toContain('Only team leads can change the lane.');
  });

  it('re-scores when the agent changes a field, and locks Send at once', async () => {
    const app = await open(491001);
    expect(await sendButton(app).isEnabled()).toBe(true);
    await page.selectOption('#field-issue-family', 'billing');
    await app.waitForSelector('[data-testid="late-escalation"]');
    expect(await text(app, BADGE)).toBe('▲ Lane 2 · Assisted response');
    expect(await sendButton(app).count()).toBe(0);
    await page.waitForSelector('#field-lane[data-lane="lane_2"]');
    expect(helpdesk.store.record(491001)!.ticket.tags).toContain('lane_late_escalation');
  });

  it('fails closed when a read fails: names the cause, Lane 3, Send locked', async () => {
    const app = await open(491001, { fail: 'ticket.organization' });
    expect(await text(app, '[data-testid="fail-cause"]')).toContain('ticket.organization');
    expect(await text(app, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    expect(await sendButton(app).count()).toBe(0);
  });
});

describe('the sidebar with broken settings', () => {
  it('fails closed, naming the setting', async () => {
    const broken = await startTestHelpdesk({ appDir: appDir(), appPage: 'assets/iframe.html', settings: { field_map: '{"ticket": {' } });
    try {
      const app = await openTicket(page, broken, 491001, { waitFor: BADGE });
      expect(await text(app, '[data-testid="fail-cause"]')).toContain("the app's settings are invalid: field_map: is not valid JSON");
      expect(await text(app, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
      expect(await sendButton(app).count()).toBe(0);
    } finally {
      await broken.close();
    }
  });
});

async function appFrameAfterReload(): Promise<Frame> {
  await page.waitForSelector('body[data-app-registered="true"]');
  const frame = page.frames().find((f) => f.url().startsWith(helpdesk.appOrigin));
  if (!frame) throw new Error('no app frame after the reload');
  await frame.waitForSelector(BADGE);
  return frame;
}

describe('the app against a helpdesk as strict as Zendesk', () => {
  const puts = () => helpdesk.requests().filter((r) => r.options.type === 'PUT');

  it('saves a computed lane that differs from the saved one through REST with safe_update, without Submit; opening again writes nothing', async () => {
    expect(helpdesk.store.laneOf(491002)).toBe(null);
    const app = await open(491002);
    expect(await text(app, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    await expect.poll(() => helpdesk.store.laneOf(491002)).toBe('lane_3');
    const writes = puts();
    expect(writes).toHaveLength(1);
    const body = JSON.parse(String(writes[0]!.options.data)) as { ticket: Record<string, unknown> };
    expect(body.ticket).toMatchObject({ safe_update: true, updated_stamp: expect.any(String), custom_fields: [{ id: 9000003, value: 'lane_3' }], additional_tags: expect.arrayContaining(['lane_3']) });
    expect(helpdesk.store.record(491002)!.ticket.tags).toContain('lane_3');
    expect(await page.getAttribute('body', 'data-submit')).toBe(null);
    // The list, as a view would, shows the saved lane.
    await page.goto(`${helpdesk.url}/`);
    expect(await page.textContent('tr[data-ticket-id="491002"] td.lane')).toBe('■ Lane 3');

    helpdesk.clearRequests();
    const again = await open(491002);
    expect(await text(again, BADGE)).toBe('■ Lane 3 · Human-owned escalation');
    await page.waitForSelector('#field-lane[data-lane="lane_3"]');
    expect(puts()).toEqual([]);
  });

  it('hides the AI draft field from the ticket form', async () => {
    const app = await open(491001);
    expect(await text(app, BADGE)).toBe('● Lane 1 · Autonomous resolution');
    await page.waitForSelector('#field-ai-draft-block[data-hidden="true"]', { state: 'attached' });
    expect(await page.isVisible('#field-ai-draft')).toBe(false);
    expect(await page.inputValue('#field-ai-draft')).toBe('');
  });

  it('shows a team lead who is not an admin a plain explanation on the review page, never a raw 403', async () => {
    await page.goto(helpdesk.reviewUrl({ user: USERS.jordan }));
    await page.waitForSelector('body[data-app-registered="true"]');
    const app = appFrame(page, helpdesk);
    await app.waitForSelector('[data-testid="review-access"]');
    expect(await text(app, '[data-testid="review-access"]')).toMatch(/^Zendesk lets only admins read the incremental ticket export/);
    expect(await app.content()).not.toContain('403');
    expect(helpdesk.requests().filter((r) => String(r.options.url).includes('/incremental/'))).toEqual([]);
  });
});
