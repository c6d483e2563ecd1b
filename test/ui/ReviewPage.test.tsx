// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBundle, type AppSettings } from '../../src/helpdesk/bundle';
import { HelpdeskStore } from '../../src/helpdesk/store';
import { DEMO_SETTINGS } from '../host/createTestClient';
import { REVIEW_SPECS, reportOn } from '../support/reviewHistory';
import { REVIEW_ADMIN_ID, syntheticHistory } from '../support/syntheticHistory';
import { createTestClient, USERS } from '../host/createTestClient';
import { renderSidebar } from './renderSidebar';

afterEach(cleanup);

const bundle = syntheticHistory(REVIEW_SPECS);
const report = reportOn(bundle);

/** Renders the nav bar location over the synthetic history, then shows October 2026. */
async function renderReview(options: { settings?: AppSettings; fail?: string } = {}) {
  const store = new HelpdeskStore(parseBundle(bundle), DEMO_SETTINGS);
  const s = renderSidebar({ ticketId: 0, store, user: REVIEW_ADMIN_ID, ...options, wrap: (c) => ({ ...c, context: async () => ({ location: 'nav_bar' }) }) });
  if (options.settings) return s;
  await screen.findByRole('heading', { name: 'Escalation review' });
  fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-10-01' } });
  fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-31' } });
  fireEvent.click(screen.getByRole('button', { name: 'Show' }));
  return s;
}

const cell = (family: string, metric: string) => document.querySelector(`[data-testid="rate-table"] tr[data-family="${family}"] td[data-metric="${metric}"]`);

