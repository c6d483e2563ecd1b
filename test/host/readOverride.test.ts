import { describe, expect, it } from 'vitest';
import { parseSettings, type FieldMap } from '../../src/policy';
import type { LaneHistory, TicketAudit } from '../../src/host/readLaneHistory';
import { readOverride } from '../../src/host/readOverride';
import { DEMO_SETTINGS } from './createTestClient';

const settings = parseSettings(DEMO_SETTINGS);
if (!settings.ok) throw new Error('the demo settings do not parse');
const fieldMap: FieldMap = settings.settings.fieldMap;

const LEAD = '7';
const AGENT = '8';
let clock = 0;

/** One audit: who, and what changed (`lane`, `reason`, tags before and after). */
function audit(author: string, change: { lane?: [string | null, string]; reason?: string; tags?: [string[], string[]]; note?: string }): TicketAudit {
  const events: TicketAudit['events'] = [];
  if (change.lane) events.push({ type: 'Change', field_name: '9000003', previous_value: change.lane[0], value: change.lane[1] });
  if (change.reason !== undefined) events.push({ type: 'Change', field_name: '9000004', previous_value: null, value: change.reason });
  if (change.tags) events.push({ type: 'Change', field_name: 'tags', previous_value: change.tags[0], value: change.tags[1] });
  if (change.note) events.push({ type: 'Comment', body: change.note });
  clock += 60_000;
  return { id: String(clock), created_at: new Date(Date.UTC(2026, 10, 26) + clock).toISOString(), author_id: author, events };
}

const history = (...audits: TicketAudit[]): LaneHistory => ({
  audits,
  authors: new Map([
    [LEAD, { name: 'Jordan Lead', isLead: true }],
    [AGENT, { name: 'Casey Agent', isLead: false }],
  ]),
  leadIds: new Set([LEAD]),
});

const leadOverride = (to: string) => audit(LEAD, { lane: ['lane_3', to], reason: 'Approved by finance', tags: [['lane_3'], ['lane_override', to, 'lane_computed_3']] });

describe('readOverride', () => {
  it('reads a lead’s override from its audit: lane, reason, author, time, the lane before and the lane computed', () => {
    const made = leadOverride('lane_2');
    expect(readOverride(history(made), fieldMap)).toEqual({
      override: { lane: 2, reason: 'Approved by finance', by: 'Jordan Lead', byId: LEAD, at: made.created_at, from: 3, computed: 3 },
      ignored: null,
      lateRecorded: false,
    });
  });

  it('does not count a lead’s routine lane write, without the tag or a reason, as an override', () => {
    expect(readOverride(history(audit(LEAD, { lane: ['lane_2', 'lane_3'] })), fieldMap).override).toBeNull();
  });

  it('ignores the same change by an agent who is not a lead, and by an author Zendesk does not know', () => {
    const forged = audit(AGENT, { lane: ['lane_3', 'lane_1'], reason: 'ok', tags: [['lane_3'], ['lane_override', 'lane_1']] });
    expect(readOverride(history(forged), fieldMap)).toMatchObject({ override: null, ignored: { by: 'Casey Agent' } });
    const unknown = audit('55', { tags: [[], ['lane_override']] });
    expect(readOverride(history(unknown), fieldMap)).toMatchObject({ override: null, ignored: { by: 'user 55' } });
  });

  it('keeps a lead’s override when an agent removes the tag or lowers the lane, and names the agent', () => {
    const r = readOverride(history(leadOverride('lane_3'), audit(AGENT, { lane: ['lane_3', 'lane_1'], tags: [['lane_override', 'lane_3'], ['lane_1']] })), fieldMap);
    expect(r).toMatchObject({ override: { lane: 3, by: 'Jordan Lead' }, ignored: { by: 'Casey Agent' } });
  });

  it('does not flag an agent’s session writing a higher lane under an override', () => {
    expect(readOverride(history(leadOverride('lane_1'), audit(AGENT, { lane: ['lane_1', 'lane_3'] })), fieldMap).ignored).toBeNull();
  });

  it('ends an override when a lead removes its tag, and takes the newest lead override', () => {
    expect(readOverride(history(leadOverride('lane_2'), audit(LEAD, { tags: [['lane_override'], []] })), fieldMap).override).toBeNull();
    expect(readOverride(history(leadOverride('lane_2'), leadOverride('lane_1')), fieldMap).override).toMatchObject({ lane: 1 });
  });

  it('knows when a late escalation was recorded after the override', () => {
    const late = audit(AGENT, { tags: [['lane_override'], ['lane_override', 'lane_late_escalation']], note: 'Late escalation\nFrom: Lane 1' });
    expect(readOverride(history(leadOverride('lane_1'), late), fieldMap).lateRecorded).toBe(true);
    expect(readOverride(history(late, leadOverride('lane_1')), fieldMap).lateRecorded).toBe(false);
  });
});
