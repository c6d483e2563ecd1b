import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, startTestHelpdesk, USERS, useBrowserPage, type Helpdesk } from './harness';

let helpdesk: Helpdesk;
const browserPage = useBrowserPage({ timeoutMs: 30_000 });
let page: Page;

beforeAll(async () => {
  helpdesk = await startTestHelpdesk({ app: 'probe', secureSettings: ['api_token'], settings: {
    field_map: JSON.stringify({ ticket: { issue_family: 9000001, lane: 9000003 } }),
    api_token: 'secret-token-value',
  } });
});

afterAll(async () => {
  await helpdesk?.close();
});

beforeEach(() => {
  page = browserPage();
  helpdesk.reset();
});

async function events(app: Frame, name: string): Promise<unknown[]> {
  return app.evaluate(
    (n) => (window as unknown as { probe: { events: { name: string; data: unknown }[] } }).probe.events.filter((e) => e.name === n).map((e) => e.data),
    name,
  );
}

describe('the probe app in the helpdesk', () => {
  it('registers and shows the ticket, requester, organization and signed-in user it read', async () => {
    const app = await openTicket(page, helpdesk, 491001, { user: USERS.jordan, waitFor: 'body[data-loaded="true"]' });
    expect(await app.textContent('#status')).toBe('Registered in ticket_sidebar of ticket 491001');
    expect(await app.textContent('#ticket')).toBe('#491001 Where are the audit logs? (open, normal)');
    expect(await app.textContent('#requester')).toBe('Mia Holt <mia101@customer.example>');
    expect(await app.textContent('#organization')).toBe('Brightleaf Studio · standard');
    expect(await app.textContent('#current-user')).toBe('Jordan Lead (agent; Team Leads, Frontline Support)');
    expect(await app.textContent('#errors')).toBe('');
  });

  it('serves the app from another origin than the helpdesk page', async () => {
    const app = await openTicket(page, helpdesk, 491001);
    const origin = new URL(app.url());
    expect(origin.origin).toBe(helpdesk.appOrigin);
    expect(origin.origin).not.toBe(new URL(page.url()).origin);
    expect(origin.searchParams.get('origin')).toBe(helpdesk.url);
    expect(origin.searchParams.get('app_guid')).toBe(helpdesk.appGuid);
  });

  it('never sends secure settings to the app', async () => {
    const app = await openTicket(page, helpdesk, 491001, { waitFor: 'body[data-loaded="true"]' });
    expect(await app.textContent('#settings')).toBe('field_map');
  });

  it('answers several paths in one object and an unknown path in the errors map', async () => {
    const app = await openTicket(page, helpdesk, 491008);
    const result = await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { get(p: string[]): Promise<unknown> } } }).probe.client;
      return client.get(['ticket.subject', 'ticket.customField:custom_field_9000001', 'ticket.nonsense']);
    });
    expect(result).toEqual({
      'ticket.subject': 'Two charges after upgrading',
      'ticket.customField:custom_field_9000001': 'billing',
      errors: {
        'ticket.nonsense': { name: 'APIUnavailable', message: 'Could not find handler for: "ticket.nonsense"', path: 'ticket.nonsense' },
      },
    });
    const single = await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { get(p: string): Promise<unknown> } } }).probe.client;
      return client.get('ticket.nonsense').then(() => 'resolved', (err: Error) => err.message);
    });
    expect(single).toBe('"ticket.nonsense" Could not find handler for: "ticket.nonsense"');
  });

  it('reports a failing path as a failure and delays a slow one', async () => {
    const app = await openTicket(page, helpdesk, 491001, {
      fail: 'ticket.organization,currentUser',
      slow: 'ticket.requester:600',
      waitFor: 'body[data-loaded="true"]',
    });
    expect(await app.locator('#errors li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path')))).toEqual([
      'ticket.organization',
      'currentUser',
    ]);
    expect(await app.textContent('#organization')).toBe('');
    const elapsed = await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { get(p: string): Promise<unknown> } } }).probe.client;
      const start = performance.now();
      await client.get('ticket.requester.name');
      return performance.now() - start;
    });
    expect(elapsed).toBeGreaterThanOrEqual(550);
  });

  it('puts the lane the app sets on the form only; the ticket list shows it once the agent submits', async () => {
    const app = await openTicket(page, helpdesk, 491003);
    await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { set(p: string, v: unknown): Promise<unknown> } } }).probe.client;
      await client.set('ticket.customField:custom_field_9000003', 'lane_3');
    });
    await page.waitForSelector('#field-lane[data-lane="lane_3"]');
    expect(await page.getAttribute('body', 'data-unsaved')).toBe('true');
    expect(await events(app, 'ticket.custom_field_9000003.changed')).toEqual(['lane_3']);
    // client.set edits the agent's form (Zendesk saves it with the ticket): nothing is saved yet.
    expect(helpdesk.store.laneOf(491003)).toBe(null);
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="done"]');
    expect(helpdesk.store.laneOf(491003)).toBe('lane_3');
    await page.goto(`${helpdesk.url}/`);
    expect(await page.textContent('tr[data-ticket-id="491003"] td.lane')).toBe('■ Lane 3');
    await page.goto(helpdesk.ticketUrl(491003));
    await page.waitForSelector('#field-lane[data-lane="lane_3"]');
  });

  it('forgets what the app set when the ticket is left without Submit', async () => {
    const app = await openTicket(page, helpdesk, 491003);
    await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { set(p: string, v: unknown): Promise<unknown>; invoke(n: string, ...a: unknown[]): Promise<unknown> } } }).probe.client;
      await client.set('ticket.customField:custom_field_9000003', 'lane_2');
      await client.invoke('ticket.tags.add', ['lane_2']);
    });
    await page.waitForSelector('#field-lane[data-lane="lane_2"]');
    await page.goto(helpdesk.ticketUrl(491003));
    await page.waitForSelector('body[data-view-loaded="true"]');
    expect(await page.getAttribute('#field-lane', 'data-lane')).toBe('');
    expect(helpdesk.store.record(491003)!.ticket.tags ?? []).not.toContain('lane_2');
  });

  it('sends an agent field change to the app as events', async () => {
    const app = await openTicket(page, helpdesk, 491001);
    await page.selectOption('#field-priority', 'urgent');
    await app.waitForSelector('[data-event="ticket.priority.changed"]');
    expect(await events(app, 'ticket.priority.changed')).toEqual(['urgent']);
    await page.fill('#tag-input', 'vip');
    await page.press('#tag-input', 'Enter');
    await app.waitForSelector('[data-event="ticket.tags.changed"]');
    expect(await events(app, 'ticket.tags.changed')).toEqual([['vip']]);
    // An edit on the form is not a saved update: no ticket.updated until Submit.
    expect(await events(app, 'ticket.updated')).toEqual([]);
  });

  it('puts text the app appends into the composer, and the comment type it sets', async () => {
    const app = await openTicket(page, helpdesk, 491001);
    await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { invoke(n: string, ...a: unknown[]): Promise<unknown>; set(p: string, v: unknown): Promise<unknown> } } }).probe.client;
      await client.invoke('comment.appendText', 'Audit logs are under Admin > Security.');
      await client.set('comment.type', 'internalNote');
      await client.invoke('notify', 'Lane 1: reply drafted', 'notice');
    });
    await expect.poll(() => page.inputValue('#composer-text')).toBe('Audit logs are under Admin > Security.');
    await page.waitForSelector('#composer-internal[aria-pressed="true"]');
    expect(await page.textContent('#toasts')).toContain('Lane 1: reply drafted');
  });

  it('stops Submit and shows the message when the save hook cancels', async () => {
    const app = await openTicket(page, helpdesk, 491001);
    await page.fill('#composer-text', 'A reply that must not be sent');
    await app.check('#cancel-save');
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="cancelled"]');
    expect(await page.textContent('#submit-error')).toBe('Pick a lane before submitting');
    expect(await page.locator('.comment').count()).toBe(1);
    expect(await events(app, 'ticket.submit.done')).toEqual([]);
  });

  it('submits an internal note that stays after a reload', async () => {
    const app = await openTicket(page, helpdesk, 491001);
    await page.click('#composer-internal');
    await page.fill('#composer-text', 'Checked the plan: audit logs are included.');
    await page.click('#submit');
    await page.waitForSelector('body[data-submit="done"]');
    await app.waitForSelector('[data-event="ticket.submit.done"]');
    expect(await events(app, 'ticket.submit.start')).toHaveLength(1);
    await page.reload();
    await page.waitForSelector('.comment-internal');
    expect(await page.textContent('.comment-internal .comment-body')).toBe('Checked the plan: audit logs are included.');
    expect(await page.inputValue('#composer-text')).toBe('');
  });

  it('answers client.request from the bundle and records its options', async () => {
    const app = await openTicket(page, helpdesk, 491001);
    const answer = await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { request(o: unknown): Promise<{ ticket: { id: number; subject: string } }> } } }).probe.client;
      const put = await client.request({
        url: '/api/v2/tickets/491001.json',
        type: 'PUT',
        contentType: 'application/json',
        data: JSON.stringify({ ticket: { comment: { body: 'Audit logs live under Admin > Security.', public: true } } }),
        headers: { Authorization: 'Bearer {{setting.api_token}}' },
        secure: true,
      });
      const search = (await client.request('/api/v2/search.json?query=type:ticket requester:1')) as unknown as { count: number };
      return { id: put.ticket.id, count: search.count };
    });
    expect(answer.id).toBe(491001);
    expect(answer.count).toBeGreaterThan(0);
    await page.waitForSelector('.comment >> nth=1');
    const log = helpdesk.requests();
    expect(log.map((r) => [r.options.type ?? 'GET', r.options.url, r.status])).toEqual([
      ['PUT', '/api/v2/tickets/491001.json', 200],
      ['GET', '/api/v2/search.json?query=type:ticket requester:1', 200],
    ]);
    expect(log[0]?.options).toMatchObject({ secure: true, headers: { Authorization: 'Bearer {{setting.api_token}}' } });
    expect(JSON.stringify(log)).not.toContain('secret-token-value');
    const served = (await (await fetch(`${helpdesk.url}/__helpdesk/requests`)).json()) as unknown[];
    expect(served).toHaveLength(2);
  });

  it('fails a request made to fail', async () => {
    const app = await openTicket(page, helpdesk, 491001, { fail: '/api/v2/search.json' });
    const status = await app.evaluate(async () => {
      const client = (window as unknown as { probe: { client: { request(o: unknown): Promise<unknown> } } }).probe.client;
      return client.request('/api/v2/search.json?query=x').then(() => 0, (xhr: { status: number }) => xhr.status);
    });
    expect(status).toBe(500);
  });

  it('switches who is signed in', async () => {
    await openTicket(page, helpdesk, 491001, { user: USERS.alex });
    await page.selectOption('#user-switch', String(USERS.casey));
    await page.waitForURL(/user=8/);
    const app = await openTicket(page, helpdesk, 491001, { user: USERS.casey, waitFor: 'body[data-loaded="true"]' });
    expect(await app.textContent('#current-user')).toBe('Casey Agent (agent; Frontline Support)');
  });
});

