import { describe, expect, it } from 'vitest';
import { answerApiRequest } from '../../src/helpdesk/restApi';
import { readLaneHistory } from '../../src/host/readLaneHistory';
import { parseSettings } from '../../src/policy';
import { createTestClient, DEMO_SETTINGS, USERS } from './createTestClient';

const settings = parseSettings(DEMO_SETTINGS);
if (!settings.ok) throw new Error('the demo settings do not parse');
const fieldMap = settings.settings.fieldMap;

describe('readLaneHistory', () => {
  it('reads every page of the audits, the lead groups’ members and each author’s role', async () => {
    const t = createTestClient({ ticketId: 491001 });
    for (let i = 0; i < 150; i++) {
      answerApiRequest(t.store, { url: '/api/v2/tickets/491001.json', type: 'PUT', data: JSON.stringify({ ticket: { comment: { body: `note ${i}`, public: false } } }) }, i % 2 ? USERS.casey : USERS.alex);
    }
    const h = await readLaneHistory(t.client, '491001', fieldMap);
    expect(h.available).toBe(true);
    if (!h.available) return;
    expect(h.value.audits.length).toBeGreaterThan(150);
    expect([...h.value.leadIds]).toEqual(['7']);
    expect(h.value.authors.get('8')).toEqual({ name: 'Casey Agent', isLead: false });
    expect(h.value.authors.get('9')).toEqual({ name: 'Alex Admin', isLead: true });
    const pages = t.calls.filter((c) => c.kind === 'request' && String((c.detail as { url: string }).url).includes('/audits.json'));
    expect(pages).toHaveLength(2);
  });

  it('is unavailable, with the reason, when a page or the authors cannot be read', async () => {
    const noAuthors = await readLaneHistory(createTestClient({ ticketId: 491001, fail: '/api/v2/users/show_many' }).client, '491001', fieldMap);
    expect(noAuthors).toEqual({ available: false, reason: expect.stringContaining('the authors of the ticket') });
    const noId = await readLaneHistory(createTestClient({ ticketId: 491001 }).client, '', fieldMap);
    expect(noId).toEqual({ available: false, reason: expect.stringContaining('ticket id is not known') });
  });
});
