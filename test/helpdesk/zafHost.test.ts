import { describe, expect, it } from 'vitest';
import { parseFaults } from '../../src/helpdesk/faults';
import { answerGet, answerInvoke, answerSet, answerZafRequest } from '../../src/helpdesk/zafHost';
import { buildStore } from './fixture';

const ctx = (over: Partial<Parameters<typeof answerGet>[0]> = {}) => ({ store: buildStore(), ticketId: 491001, userId: 7, ...over });

describe('get', () => {
  it('answers several paths in one object with an errors map', () => {
    const { result } = answerGet(ctx(), ['ticket.id', 'ticket.requester.name', 'ticket.customField:custom_field_9000001', 'ticket.bogus']);
    expect(result).toEqual({
      'ticket.id': 491001,
      'ticket.requester.name': 'Mia Holt',
      'ticket.customField:custom_field_9000001': 'documentation',
      errors: { 'ticket.bogus': { name: 'APIUnavailable', message: 'Could not find handler for: "ticket.bogus"', path: 'ticket.bogus' } },
    });
  });

  it('gives the organization its fields under organizationFields', () => {
    const { result } = answerGet(ctx(), ['ticket.organization']);
    expect(result['ticket.organization']).toMatchObject({
      id: 11,
      name: 'Brightleaf Studio',
      organizationFields: { plan_tier: 'standard', contract_type: 'standard', region: 'eu' },
    });
  });

  it('gives the signed-in user their groups', () => {
    const { result } = answerGet(ctx(), ['currentUser']);
    expect(result['currentUser']).toMatchObject({
      id: 7,
      name: 'Jordan Lead',
      role: 'agent',
      locale: 'en-US',
      groups: [{ id: 106, name: 'Team Leads' }, { id: 100, name: 'Frontline Support' }],
    });
  });

  it('leaves custom fields out of the ticket object, as Zendesk does', () => {
    const ticket = answerGet(ctx(), ['ticket']).result['ticket'] as Record<string, unknown>;
    expect(Object.keys(ticket)).not.toContain('custom_fields');
    expect(ticket).toMatchObject({ id: 491001, status: 'open', priority: 'normal', tags: [] });
  });

  it('answers an unknown custom field in errors', () => {
    const { result } = answerGet(ctx(), ['ticket.customField:custom_field_1']);
    expect(Object.keys(result.errors)).toEqual(['ticket.customField:custom_field_1']);
  });

  it('fails paths under a failing key and waits for the slowest', () => {
    const faults = parseFaults('ticket.organization', 'ticket.requester:300,currentUser:50');
    const answer = answerGet(ctx({ faults }), ['ticket.organization.name', 'ticket.requester', 'currentUser.id']);
    expect(Object.keys(answer.result.errors)).toEqual(['ticket.organization.name']);
    expect(answer.result['ticket.requester']).toMatchObject({ id: 101 });
    expect(answer.delayMs).toBe(300);
  });
});

