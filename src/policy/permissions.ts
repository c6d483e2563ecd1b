import type { Lane, Permissions, Unit } from './types';

/** What the assistant may do in each lane: the capability boundary the app enforces. */
export const LANE_PERMISSIONS: Readonly<Record<Lane, Permissions>> = {
  1: {
    may: [
      'answer from approved sources',
      'ask one clarifying question',
      'cite documentation or confirmed account data',
      'send the reply',
      'close the ticket when the customer confirms',
    ],
    mayNot: ['act outside the allow-listed issue family'],
    canSend: true,
    canInsertDraft: true,
  },
  2: {
    may: [
      'prepare a draft for an agent',
      'suggest macros, articles and next steps',
      'summarize account facts and prior contacts',
      'recommend frontline or specialist handling',
    ],
    mayNot: ['send anything to the customer itself'],
    canSend: false,
    canInsertDraft: true,
  },
  3: {
    may: ['summarize the case', 'propose an owner or queue', 'name policy references that may matter'],
    mayNot: ['produce or insert any customer-facing commitment', 'show or insert its draft', 'send anything to the customer'],
    canSend: false,
    canInsertDraft: false,
  },
};

/** Names what is escalated beside the lane. */
export function unitFor(lane: Lane, actionRaised: boolean): Unit {
  if (lane === 3) return 'conversation';
  if (lane === 2) return actionRaised ? 'action' : 'answer';
  return 'none';
}
