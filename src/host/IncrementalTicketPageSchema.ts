import { z } from 'zod';

/**
 * One page of Zendesk's cursor-based incremental ticket export
 * (`GET /api/v2/incremental/tickets/cursor.json`), with the side-loads the review asks for.
 * Loose objects: the bundle reader reads the same fields from an export file.
 */

export const IncrementalTicketSchema = z.looseObject({
  id: z.number().int(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  status: z.string().nullish(),
  requester_id: z.number().int().nullish(),
  organization_id: z.number().int().nullish(),
  tags: z.array(z.string()),
  custom_fields: z.array(z.looseObject({ id: z.number().int(), value: z.unknown() })).nullish(),
});

/** Ticket metrics: `group_stations` counts the groups a ticket passed through. */
const metricSet = z.looseObject({
  ticket_id: z.number().int(),
  group_stations: z.number().int().min(0).nullish(),
});

export const IncrementalTicketPageSchema = z.object({
  tickets: z.array(IncrementalTicketSchema),
  users: z.array(z.looseObject({ id: z.number().int() })).optional(),
  organizations: z.array(z.looseObject({ id: z.number().int() })).optional(),
  groups: z.array(z.looseObject({ id: z.number().int() })).optional(),
  metric_sets: z.array(metricSet).optional(),
  after_cursor: z.string().nullable(),
  after_url: z.string().nullish(),
  end_of_stream: z.boolean(),
});

export type IncrementalTicketPage = z.output<typeof IncrementalTicketPageSchema>;

/** The page without its tickets checked, so that a large page is checked a part at a time. */
export const IncrementalPageEnvelopeSchema = IncrementalTicketPageSchema.extend({
  tickets: z.array(z.unknown()),
  users: z.array(z.unknown()).optional(),
  organizations: z.array(z.unknown()).optional(),
  groups: z.array(z.unknown()).optional(),
  metric_sets: z.array(z.unknown()).optional(),
});

/** Each list of a page and the schema of its items, checked a part at a time. */
export const PAGE_LISTS = {
  tickets: IncrementalTicketSchema,
  users: IncrementalTicketPageSchema.shape.users.unwrap().element,
  organizations: IncrementalTicketPageSchema.shape.organizations.unwrap().element,
  groups: IncrementalTicketPageSchema.shape.groups.unwrap().element,
  metric_sets: IncrementalTicketPageSchema.shape.metric_sets.unwrap().element,
} as const;
