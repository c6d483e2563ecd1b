import type { Mode } from '../policy/settings';
import type { Lane, Permissions } from '../policy/types';

/** Why an action is not available; each reason has a sentence in the translations. */
export const LOCK_REASONS = ['lane2', 'lane3', 'failed', 'no_draft', 'sent'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export interface LockInput {
  /** The lane in force: a lead's override where there is one, else the computed lane. */
  lane: Lane;
  permissions: Permissions;
  mode: Mode;
  /** Set when the ticket could not be evaluated. */
  failure: string | null;
  hasDraft: boolean;
  sent: boolean;
}

export interface SendLock {
  send: { enabled: boolean; reason: LockReason | null };
  insert: { enabled: boolean; reason: LockReason | null };
  /** Whether the draft may be in the page at all. */
  showDraft: boolean;
  /** Whether the save hook must refuse a public reply that carries the draft. */
  guardDraft: boolean;
}

const laneReason = (lane: Lane): LockReason => (lane === 3 ? 'lane3' : 'lane2');

/**
 * The send lock: what the app may do with the AI draft in this lane. The sidebar's buttons,
 * the send path and the save hook all ask this one function. A failed evaluation locks even in
 * observe mode: nothing is known that could justify sending.
 */
export function sendLock(i: LockInput): SendLock {
  if (i.failure !== null) {
    return { send: { enabled: false, reason: 'failed' }, insert: { enabled: false, reason: 'failed' }, showDraft: false, guardDraft: true };
  }
  const enforce = i.mode === 'enforce';
  const mayShow = !enforce || i.permissions.canInsertDraft;
  const maySend = !enforce || i.permissions.canSend;
  const first = (...checks: [boolean, LockReason][]): { enabled: boolean; reason: LockReason | null } => {
    const hit = checks.find(([blocked]) => blocked);
    return hit ? { enabled: false, reason: hit[1] } : { enabled: true, reason: null };
  };
  return {
    send: first([!maySend, laneReason(i.lane)], [!i.hasDraft, 'no_draft'], [i.sent, 'sent']),
    insert: first([!mayShow, laneReason(i.lane)], [!i.hasDraft, 'no_draft']),
    showDraft: mayShow && i.hasDraft,
    guardDraft: !mayShow,
  };
}
