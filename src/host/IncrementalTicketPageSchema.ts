import { z } from '../policy/zod';

/**
 * One page of Zendesk's cursor-based incremental ticket export
 * (`GET /api/v2/incremental/tickets/cursor.json`), with the side-loads the review asks for.
 * Loose objects: the bundle reader reads the same fields from an export file.
 */

const int = z.int();

export const IncrementalTicketSchema = z.looseObject({
  id: int,
  created_at: z.string(),
  updated_at: z.nullish(z.string()),
  status: z.nullish(z.string()),
  requester_id: z.nullish(int),
  organization_id: z.nullish(int),
  tags: z.array(z.string()),
  custom_fields: z.nullish(z.array(z.looseObject({ id: int, value: z.unknown() }))),
});

/** A side-loaded record: only its id is relied on. */
const sideLoad = z.looseObject({ id: int });

/** Ticket metrics: `group_stations` counts the groups a ticket passed through. */
const metricSet = z.looseObject({
  ticket_id: int,
  group_stations: z.nullish(z.int().check(z.gte(0))),
});

const envelope = {
  after_cursor: z.nullable(z.string()),
  after_url: z.nullish(z.string()),
  end_of_stream: z.boolean(),
};

export const IncrementalTicketPageSchema = z.object({
  tickets: z.array(IncrementalTicketSchema),
  users: z.optional(z.array(sideLoad)),
  organizations: z.optional(z.array(sideLoad)),
  groups: z.optional(z.array(sideLoad)),
  metric_sets: z.optional(z.array(metricSet)),
  ...envelope,
});

export type IncrementalTicketPage = z.output<typeof IncrementalTicketPageSchema>;

/** The page without its tickets checked, so that a large page is checked a part at a time. */
export const IncrementalPageEnvelopeSchema = z.object({
  tickets: z.array(z.unknown()),
  users: z.optional(z.array(z.unknown())),
  organizations: z.optional(z.array(z.unknown())),
  groups: z.optional(z.array(z.unknown())),
  metric_sets: z.optional(z.array(z.unknown())),
  ...envelope,
});

/** Each list of a page and the schema of its items, checked a part at a time. */
export const PAGE_LISTS = {
  tickets: IncrementalTicketSchema,
  users: sideLoad,
  organizations: sideLoad,
  groups: sideLoad,
  metric_sets: metricSet,
} as const;
