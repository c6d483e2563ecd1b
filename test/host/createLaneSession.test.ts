import { describe, expect, it } from 'vitest';
import { createLaneSession, type ReadyView } from '../../src/host/createLaneSession';
import { DEMO_SETTINGS, createTestClient, USERS, type TestClientOptions } from './createTestClient';

const LANE_FIELD = 9000003;
const REASON_FIELD = 9000004;
const FAMILY_FIELD = 9000001;

async function start(options: TestClientOptions) {
  const t = createTestClient(options);
  const session = createLaneSession(t.client, {
    messages: () => ({ refusal: 'refused: withheld draft', unreadable: (cause) => `unreadable: ${cause}` }),
    debounceMs: 1,
    now: () => Date.parse('2026-11-26T12:00:00Z'),
  });
  await session.start();
  await settle();
  const view = (): ReadyView => {
    const v = session.getView();
    if (v.phase !== 'ready') throw new Error('the session is still loading');
    return v;
  };
  return { ...t, session, view };
}

/** Lets queued events, the debounce and the re-score they start run to the end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
}

const field = (t: { store: { customFieldValue(t: number, f: number): unknown } }, ticket: number, id: number) => t.store.customFieldValue(ticket, id);

describe('a Lane 1 ticket', () => {
  it('shows the draft, lets it be sent, and writes the lane field and tag', async () => {
    const s = await start({ ticketId: 491001 });
    expect(s.view()).toMatchObject({ lane: 1, failure: null, draft: expect.stringContaining('audit logs'), lock: { send: { enabled: true } } });
    expect(field(s, 491001, LANE_FIELD)).toBe('lane_1');
    expect(s.record().ticket.tags).toContain('lane_1');
  });

  it('posts the draft as a public reply through the API and records that it was sent', async () => {
    const s = await start({ ticketId: 491001 });
    await s.session.send();
    await settle();
    const last = s.record().comments.at(-1);
    expect(last).toMatchObject({ public: true, body: expect.stringContaining('You can find audit logs'), author_id: USERS.casey });
    expect(s.record().ticket.tags).toContain('lane_ai_sent');
    expect(s.view()).toMatchObject({ sent: true, lock: { send: { enabled: false, reason: 'sent' } }, notice: { key: 'sent' } });
  });
});

describe('a Lane 2 ticket', () => {
  it('disables send, and inserts the draft into the composer', async () => {
    const s = await start({ ticketId: 491008 });
    expect(s.view()).toMatchObject({ lane: 2, lock: { send: { enabled: false, reason: 'lane2' }, insert: { enabled: true } } });
    await s.session.insertDraft();
    expect(s.record().draft).toEqual({ text: expect.stringContaining('prorated Standard period'), type: 'publicReply' });
  });

  it('refuses to send even when asked directly', async () => {
    const s = await start({ ticketId: 491008 });
    const before = s.record().comments.length;
    await s.session.send();
    expect(s.record().comments.length).toBe(before);
    // The only write is the lane's own; nothing carries a comment.
    const puts = s.calls.filter((c) => c.kind === 'request' && (c.detail as { type?: string }).type === 'PUT');
    expect(puts.filter((c) => 'comment' in JSON.parse((c.detail as { data: string }).data).ticket)).toEqual([]);
    expect(s.view().notice).toEqual({ kind: 'error', key: 'lockedNow' });
  });
});

describe('a Lane 3 ticket', () => {
  it('withholds the draft and locks send and insert', async () => {
    const s = await start({ ticketId: 491002 });
    expect(s.view()).toMatchObject({ lane: 3, draft: null, lock: { send: { enabled: false, reason: 'lane3' }, insert: { enabled: false, reason: 'lane3' }, showDraft: false } });
    await s.session.insertDraft();
    expect(s.record().draft.text).toBe('');
  });

  it('refuses a public reply that carries the withheld draft, and lets others through', async () => {
    const s = await start({ ticketId: 491002 });
    const draft = String(field(s, 491002, 9000002));
    s.record().draft = { text: `Hello,\n${draft}`, type: 'publicReply' };
    expect(await s.save()).toBe('refused: withheld draft');
    s.record().draft = { text: draft, type: 'internalNote' };
    expect(await s.save()).toBeNull();
    s.record().draft = { text: 'I have asked our billing team to look at this today.', type: 'publicReply' };
    expect(await s.save()).toBeNull();
  });

  it('refuses the save when the composer cannot be read', async () => {
    const s = await start({ ticketId: 491002, fail: 'comment' });
    expect(await s.save()).toMatch(/^unreadable: /);
  });
});

describe('the packet', () => {
  it('goes into an internal note, never a public reply', async () => {
    const s = await start({ ticketId: 491002 });
    await s.session.addPacketNote();
    expect(s.record().draft.type).toBe('internalNote');
    expect(s.record().draft.text).toContain('Escalation Packet');
    expect(s.record().draft.text).toContain('Ticket ID: 491002');
  });
});

describe('overrides', () => {
  it('lets a lead override with a reason, recorded on the ticket, and keeps it after a reload', async () => {
    const s = await start({ ticketId: 491002, user: USERS.jordan });
    expect(s.view().isLead).toBe(true);
    await s.session.override(2, 'Refund already approved by finance');
    await settle();
    expect(field(s, 491002, LANE_FIELD)).toBe('lane_2');
    expect(field(s, 491002, REASON_FIELD)).toBe('Refund already approved by finance');
    expect(s.record().ticket.tags).toEqual(expect.arrayContaining(['lane_override', 'lane_2']));
    expect(s.record().ticket.tags).not.toContain('lane_3');
    const note = s.record().comments.at(-1);
    expect(note).toMatchObject({ public: false });
    expect(note?.body).toBe(
      'Lane override\nBy: Jordan Lead (user 7)\nWhen: 2026-11-26T12:00:00.000Z\nFrom: Lane 3\nTo: Lane 2\nReason: Refund already approved by finance',
    );
    expect(s.view()).toMatchObject({ lane: 2, decision: { lane: 3 }, override: { lane: 2, by: 'Jordan Lead', from: 3, reason: 'Refund already approved by finance' } });

    // A reload, as another agent: the override stands and the computed lane is still 3.
    const again = await start({ ticketId: 491002, user: USERS.casey, store: s.store });
    expect(again.view()).toMatchObject({ lane: 2, decision: { lane: 3 }, isLead: false, override: { lane: 2, by: 'Jordan Lead' } });
    expect(field(again, 491002, LANE_FIELD)).toBe('lane_2');
  });

  it('counts admins as leads', async () => {
    const s = await start({ ticketId: 491002, user: USERS.alex });
    expect(s.view().isLead).toBe(true);
  });

  it('refuses an override by an agent who is not a lead', async () => {
    const s = await start({ ticketId: 491002, user: USERS.casey });
    await s.session.override(1, 'looks fine to me');
    expect(s.view().notice).toEqual({ kind: 'error', key: 'notLead' });
    expect(field(s, 491002, LANE_FIELD)).toBe('lane_3');
    expect(s.record().ticket.tags).not.toContain('lane_override');
  });
});

describe('re-scoring', () => {
  it('scores again when a field changes, locks send at once and records a late escalation', async () => {
    const s = await start({ ticketId: 491001 });
    expect(s.view().lock.send.enabled).toBe(true);
    s.change({ kind: 'customField', fieldId: FAMILY_FIELD, value: 'billing' });
    await settle();
    expect(s.view()).toMatchObject({ lane: 2, lateEscalation: { from: 1, to: 2 }, lock: { send: { enabled: false, reason: 'lane2' } }, notice: { key: 'lockedNow' } });
    expect(field(s, 491001, LANE_FIELD)).toBe('lane_2');
    expect(s.record().ticket.tags).toEqual(expect.arrayContaining(['lane_2', 'lane_late_escalation']));
    expect(s.record().ticket.tags).not.toContain('lane_1');
    expect(s.record().comments.at(-1)).toMatchObject({ public: false, body: expect.stringMatching(/^Late escalation\nFrom: Lane 1\nTo: Lane 2/) });
  });

  it('stops listening when disposed', async () => {
    const s = await start({ ticketId: 491001 });
    expect(s.handlerCount('ticket.updated')).toBe(1);
    s.session.dispose();
    expect(s.handlerCount('ticket.updated')).toBe(0);
    expect(s.handlerCount('ticket.save')).toBe(0);
  });
});

describe('fail closed', () => {
  it('on settings that do not parse: names the cause, Lane 3, everything locked, nothing written', async () => {
    const s = await start({ ticketId: 491001, settings: { ...DEMO_SETTINGS, field_map: '{"ticket": ' } });
    expect(s.view()).toMatchObject({ lane: 3, failure: expect.stringContaining("the app's settings are invalid: field_map: is not valid JSON"), draft: null, lock: { send: { enabled: false, reason: 'failed' } } });
    expect(field(s, 491001, LANE_FIELD)).toBeNull();
  });

  it('on a failed read: names the path, Lane 3, everything locked, even in observe mode', async () => {
    const s = await start({ ticketId: 491001, fail: 'ticket.organization', settings: { ...DEMO_SETTINGS, mode: 'observe' } });
    expect(s.view()).toMatchObject({ lane: 3, failure: expect.stringContaining('ticket.organization'), draft: null, lock: { send: { enabled: false, reason: 'failed' } } });
  });
});

describe('observe mode', () => {
  it('shows and records the lane but locks nothing', async () => {
    const s = await start({ ticketId: 491002, settings: { ...DEMO_SETTINGS, mode: 'observe' } });
    expect(s.view()).toMatchObject({ mode: 'observe', lane: 3, draft: expect.any(String), lock: { send: { enabled: true }, insert: { enabled: true } } });
    expect(field(s, 491002, LANE_FIELD)).toBe('lane_3');
  });
});

describe('records for the metrics', () => {
  it('tags the policy version and, on escalation, what the customer had seen', async () => {
    const s = await start({ ticketId: 491002 });
    expect(s.record().ticket.tags).toEqual(expect.arrayContaining(['lane_3', 'lane_policy_lanes_default_1', 'lane_state_nothing_sent']));
  });

  it('keeps the computed lane beside a lead\'s override', async () => {
    const s = await start({ ticketId: 491002, user: USERS.jordan });
    await s.session.override(2, 'Refund already approved by finance');
    await settle();
    expect(s.record().ticket.tags).toEqual(expect.arrayContaining(['lane_override', 'lane_2', 'lane_computed_3']));
  });

  it('records the verdict on the escalation and the packet rating, one of each', async () => {
    const s = await start({ ticketId: 491002 });
    await s.session.recordOutcome('lower');
    await s.session.recordOutcome('right');
    await s.session.ratePacket('useful');
    await settle();
    const tags = s.record().ticket.tags;
    expect(tags).toEqual(expect.arrayContaining(['lane_outcome_right', 'lane_packet_useful']));
    expect(tags).not.toContain('lane_outcome_lower');
    expect(s.view().record).toEqual({ outcome: 'right', packetRating: 'useful' });
  });
});
