import { describe, expect, it } from 'vitest';
import { readTicket } from '../../src/host/readTicket';
import { writeLane } from '../../src/host/writeLane';
import { parseSettings } from '../../src/policy/settings';
import { scoreWithSettings } from '../../src/policy/scoreTicket';
import { createTestClient, DEMO_SETTINGS, USERS } from './createTestClient';

const settings = parseSettings(DEMO_SETTINGS);
if (!settings.ok) throw new Error('the demo settings do not parse');
const fieldMap = settings.settings.fieldMap;
const NOW = Date.parse('2026-11-26T12:00:00Z');

async function readAndScore(ticketId: number) {
  const t = createTestClient({ ticketId });
  const read = await readTicket(t.client, fieldMap, String(ticketId));
  if (!read.saved.available) throw new Error(read.saved.reason);
  return { ...t, read, saved: read.saved.value, decision: scoreWithSettings(read.input, settings, NOW) };
}

const puts = (calls: { kind: string; detail: unknown }[]) =>
  calls.filter((c) => c.kind === 'request' && (c.detail as { type?: string }).type === 'PUT').map((c) => JSON.parse((c.detail as { data: string }).data).ticket);

describe('writeLane', () => {
  it('saves the lane field and tags with safe_update and the ticket\'s updated_at, and only what differs', async () => {
    const s = await readAndScore(491002);
    const done = await writeLane(s.client, fieldMap, s.read.input, s.decision, null, s.saved);
    expect(done).toMatchObject({ written: true, attempts: 1 });
    expect(puts(s.calls)).toEqual([
      { custom_fields: [{ id: 9000003, value: 'lane_3' }], additional_tags: ['lane_3', 'lane_policy_lanes_default_1', 'lane_state_nothing_sent'], safe_update: true, updated_stamp: s.saved.updated_at },
    ]);
    expect(s.store.laneOf(491002)).toBe('lane_3');
    const again = await readTicket(s.client, fieldMap, '491002');
    if (!again.saved.available) throw new Error(again.saved.reason);
    expect(await writeLane(s.client, fieldMap, again.input, s.decision, null, again.saved.value)).toEqual({ written: false });
  });

  it('reads the ticket again after a conflict and tries once more, never over a save it has not seen', async () => {
    const s = await readAndScore(491002);
    // Another agent saves the ticket between the read and the write.
    s.store.setProp(s.record(), 'priority', 'urgent', USERS.jordan);
    const done = await writeLane(s.client, fieldMap, s.read.input, s.decision, null, s.saved);
    expect(done).toMatchObject({ written: true, attempts: 2 });
    expect(s.record().ticket.priority).toBe('urgent');
    expect(s.store.laneOf(491002)).toBe('lane_3');
  });

  it('gives up after a second conflict and says why', async () => {
    const s = await readAndScore(491002);
    const base = s.client.request;
    const client = { ...s.client, request: async (o: Parameters<typeof base>[0]) => (o.type === 'PUT' ? Promise.reject({ status: 409, statusText: 'Conflict' }) : base(o)) };
    expect(await writeLane(client, fieldMap, s.read.input, s.decision, null, s.saved)).toEqual({ written: false, failure: 'HTTP 409 Conflict' });
    expect(s.store.laneOf(491002)).toBe(null);
  });
});