describe('set', () => {
  it('changes a custom field on the form, unsaved until Submit, and announces the change once', () => {
    const c = ctx();
    const first = answerSet(c, { 'ticket.customField:custom_field_9000003': 'lane_2' });
    expect(first.result).toEqual({ 'ticket.customField:custom_field_9000003': 'lane_2', errors: {} });
    expect(first.events).toEqual([{ name: 'ticket.custom_field_9000003.changed', data: 'lane_2' }]);
    expect(answerGet(c, ['ticket.customField:custom_field_9000003']).result['ticket.customField:custom_field_9000003']).toBe('lane_2');
    expect(c.store.laneOf(491001)).toBe(null);
    expect(answerSet(c, { 'ticket.customField:custom_field_9000003': 'lane_2' }).events).toEqual([]);
    const record = c.store.record(491001)!;
    c.store.submit(record, 8);
    expect(c.store.laneOf(491001)).toBe('lane_2');
    expect(record.audits.at(-1)?.events).toContainEqual(expect.objectContaining({ type: 'Change', field_name: '9000003', value: 'lane_2' }));
  });

  it('stages tag actions on the form, and a reopened ticket forgets them', () => {
    const c = ctx();
    const record = c.store.record(491001)!;
    answerInvoke(c, { 'ticket.tags.add': ['lane_9'] });
    expect(answerGet(c, ['ticket.tags']).result['ticket.tags']).toContain('lane_9');
    expect(record.ticket.tags ?? []).not.toContain('lane_9');
    c.store.resetForm(record);
    expect(answerGet(c, ['ticket.tags']).result['ticket.tags']).not.toContain('lane_9');
  });

  it('answers a field that is not on the form as Zendesk does: no handler', () => {
    const c = ctx();
    expect(answerGet(c, ['ticket.customField:custom_field_123']).result.errors['ticket.customField:custom_field_123']).toMatchObject({ name: 'APIUnavailable' });
    expect(answerInvoke(c, { 'ticketFields:custom_field_123.hide': [] }).result.errors['ticketFields:custom_field_123.hide']).toMatchObject({ name: 'APIUnavailable' });
  });

  it('hides a field of the form when the app asks', () => {
    const c = ctx();
    const answer = answerInvoke(c, { 'ticketFields:custom_field_9000002.hide': [] });
    expect(answer.result.errors).toEqual({});
    expect(c.store.record(491001)!.form.hiddenFields.has('custom_field_9000002')).toBe(true);
  });

  it('gives the composer as HTML with the rich-text editor on, and as text with it off', () => {
    const c = ctx();
    answerInvoke(c, { 'comment.appendText': ["Don't <refund>\nyet"] });
    expect(answerGet(c, ['comment.text']).result['comment.text']).toBe('<p>Don&#39;t &lt;refund&gt;</p><p>yet</p>');
    c.store.richText = false;
    expect(answerGet(c, ['comment.text']).result['comment.text']).toBe("Don't <refund>\nyet");
    expect(answerInvoke(c, { 'comment.appendHtml': ['<p>x</p>'] }).result.errors['comment.appendHtml']).toMatchObject({ name: 'InvalidAction' });
  });

  it('answers the ids of what the requirements created', () => {
    const c = ctx();
    expect(answerGet(c, ['requirement:lanes_ai_draft']).result['requirement:lanes_ai_draft']).toMatchObject({ requirement_id: 9000002, requirement_type: 'ticket_fields' });
    expect(answerGet(c, ['requirement:nothing']).result.errors['requirement:nothing']).toMatchObject({ name: 'APIUnavailable' });
  });

  it('refuses an unknown comment type', () => {
    const { result } = answerSet(ctx(), { 'comment.type': 'shout' });
    expect(result.errors['comment.type']?.name).toBe('InvalidValue');
  });

  it('answers an unsettable path in errors', () => {
    expect(Object.keys(answerSet(ctx(), { 'ticket.id': 3 }).result.errors)).toEqual(['ticket.id']);
  });
});

describe('invoke', () => {
  it('appends text to the composer', () => {
    const c = ctx();
    answerInvoke(c, { 'comment.appendText': ['Hello. '] });
    const { events } = answerInvoke(c, { 'comment.appendText': ['Thanks.'] });
    expect(events).toEqual([{ name: 'comment.text.changed', data: 'Hello. Thanks.' }]);
  });

  it('adds and removes tags', () => {
    const c = ctx();
    expect(answerInvoke(c, { 'ticket.tags.add': [['lane_1', 'Needs Review']] }).events).toEqual([
      { name: 'ticket.tags.changed', data: ['lane_1', 'needs', 'review'] },
    ]);
    answerInvoke(c, { 'ticket.tags.remove': ['needs'] });
    expect(answerGet(c, ['ticket.tags']).result['ticket.tags']).toEqual(['lane_1', 'review']);
  });

  it('turns notify and resize into page effects', () => {
    const { effects } = answerInvoke(ctx(), { notify: ['Saved', 'success'], resize: [{ width: '100%', height: 400 }] });
    expect(effects).toEqual([
      { type: 'notify', message: 'Saved', kind: 'success', durationMs: 5000 },
      { type: 'resize', width: '100%', height: '400' },
    ]);
  });

  it('answers an unknown action in errors', () => {
    expect(Object.keys(answerZafRequest(ctx(), 'invoke', { 'app.explode': [] }).result.errors)).toEqual(['app.explode']);
  });
});
