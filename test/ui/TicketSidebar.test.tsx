// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_SETTINGS, USERS } from '../host/createTestClient';
import { renderSidebar } from './renderSidebar';

afterEach(cleanup);

const send = () => screen.getByRole('button', { name: 'Send' });
const badge = () => screen.findByTestId('lane-badge');

describe('TicketSidebar', () => {
  it('shows a Lane 1 ticket with its name, reason, draft, an enabled Send, and a summary in place of a packet', async () => {
    renderSidebar({ ticketId: 491001 });
    expect((await badge()).textContent).toBe('● Lane 1 · Autonomous resolution');
    expect(screen.queryByTestId('unit')).toBeNull();
    expect(screen.getByTestId('reason').textContent).toBe('Every factor is low and documentation questions are cleared for autonomy.');
    expect(screen.getByTestId('draft-text').textContent).toContain('You can find audit logs');
    expect(screen.getByTestId('draft-state').textContent).toBe('A draft the assistant may send as it is.');
    expect(send()).toHaveProperty('disabled', false);
    expect(screen.queryByTestId('packet')).toBeNull();
    expect(screen.getByTestId('lane1-summary').textContent).toContain('Nothing is escalated');
  });

  it('sends the Lane 1 draft when Send is pressed', async () => {
    const s = renderSidebar({ ticketId: 491001 });
    await badge();
    fireEvent.click(send());
    expect((await screen.findByTestId('notice')).textContent).toBe('The draft was sent as the public reply.');
    expect(s.record().comments.at(-1)).toMatchObject({ public: true, body: expect.stringContaining('audit logs') });
    await waitFor(() => expect(screen.getByTestId('draft-state').textContent).toBe('Sent as the public reply.'));
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
  });

  it('offers no Send in Lane 2, says the draft is to review, and inserts the draft into the reply', async () => {
    const s = renderSidebar({ ticketId: 491008 });
    expect((await badge()).textContent).toBe('▲ Lane 2 · Assisted response');
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByTestId('draft-state').textContent).toBe('A draft to review: insert it into the reply, edit it, and send it yourself.');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into reply' }));
    await screen.findByText('The draft is in the reply composer.');
    expect(s.record().draft.text).toContain('prorated Standard period');
  });

  it('records whether the lane was right and whether the packet helped, on an escalated ticket', async () => {
    const s = renderSidebar({ ticketId: 491002 });
    await badge();
    fireEvent.click(screen.getByRole('button', { name: 'Should be lower' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Should be lower' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'Not useful' }));
    await waitFor(() => expect(s.record().ticket.tags).toEqual(expect.arrayContaining(['lane_outcome_lower', 'lane_packet_not_useful'])));
  });

  it('asks for no escalation record on a Lane 1 ticket', async () => {
    renderSidebar({ ticketId: 491001 });
    await badge();
    expect(screen.queryByRole('button', { name: 'Right lane' })).toBeNull();
  });

  it('keeps the Lane 3 draft out of the page and locks Send', async () => {
    const s = renderSidebar({ ticketId: 491002 });
    expect((await badge()).textContent).toBe('■ Lane 3 · Human-owned escalation');
    const draft = String(s.store.customFieldValue(491002, 9000002));
    expect(document.body.innerHTML).not.toContain(draft.slice(0, 30));
    expect(screen.queryByTestId('draft-text')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Insert into reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByTestId('draft-state').textContent).toBe('The AI draft is withheld in Lane 3: a person owns this conversation.');
  });

  it('says there is no AI draft rather than showing a locked button', async () => {
    const s = renderSidebar({ ticketId: 491008 });
    await badge();
    cleanup();
    await new Promise((r) => setTimeout(r, 0));
    s.store.setCustomField(s.store.record(491008)!, 9000002, null, 7);
    renderSidebar({ ticketId: 491008, store: s.store });
    expect((await screen.findByTestId('draft-state')).textContent).toBe('There is no AI draft on this ticket.');
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Insert into reply' })).toBeNull();
    expect(screen.getByTestId('now').textContent).toContain('There is no AI draft: write the reply yourself.');
  });

  it('lists the raised factors first with their evidence, and folds the low ones', async () => {
    renderSidebar({ ticketId: 491002 });
    await badge();
    const factors = [...document.querySelectorAll('[data-factor]')];
    expect(factors.map((f) => f.getAttribute('data-factor')).sort()).toEqual([
      'action_irreversibility', 'customer_pressure', 'missing_context', 'multi_domain_complexity', 'policy_sensitivity', 'security_identity',
    ]);
    const levels = factors.map((f) => f.getAttribute('data-level'));
    expect(levels.indexOf('low')).toBeGreaterThan(levels.lastIndexOf('high'));
    const folded = screen.getByTestId('low-factors');
    expect(folded.hasAttribute('open')).toBe(false);
    expect(folded.querySelectorAll('[data-level]').length).toBe(levels.filter((l) => l === 'low').length);
    const policy = document.querySelector('[data-factor="policy_sensitivity"]') as HTMLElement;
    expect(policy.textContent).toContain('Policy sensitivity: ● high');
    expect(policy.querySelectorAll('[data-basis]').length).toBeGreaterThan(0);
    expect(policy.textContent).toMatch(/confirmed|inferred/);
    expect(policy.textContent).not.toMatch(/comment:\d+/);
  });

  it('lists missing context most decisive first', async () => {
    renderSidebar({ ticketId: 491001, fail: '/api/v2/users' });
    await badge();
    const weights = [...document.querySelectorAll('[data-weight]')].map((e) => e.getAttribute('data-weight'));
    expect(weights.length).toBeGreaterThan(0);
    expect([...weights].sort((a, b) => ['decisive', 'helpful', 'open'].indexOf(a!) - ['decisive', 'helpful', 'open'].indexOf(b!))).toEqual(weights);
  });

  it('copies the packet to the clipboard', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSidebar({ ticketId: 491002 });
    await badge();
    fireEvent.click(screen.getByRole('button', { name: 'Copy packet' }));
    await screen.findByText('Packet copied to the clipboard.');
    expect(writeText).toHaveBeenCalledWith(screen.getByTestId('packet-text').textContent);
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^Escalation packet\nTicket: #491002\n/);
  });

  it('adds the packet as an internal note, apart from what the agent had typed', async () => {
    const s = renderSidebar({ ticketId: 491002 });
    await badge();
    s.change({ kind: 'commentText', value: 'Looking into this now.' });
    fireEvent.click(screen.getByRole('button', { name: 'Add as internal note' }));
    await screen.findByText('The packet is in an internal note.');
    expect(s.record().draft).toEqual({ type: 'internalNote', text: expect.stringMatching(/^Looking into this now\.\n\nEscalation packet\n/) });
  });

  it('lets a lead override with a required reason, then shows who and why beside the computed lane', async () => {
    const s = renderSidebar({ ticketId: 491002, user: USERS.jordan });
    await badge();
    fireEvent.click(screen.getByRole('button', { name: 'Override lane' }));
    const dialog = await screen.findByTestId('override-form', {}, { timeout: 5000 });
    fireEvent.click(within(dialog).getByLabelText('Lane 2 · Assisted response'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));
    expect(within(dialog).getByText('Enter a reason.')).toBeTruthy();
    expect(s.record().ticket.tags).not.toContain('lane_override');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'Finance approved the refund' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));
    await screen.findByText('The lane override is saved.');
    expect((await badge()).textContent).toBe('▲ Lane 2 · Assisted response');
    expect(screen.getByTestId('computed').textContent).toMatch(/^The policy computed Lane 3 · Human-owned escalation: /);
    expect(screen.getByTestId('override-summary').textContent).toMatch(/Overridden to Lane 2 by Jordan Lead on \w{3} \d+, \d{4}/);
    expect(screen.getByTestId('packet-text').textContent).toContain('Override: by Jordan Lead');
    expect(screen.getByTestId('override-summary').textContent).toContain('Reason: Finance approved the refund');
  });

  it('shows an agent who overrode and why, without the override button', async () => {
    const lead = renderSidebar({ ticketId: 491002, user: USERS.jordan });
    await badge();
    cleanup();
    await new Promise((r) => setTimeout(r, 0));
    lead.store.record(491002)!.ticket.tags!.push('lane_override');
    lead.store.setCustomField(lead.store.record(491002)!, 9000003, 'lane_2', 7);
    lead.store.setCustomField(lead.store.record(491002)!, 9000004, 'Finance approved', 7);
    renderSidebar({ ticketId: 491002, user: USERS.casey, store: lead.store });
    await badge();
    expect(screen.queryByRole('button', { name: 'Override lane' })).toBeNull();
    expect(screen.getByTestId('override-summary').textContent).toContain('Reason: Finance approved');
    expect(screen.getByText('Only team leads can change the lane.')).toBeTruthy();
  });

  it('fails closed on broken settings, naming the cause', async () => {
    renderSidebar({ ticketId: 491001, settings: { ...DEMO_SETTINGS, field_map: 'not json' } });
    const cause = await screen.findByTestId('fail-cause');
    expect(cause.textContent).toContain("the app's settings are invalid: field_map: is not valid JSON");
    expect((await badge()).textContent).toBe('■ Lane 3 · Human-owned escalation');
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByTestId('draft-state').textContent).toBe('The AI draft is withheld because the ticket could not be evaluated.');
  });

  it('fails closed on a failed read, naming the path', async () => {
    renderSidebar({ ticketId: 491001, fail: 'ticket.requester' });
    expect((await screen.findByTestId('fail-cause')).textContent).toContain('ticket.requester');
    expect((await badge()).textContent).toBe('■ Lane 3 · Human-owned escalation');
    expect(screen.queryByTestId('draft-text')).toBeNull();
  });

  it('fails closed when the app itself throws while rendering', async () => {
    renderSidebar({
      ticketId: 491001,
      wrap: (c) => ({ ...c, context: async () => ({ location: 'top_bar' }) }),
    });
    expect((await screen.findByTestId('fail-cause')).textContent).toContain('no view for the location "top_bar"');
    expect(send()).toHaveProperty('disabled', true);
  });

  it('shows the observe-mode banner and locks nothing', async () => {
    renderSidebar({ ticketId: 491002, settings: { ...DEMO_SETTINGS, mode: 'observe' } });
    expect((await screen.findByTestId('observe-note')).textContent).toBe('Observe mode: nothing is locked on this ticket. Lanes shows and records the lane, but anyone can send the AI draft in every lane.');
    expect(send()).toHaveProperty('disabled', false);
  });

  it('speaks German to a user whose locale is German', async () => {
    renderSidebar({ ticketId: 491008, locale: 'de-DE' });
    await waitFor(async () => expect((await badge()).textContent).toBe('▲ Stufe 2 · Unterstützte Antwort'));
    expect(screen.queryByRole('button', { name: 'Senden' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Paket kopieren' })).toBeTruthy();
    expect(screen.getByTestId('reason').textContent).toMatch(/ ist erhöht|sind erhöht/);
    expect(screen.getByRole('button', { name: 'In Antwort einfügen' })).toBeTruthy();
  });

  it('re-scores when a field changes and locks Send at once', async () => {
    const s = renderSidebar({ ticketId: 491001 });
    await badge();
    expect(send()).toHaveProperty('disabled', false);
    s.change({ kind: 'customField', fieldId: 9000001, value: 'billing' });
    await screen.findByTestId('late-escalation');
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByTestId('notice').textContent).toBe('The lane changed and sending is now locked.');
    expect(screen.getByTestId('late-escalation').textContent).toContain('from Lane 1 to Lane 2');
    s.change({ kind: 'customField', fieldId: 9000001, value: 'documentation' });
    await waitFor(() => expect(send()).toHaveProperty('disabled', false));
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
