import { recordTags } from '../policy/records';
import type { FieldMap } from '../policy/settings';
import type { Lane } from '../policy/types';

export { laneValue, parseLaneValue } from '../policy/records';

/** The record tags for this account: the field map's prefix, and its own override tag if it names one. */
export function tagsFor(fieldMap: FieldMap): ReturnType<typeof recordTags> {
  const tags = recordTags(fieldMap.tags?.lane_prefix ?? 'lane_');
  return fieldMap.tags?.override ? { ...tags, override: fieldMap.tags.override } : tags;
}

/** The tag that marks a ticket's lane, e.g. `lane_2`. */
export const laneTag = (fieldMap: FieldMap, lane: Lane): string => tagsFor(fieldMap).lane(lane);

/** The tag a lead's override leaves on the ticket. */
export const overrideTag = (fieldMap: FieldMap): string => tagsFor(fieldMap).override;

/** Every lane tag except the one for `lane`. */
export const otherLaneTags = (fieldMap: FieldMap, lane: Lane | null): string[] =>
  ([1, 2, 3] as const).filter((l) => l !== lane).map((l) => laneTag(fieldMap, l));