describe('ReviewPage', () => {
  it.each([
    ['a team lead who is not an admin', USERS.jordan, 'lead', /only admins read the incremental ticket export/],
    ['an agent', USERS.casey, 'other', /^The Escalation review is for team leads and admins\.$/],
  ])('tells %s in a plain sentence why there are no figures, and asks Zendesk for none', async (_, user, access, sentence) => {
    const demo = createTestClient({ ticketId: 0 }).store;
    const s = renderSidebar({ ticketId: 0, store: demo, user, wrap: (c) => ({ ...c, context: async () => ({ location: 'nav_bar' }) }) });
    const note = await screen.findByTestId('review-access');
    expect(note.getAttribute('data-access')).toBe(access);
    expect(note.textContent).toMatch(sentence);
    expect(screen.queryByRole('button', { name: 'Should have escalated' })).toBeNull();
    expect(s.calls.filter((c) => c.kind === 'request')).toEqual([]);
  });

  it('shows a progress indicator while it pages through the tickets', async () => {
    await renderReview();
    const progress = await screen.findByTestId('review-progress');
    expect(progress.textContent).toMatch(/^Reading tickets: \d+ pages?, \d+ tickets? so far$/);
    expect(within(progress).getByRole('progressbar')).toBeTruthy();
    await screen.findByTestId('review-figures');
    expect(screen.queryByTestId('review-progress')).toBeNull();
  });

  it('shows for every family and overall the figures that computeMetrics gives the batch report', async () => {
    await renderReview();
    await screen.findByTestId('review-figures');
    expect(screen.getByTestId('review-figures').getAttribute('data-tickets')).toBe('94');
    const metrics = ['tickets', 'override_rate', 'late_escalation_rate', 'recontact_rate', 'bounce_rate', 'packet_usefulness', 'audit_misses'] as const;
    const families = Object.keys(report.by_family);
    expect([...document.querySelectorAll('[data-testid="rate-table"] tbody tr')].map((r) => r.getAttribute('data-family'))).toEqual(families);
    for (const family of families) {
      for (const m of metrics) {
        const shown = cell(family, m)?.getAttribute('data-value');
        // A rate with no base shows "no data", where the report prints 0 or null.
        if (shown === 'none') expect([0, null], `${family} ${m}`).toContain(report.by_family[family]![m]);
        else expect(shown, `${family} ${m}`).toBe(String(report.by_family[family]![m]));
      }
    }
    for (const m of metrics) expect(cell('__overall', m)?.getAttribute('data-value')).toBe(String(report[m]));
    expect(cell('billing', 'override_rate')?.textContent).toBe('25.0%');
    expect(cell('contract', 'packet_usefulness')?.textContent).toBe('no data');
    expect(cell('billing', 'recontact_rate')?.textContent).toBe('no data');
    expect(cell('__overall', 'recontact_rate')?.textContent).toBe('6.7%');
  });

  it('draws the lanes per family as an SVG with a title, text labels and a table of the same figures', async () => {
    await renderReview();
    const chart = await screen.findByTestId('lane-chart');
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('Lanes by issue family');
    const segment = svg.querySelector('g[data-family="documentation"] g[data-lane="2"]')!;
    expect(segment.querySelector('title')?.textContent).toBe('Lane 2: 4 of 44 (9.1%)');
    expect(svg.querySelector('g[data-family="documentation"] g[data-lane="1"] text')?.textContent).toBe('● 90.9%');
    const rows = [...chart.querySelectorAll('table tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toContainEqual(['documentation', '44', '40 (90.9%)', '4 (9.1%)', '0 (0.0%)']);
  });

  it("gives each family's promotion verdict with its failing checks", async () => {
    await renderReview();
    const list = await screen.findByTestId('promotion');
    const text = (family: string) => list.querySelector(`li[data-family="${family}"]`)?.textContent;
    expect(text('billing')).toBe('billing ✗ not eligible: tickets 20, needs at least 50; override rate 25.0%, limit 5.0%; recontact rate: no data');
    expect(text('documentation')).toBe('documentation ✗ not eligible: tickets 44, needs at least 50; audit misses 1, limit 0');
  });

  it('records "Should have escalated" on a sampled ticket as the audit miss tag, and counts it', async () => {
    const s = await renderReview();
    const audit = await screen.findByTestId('audit-sample');
    const rows = [...audit.querySelectorAll('tbody tr')];
    // The demo policy draws 5 Lane 1 tickets per family: documentation and feature_access.
    expect(rows).toHaveLength(10);
    const row = rows.find((r) => r.textContent?.includes('feature access'))!;
    const id = Number(row.getAttribute('data-ticket-id'));
    expect(s.store.record(id)!.ticket.tags).not.toContain('lane_audit_miss');
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Should have escalated' }));
    // It asks first: nothing is recorded until the lead confirms.
    expect(s.store.record(id)!.ticket.tags).not.toContain('lane_audit_miss');
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Record miss' }));
    await within(row as HTMLElement).findByText(/Recorded as a high-risk miss/);
    expect(s.store.record(id)!.ticket.tags).toContain('lane_audit_miss');
    expect(s.calls.filter((c) => c.kind === 'request' && (c.detail as { type?: string }).type === 'PUT').map((c) => c.detail)).toEqual([
      { url: `/api/v2/tickets/${id}.json`, type: 'PUT', contentType: 'application/json', data: JSON.stringify({ ticket: { additional_tags: ['lane_audit_miss'] } }) },
    ]);
    await waitFor(() => expect(cell('feature_access', 'audit_misses')?.textContent).toBe('1'));

    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Undo' }));
    await within(row as HTMLElement).findByRole('button', { name: 'Should have escalated' });
    expect(s.store.record(id)!.ticket.tags).not.toContain('lane_audit_miss');
    await waitFor(() => expect(cell('feature_access', 'audit_misses')?.textContent).toBe('0'));
  });

  it('cancels "Should have escalated" without recording anything', async () => {
    const s = await renderReview();
    const audit = await screen.findByTestId('audit-sample');
    const row = audit.querySelector('tbody tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Should have escalated' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(within(row).getByRole('button', { name: 'Should have escalated' })).toBeTruthy();
    expect(s.calls.filter((c) => c.kind === 'request' && (c.detail as { type?: string }).type === 'PUT')).toEqual([]);
  });

  it('says what failed and how far it got when a page cannot be read, and shows no figures', async () => {
    await renderReview({ fail: '/api/v2/incremental/tickets' });
    const failed = await screen.findByTestId('review-failed', {}, { timeout: 5000 });
    expect(failed.textContent).toContain('The review could not be completed');
    expect(failed.textContent).toContain('page 1 (/api/v2/incremental/tickets/cursor.json?start_time=');
    expect(failed.textContent).toContain('failed: HTTP 500 Internal Server Error');
    expect(failed.textContent).toContain('Read before the failure: 0 pages, 0 tickets. No figures are shown from a partial read.');
    expect(screen.queryByTestId('review-figures')).toBeNull();
  });

  it('names the problem with invalid settings and shows no figures', async () => {
    await renderReview({ settings: { ...DEMO_SETTINGS, field_map: '{"ticket": {}}' } });
    const problem = await screen.findByTestId('settings-problem');
    expect(problem.textContent).toContain('No figures are shown until the settings are fixed.');
    expect(problem.textContent).toContain('field_map.organization');
    expect(screen.queryByTestId('review-progress')).toBeNull();
    expect(screen.queryByTestId('rate-table')).toBeNull();
  });

  it('says it waits for Zendesk\'s rate limit while the eleventh export request of the minute is held, then shows the figures', async () => {
    const many = syntheticHistory([{ family: 'documentation', lane: 1, tickets: 11_500 }]);
    const store = new HelpdeskStore(parseBundle(many), DEMO_SETTINGS);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let exports = 0;
    renderSidebar({
      ticketId: 0,
      store,
      user: REVIEW_ADMIN_ID,
      wrap: (c) => ({
        ...c,
        context: async () => ({ location: 'nav_bar' }),
        // ZAF holds a request Zendesk answered 429 until Retry-After has passed; here the eleventh is held.
        request: async (o) => (o.url.includes('/incremental/') && ++exports === 11 ? held.then(() => c.request(o)) : c.request(o)),
      }),
    });
    await screen.findByRole('heading', { name: 'Escalation review' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-10-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const waiting = await screen.findByTestId('review-waiting', {}, { timeout: 20_000 });
    expect(waiting.textContent).toBe("Waiting for Zendesk's rate limit: the export allows 10 requests a minute, so the next page comes within a minute.");
    release();
    const figures = await screen.findByTestId('review-figures', {}, { timeout: 20_000 });
    expect(figures.getAttribute('data-tickets')).toBe('11500');
    expect(screen.queryByTestId('review-waiting')).toBeNull();
  }, 60_000);
});
