import { describe, expect, it } from 'vitest';
import { createLaneSession, type ReadyView } from '../../src/host/createLaneSession';
import { answerApiRequest } from '../../src/helpdesk/restApi';
import { DEMO_SETTINGS, createTestClient, USERS, type TestClientOptions } from './createTestClient';

const LANE_FIELD = 9000003;
const REASON_FIELD = 9000004;
const FAMILY_FIELD = 9000001;

async function start(options: TestClientOptions) {
  const t = createTestClient(options);
  const session = createLaneSession(t.client, {
    messages: () => ({ checking: 'refused: still checking', refusal: 'refused: withheld draft', packet: 'refused: packet', unreadable: (cause) => `unreadable: ${cause}` }),
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
    expect(s.view()).toMatchObject({
      lane: 2,
      decision: { lane: 3 },
      override: { lane: 2, by: 'Jordan Lead', byId: '7', at: '2026-11-26T12:00:00Z', from: 3, computed: 3, reason: 'Refund already approved by finance' },
      ignoredChange: null,
    });

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

/** Writes on the ticket through the REST API as `userId`, as the helpdesk records any agent's update. */
function writeAs(t: { store: import('../../src/helpdesk/store').HelpdeskStore }, ticketId: number, userId: number, ticket: Record<string, unknown>) {
  const answer = answerApiRequest(t.store, { url: `/api/v2/tickets/${ticketId}.json`, type: 'PUT', data: JSON.stringify({ ticket }) }, userId);
  expect(answer.status).toBe(200);
}

const FORGED_OVERRIDE = {
  custom_fields: [
    { id: LANE_FIELD, value: 'lane_1' },
    { id: REASON_FIELD, value: 'Approved' },
  ],
  additional_tags: ['lane_override', 'lane_1', 'lane_computed_3'],
  remove_tags: ['lane_3'],
  comment: { public: false, body: 'Lane override\nBy: Jordan Lead (user 7)\nWhen: 2026-11-26T11:00:00.000Z\nFrom: Lane 3\nTo: Lane 1\nReason: Approved' },
};

describe('an override, as Zendesk records who made it', () => {
  it('is not one when a frontline agent writes the same fields, tags and note: Lane 3, named and ignored', async () => {
    const first = await start({ ticketId: 491002, user: USERS.casey });
    writeAs(first, 491002, USERS.casey, FORGED_OVERRIDE);
    const s = await start({ ticketId: 491002, user: USERS.casey, store: first.store });
    expect(s.view()).toMatchObject({ lane: 3, override: null, draft: null, ignoredChange: { by: 'Casey Agent' }, lock: { send: { enabled: false, reason: 'lane3' } } });
    expect(field(s, 491002, LANE_FIELD)).toBe('lane_3');
  });

  it('is not undone when a frontline agent removes the tag or lowers the lane under a lead’s raise', async () => {
    const lead = await start({ ticketId: 491001, user: USERS.jordan });
    await lead.session.override(3, 'Customer is in a legal dispute with us');
    await settle();
    writeAs(lead, 491001, USERS.casey, { remove_tags: ['lane_override', 'lane_3'], custom_fields: [{ id: LANE_FIELD, value: 'lane_1' }] });
    const s = await start({ ticketId: 491001, user: USERS.casey, store: lead.store });
    expect(s.view()).toMatchObject({ lane: 3, decision: { lane: 1 }, override: { lane: 3, by: 'Jordan Lead' }, ignoredChange: { by: 'Casey Agent' }, draft: null });
    expect(field(s, 491001, LANE_FIELD)).toBe('lane_3');
    expect(s.record().ticket.tags).toContain('lane_3');
  });

  it('gives way when the computed lane rises above the lane it was made on: Lane 3 in every later session, recorded once', async () => {
    const lead = await start({ ticketId: 491008, user: USERS.jordan });
    await lead.session.override(1, 'A known double charge, refunded already');
    await settle();
    expect(lead.view()).toMatchObject({ lane: 1, override: { lane: 1, computed: 2 } });
    lead.store.addComment(lead.record(), 'I want a full refund of both charges now, or our lawyer will take legal action.', true, 104);

    const next = await start({ ticketId: 491008, user: USERS.casey, store: lead.store });
    expect(next.view()).toMatchObject({ lane: 3, decision: { lane: 3 }, lateEscalation: { from: 1, to: 3 }, draft: null, lock: { send: { enabled: false } } });
    expect(next.record().ticket.tags).toContain('lane_late_escalation');
    const notes = () => next.record().comments.filter((c) => c.body?.startsWith('Late escalation')).length;
    expect(notes()).toBe(1);
    expect(field(next, 491008, LANE_FIELD)).toBe('lane_3');

    const later = await start({ ticketId: 491008, user: USERS.casey, store: lead.store });
    expect(later.view()).toMatchObject({ lane: 3, lateEscalation: { from: 1, to: 3 } });
    expect(notes()).toBe(1);
  });

  it('holds while the computed lane stays within its evidence', async () => {
    const lead = await start({ ticketId: 491002, user: USERS.jordan });
    await lead.session.override(2, 'Refund already approved by finance');
    await settle();
    lead.store.addComment(lead.record(), 'Thanks, waiting for the refund then.', true, 1);
    const s = await start({ ticketId: 491002, user: USERS.casey, store: lead.store });
    expect(s.view()).toMatchObject({ lane: 2, lateEscalation: null, override: { lane: 2 } });
  });

  it('fails closed when the audits cannot be read: Lane 3 with the cause, nothing written', async () => {
    const s = await start({ ticketId: 491001, fail: '/api/v2/tickets/491001/audits' });
    expect(s.view()).toMatchObject({ lane: 3, failure: expect.stringContaining("the ticket's audits could not be read"), draft: null, lock: { send: { enabled: false, reason: 'failed' } } });
    expect(field(s, 491001, LANE_FIELD)).toBeNull();
  });

  it('takes who is a lead from the lead groups’ memberships, failing closed when they cannot be read', async () => {
    const s = await start({ ticketId: 491001, user: USERS.jordan, fail: '/api/v2/groups/106/memberships' });
    expect(s.view()).toMatchObject({ lane: 3, isLead: false, failure: expect.stringContaining("the lead groups' members could not be read") });
  });
});

describe('a read that times out', () => {
  it('is a failure: Lane 3 with the cause named, and no lane written', async () => {
    const s = await start({ ticketId: 491001, hold: (kind, detail) => (kind === 'get' && Array.isArray(detail) && detail.includes('ticket.subject') ? Promise.resolve('timeout') : undefined) });
    expect(s.view()).toMatchObject({ lane: 3, failure: expect.stringContaining('timed out'), draft: null, lock: { send: { enabled: false, reason: 'failed' } } });
    expect(field(s, 491001, LANE_FIELD)).toBeNull();
    expect(s.record().ticket.tags).not.toContain('lane_2');
    // Hiding the draft field from the form is the only action; nothing is set or written.
    const writes = s.calls.filter((c) => c.kind === 'set' || (c.kind === 'invoke' && !JSON.stringify(c.detail).includes('ticketFields:')) || (c.kind === 'request' && (c.detail as { type?: string }).type === 'PUT'));
    expect(writes).toEqual([]);
  });
});

describe('the save hook', () => {
  const draftOf = (t: { store: { customFieldValue(t: number, f: number): unknown } }, ticket: number) => String(field(t, ticket, 9000002));

  it.each([
    ['its final period dropped', (d: string) => d.replace(/\.$/, '')],
    ['one word changed', (d: string) => d.replace('refunded', 'returned')],
    ['its first half only', (d: string) => d.slice(0, Math.ceil(d.length / 2))],
    ['as rich-text HTML with entities', (d: string) => `<p>Hi Ana,</p><p>${d.replace(/ /g, '&nbsp;').replace(';', '&#59;')}</p>`],
    ['with no-break spaces', (d: string) => d.replace(/ /g, '\u00A0')],
    ['with zero-width spaces', (d: string) => d.replace(/ /g, ' \u200B')],
    ['inside a longer reply', (d: string) => `Hi Ana,\n\nSorry for the trouble with the order. ${d}\n\nIf anything else comes up, just reply here.\nCasey`],
  ])('refuses the Lane 3 draft with %s', async (_, edit) => {
    const s = await start({ ticketId: 491002 });
    // The composer holds exactly this text (HTML included), as a plain-text editor would give it.
    s.store.richText = false;
    s.record().draft = { text: edit(draftOf(s, 491002)), type: 'publicReply' };
    expect(await s.save()).toBe('refused: withheld draft');
  });

  it('lets through an agent’s own holding reply and the draft as an internal note', async () => {
    const s = await start({ ticketId: 491002 });
    s.record().draft = { text: 'Thanks, I have passed this to our billing specialists, who will reply today.', type: 'publicReply' };
    expect(await s.save()).toBeNull();
    s.record().draft = { text: draftOf(s, 491002), type: 'internalNote' };
    expect(await s.save()).toBeNull();
  });

  it('lets through the reviewed draft an agent sends in Lane 2', async () => {
    const s = await start({ ticketId: 491008 });
    await s.session.insertDraft();
    expect(await s.save()).toBeNull();
  });

  it('refuses the packet as a public reply, and lets it through as an internal note', async () => {
    const s = await start({ ticketId: 491002 });
    await s.session.addPacketNote();
    expect(s.record().draft.type).toBe('internalNote');
    expect(await s.save()).toBeNull();
    s.record().draft.type = 'publicReply';
    expect(await s.save()).toBe('refused: packet');
  });

  it('refuses the draft while the app is still reading the ticket, and lets the agent’s own words through', async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const t = createTestClient({ ticketId: 491001, hold: (kind, detail) => (kind === 'get' && Array.isArray(detail) && detail.includes('ticket.subject') ? held : undefined) });
    const session = createLaneSession(t.client, { messages: () => ({ checking: 'refused: still checking', refusal: 'refused: withheld draft', packet: 'refused: packet', unreadable: (c) => `unreadable: ${c}` }), debounceMs: 1 });
    const started = session.start();
    await settle();
    expect(session.getView().phase).toBe('loading');
    t.record().draft = { text: String(t.store.customFieldValue(491001, 9000002)), type: 'publicReply' };
    expect(await t.save()).toBe('refused: still checking');
    t.record().draft = { text: 'Let me check this for you and come back shortly.', type: 'publicReply' };
    expect(await t.save()).toBeNull();
    release();
    await started;
    t.record().draft = { text: String(t.store.customFieldValue(491001, 9000002)), type: 'publicReply' };
    expect(await t.save()).toBeNull();
  }, 20_000);

  it('refuses when the reply cannot be read in time', async () => {
    let slow = false;
    const s = await start({ ticketId: 491002, hold: (kind, detail) => (slow && kind === 'get' && Array.isArray(detail) && detail.includes('comment.text') ? Promise.resolve('timeout') : undefined) });
    slow = true;
    s.record().draft = { text: 'My own words.', type: 'publicReply' };
    expect(await s.save()).toMatch(/^unreadable: client.get timed out/);
  });

  it('refuses the draft under broken settings, and lets the agent’s own words through', async () => {
    const s = await start({ ticketId: 491001, settings: { ...DEMO_SETTINGS, policy: '{"lane_rules": {"lane2": {"min_at_least_medium_count": 4}}}' } });
    expect(s.view()).toMatchObject({ lane: 3, failure: expect.stringContaining('policy.lane_rules.lane2.min_at_least_medium_count') });
    s.record().draft = { text: String(field(s, 491001, 9000002)), type: 'publicReply' };
    expect(await s.save()).toBe('refused: withheld draft');
    s.record().draft = { text: 'Let me look into this for you.', type: 'publicReply' };
    expect(await s.save()).toBeNull();
  });

  it('is registered before the first read', async () => {
    const t = createTestClient({ ticketId: 491001, hold: () => new Promise(() => {}) });
    const session = createLaneSession(t.client, { messages: () => ({ checking: 'c', refusal: 'r', packet: 'p', unreadable: (c) => c }) });
    void session.start();
    expect(t.handlerCount('ticket.save')).toBe(1);
    session.dispose();
  });
});

describe('"Add as internal note"', () => {
  it('reports an error and leaves nothing in the reply when the composer cannot switch to an internal note', async () => {
    const s = await start({ ticketId: 491002, fail: 'comment.type' });
    s.record().draft = { text: 'Hello', type: 'publicReply' };
    await s.session.addPacketNote();
    expect(s.view().notice).toMatchObject({ kind: 'error', key: 'noteFailed' });
    expect(s.record().draft).toEqual({ text: 'Hello', type: 'publicReply' });
  });

  it('starts the packet on a paragraph of its own', async () => {
    const s = await start({ ticketId: 491002 });
    s.record().draft = { text: 'Context for billing:', type: 'publicReply' };
    await s.session.addPacketNote();
    expect(s.record().draft.text).toMatch(/^Context for billing:\n\nEscalation Packet\n/);
  });
});