describe('the helpdesk answers the incremental export as Zendesk does', () => {
  let strict: Helpdesk;
  const EXPORT = '/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=1000';
  // One request a 4 s window stands for Zendesk's 10 a minute.
  beforeAll(async () => {
    strict = await startTestHelpdesk({ app: 'probe', exportRateLimit: { requests: 1, windowMs: 4000 } });
  });
  afterAll(async () => {
    await strict?.close();
  });

  const ask = (app: Frame, options: Record<string, unknown>) =>
    app.evaluate(async (o) => {
      const client = (window as unknown as { probe: { client: { request(o: unknown): Promise<{ tickets: unknown[] }> } } }).probe.client;
      try {
        const r = await client.request({ type: 'GET', ...o });
        return { ok: true, tickets: r.tickets.length };
      } catch (e) {
        const x = e as { status?: number; responseJSON?: { error?: string } };
        return { ok: false, status: x.status, error: x.responseJSON?.error };
      }
    }, options);

  it('refuses an agent who is not an admin with 403', async () => {
    const app = await openTicket(page, strict, 491001, { user: USERS.jordan });
    expect(await ask(app, { url: EXPORT })).toEqual({ ok: false, status: 403, error: 'Forbidden' });
  });

  it('answers 429 with Retry-After past the limit; ZAF waits and asks again unless autoRetry is false', async () => {
    strict.reset();
    const app = await openTicket(page, strict, 491001, { user: USERS.alex });
    expect(await ask(app, { url: EXPORT })).toMatchObject({ ok: true });
    expect(await ask(app, { url: EXPORT, autoRetry: false })).toEqual({ ok: false, status: 429, error: 'TooManyRequests' });
    expect(await ask(app, { url: EXPORT })).toMatchObject({ ok: true });
    const statuses = strict.requests().map((r) => r.status);
    expect(statuses.slice(0, 2)).toEqual([200, 429]);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });
});
