import type { FieldMap } from '../policy/settings';
import type { Lane } from '../policy/types';

/** The lane field's value for a lane, as the demo account's dropdown names its options. */
export const laneValue = (lane: Lane): string => `lane_${lane}`;

/** Reads a lane field value back; anything else is not a lane. */
export function parseLaneValue(value: string | null | undefined): Lane | null {
  const m = /^lane_([123])$/.exec(value ?? '');
  return m ? (Number(m[1]) as Lane) : null;
}

/** The tag that marks a ticket's lane, e.g. `lane_2`. */
export const laneTag = (fieldMap: FieldMap, lane: Lane): string => `${fieldMap.tags?.lane_prefix ?? 'lane_'}${lane}`;

/** The tag a lead's override leaves on the ticket. */
export const overrideTag = (fieldMap: FieldMap): string => fieldMap.tags?.override ?? 'lane_override';

/** The tag left when the lane rose while the ticket was open. */
export const LATE_ESCALATION_TAG = 'lane_late_escalation';

/** The tag left when the app sent its draft in Lane 1. */
export const AI_SENT_TAG = 'lane_ai_sent';

/** Every lane tag except the one for `lane`. */
export const otherLaneTags = (fieldMap: FieldMap, lane: Lane | null): string[] =>
  ([1, 2, 3] as const).filter((l) => l !== lane).map((l) => laneTag(fieldMap, l));
