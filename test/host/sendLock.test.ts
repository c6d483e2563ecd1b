import { describe, expect, it } from 'vitest';
import { sendLock, type LockInput } from '../../src/host/sendLock';
import { LANE_PERMISSIONS } from '../../src/policy';
import type { Lane } from '../../src/policy/types';

const input = (lane: Lane, more: Partial<LockInput> = {}): LockInput => ({
  lane,
  permissions: LANE_PERMISSIONS[lane],
  mode: 'enforce',
  failure: null,
  hasDraft: true,
  sent: false,
  ...more,
});

describe('sendLock', () => {
  it.each([
    [1, true, null, true, null, true, false],
    [2, false, 'lane2', true, null, true, false],
    [3, false, 'lane3', false, 'lane3', false, true],
  ] as const)('in Lane %i send=%s (%s), insert=%s (%s), draft shown=%s, guarded=%s', (lane, send, sendWhy, insert, insertWhy, show, guard) => {
    expect(sendLock(input(lane))).toEqual({
      send: { enabled: send, reason: sendWhy },
      insert: { enabled: insert, reason: insertWhy },
      showDraft: show,
      guardDraft: guard,
    });
  });

  it('locks everything when the ticket could not be evaluated, even in observe mode', () => {
    const lock = sendLock(input(1, { failure: 'the organization could not be read', mode: 'observe' }));
    expect(lock).toEqual({ send: { enabled: false, reason: 'failed' }, insert: { enabled: false, reason: 'failed' }, showDraft: false, guardDraft: true });
  });

  it('locks nothing in observe mode', () => {
    expect(sendLock(input(3, { mode: 'observe' }))).toEqual({
      send: { enabled: true, reason: null },
      insert: { enabled: true, reason: null },
      showDraft: true,
      guardDraft: false,
    });
  });

  it('disables send without a draft and after sending', () => {
    expect(sendLock(input(1, { hasDraft: false })).send).toEqual({ enabled: false, reason: 'no_draft' });
    expect(sendLock(input(1, { sent: true })).send).toEqual({ enabled: false, reason: 'sent' });
  });
});
