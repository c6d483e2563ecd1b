import { describe, expect, it } from 'vitest';
import { readTicket, ticketPaths } from '../../src/host/readTicket';
import { demoSettings } from '../support/buildTicket';
import { createTestClient, USERS } from './createTestClient';

const { fieldMap } = demoSettings();

describe('readTicket', () => {
  it('reads the ticket, fields, requester, organization and agent in one get and the contacts in one request', async () => {
    const t = createTestClient({ ticketId: 491001, user: USERS.jordan });
    const read = await readTicket(t.client, fieldMap);
    expect(t.calls.map((c) => c.kind).sort()).toEqual(['get', 'request', 'request']);
    expect(t.calls.find((c) => c.kind === 'get')?.detail).toEqual(ticketPaths(fieldMap));
    expect(read.roundTrips).toBe(2);
    expect(read.input).toMatchObject({
      id: '491001',
      subject: 'Where are the audit logs?',
      fields: { issueFamily: { available: true, value: 'documentation' } },
      requester: { available: true, value: { id: '101', email: 'mia101@customer.example' } },
      organization: { available: true, value: { name: 'Brightleaf Studio', planTier: 'standard' } },
      problem: { available: true, value: null },
      failures: [],
    });
    expect(read.input.requesterTickets.available && read.input.requesterTickets.value.map((x) => x.id)).toContain('491001');
    expect(read.input.comments.length).toBeGreaterThan(0);
    expect(read.user).toEqual({ available: true, value: { id: '7', name: 'Jordan Lead', role: 'agent', locale: 'en-US', timeZone: 'Etc/UTC', groupIds: [106, 100] } });
  });

  it('follows an incident to its problem ticket', async () => {
    const t = createTestClient({ ticketId: 491004 });
    const read = await readTicket(t.client, fieldMap);
    expect(read.input.problemId).toBe('482000');
    expect(read.input.problem).toEqual({ available: true, value: { id: '482000', status: expect.any(String), subject: 'INC-2331: sync job failures in us-east' } });
    // The ticket's own record comes with the first wave, so the problem ticket is in the second.
    expect(read.roundTrips).toBe(2);
  });

  it('turns a failing path into unavailable context with its reason, without throwing', async () => {
    const t = createTestClient({ ticketId: 491001, fail: 'ticket.organization' });
    const read = await readTicket(t.client, fieldMap);
    expect(read.input.organization).toEqual({ available: false, reason: expect.stringContaining('ticket.organization could not be read') });
    expect(read.input.failures).toEqual([{ source: 'ticket.organization', reason: expect.stringContaining('simulated') }]);
    expect(read.input.requester.available).toBe(true);
  });

  it('records a failed core path as a failure and a failed contacts request as unavailable', async () => {
    const t = createTestClient({ ticketId: 491001, fail: 'ticket.description,request' });
    const read = await readTicket(t.client, fieldMap);
    expect(read.input.failures).toEqual([{ source: 'ticket.description', reason: expect.stringContaining('simulated') }]);
    expect(read.input.requesterTickets).toEqual({ available: false, reason: expect.stringContaining('HTTP 500') });
  });

  it('survives a helpdesk that does not answer at all', async () => {
    const t = createTestClient({ ticketId: 491001 });
    const client = { ...t.client, get: () => Promise.reject(new Error('Timeout when invoking "get"')) };
    const read = await readTicket(client, fieldMap, '491001');
    expect(read.input.id).toBe('491001');
    expect(read.input.failures[0]).toEqual({ source: 'client.get', reason: 'the helpdesk did not answer: Timeout when invoking "get"' });
    expect(read.user.available).toBe(false);
  });
});

describe('readTicket on a helpdesk that offers fewer paths', () => {
  const withUnknown = (t: ReturnType<typeof createTestClient>, unknown: string[]) => ({
    ...t.client,
    get: async (paths: string[]) => {
      const r = await t.client.get(paths);
      for (const p of unknown) {
        delete r[p];
        r.errors = { ...r.errors, [p]: { name: 'APIUnavailable', message: `Could not find handler for: "${p}"` } };
      }
      return r;
    },
  });

  it('treats a detail it does not offer as absent, not as a failed read', async () => {
    const t = createTestClient({ ticketId: 491001 });
    const read = await readTicket(withUnknown(t, ['ticket.via', 'ticket.updatedAt', 'ticket.customField:custom_field_9000005']), fieldMap);
    expect(read.input.failures).toEqual([]);
    // A field the form does not show is read from the ticket's saved record instead.
    expect(read.input.fields.priorServiceCredit).toEqual({ available: true, value: null });
  });

  it('reads the AI draft from the saved ticket when the form does not show the field', async () => {
    const t = createTestClient({ ticketId: 491001 });
    const read = await readTicket(withUnknown(t, ['ticket.customField:custom_field_9000002']), fieldMap);
    expect(read.input.fields.aiDraft).toEqual({ available: true, value: expect.stringContaining('You can find audit logs') });
    const offline = await readTicket(withUnknown({ ...t, client: { ...t.client, request: () => Promise.reject({ status: 500, statusText: 'error' }) } }, ['ticket.customField:custom_field_9000002']), fieldMap);
    expect(offline.input.fields.aiDraft).toEqual({ available: false, reason: expect.stringContaining('custom_field_9000002') });
  });

  it('reads a path the host does not resolve from the whole ticket object', async () => {
    const t = createTestClient({ ticketId: 491001 });
    const read = await readTicket(withUnknown(t, ['ticket.via', 'ticket.subject', 'ticket.organization']), fieldMap);
    expect(read.input.failures).toEqual([]);
    expect(read.input.channel).toBe('email');
    expect(read.input.subject).toBe('Where are the audit logs?');
    expect(read.input.organization).toMatchObject({ available: true, value: { planTier: 'standard' } });
  });

  it('fails the read when an essential path is unknown and the ticket object lacks it too', async () => {
    const t = createTestClient({ ticketId: 491001 });
    const read = await readTicket(withUnknown(t, ['ticket.organization', 'ticket']), fieldMap);
    expect(read.input.failures).toEqual([{ source: 'ticket.organization', reason: 'Could not find handler for: "ticket.organization"' }]);
  });

  it('reads the customer\'s words from the description when the conversation is not offered', async () => {
    const t = createTestClient({ ticketId: 491001 });
    const read = await readTicket(withUnknown(t, ['ticket.comments', 'ticket']), fieldMap);
    expect(read.input.failures).toEqual([]);
    expect(read.input.comments).toEqual([]);
    expect(read.input.description).toContain('audit logs');
  });
});
