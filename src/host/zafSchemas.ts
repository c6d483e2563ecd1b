import { z } from 'zod';

/** Shapes of what the helpdesk answers, loose where Zendesk varies and strict where the policy depends on it. */

const id = z.union([z.number(), z.string().min(1)]).transform(String);
const text = z.string().nullish().transform((v) => v ?? null);

export const ZafGroupSchema = z.object({ id: z.number(), name: z.string().nullish() });

export const ZafUserSchema = z.object({
  id,
  name: text,
  email: text,
  role: text,
  locale: text,
  /** ZAF's `timeZone` object; only its IANA name is used, to show times as the agent reads them. */
  timeZone: z.object({ ianaName: text.optional() }).nullish(),
  groups: z.array(ZafGroupSchema).nullish().transform((v) => v ?? []),
});
export type ZafUser = z.infer<typeof ZafUserSchema>;

export const ZafOrganizationSchema = z
  .object({
    id,
    name: text,
    tags: z.array(z.string()).nullish().transform((v) => v ?? []),
    organizationFields: z.record(z.string(), z.unknown()).nullish().transform((v) => v ?? {}),
  })
  .nullable();

export const ZafCommentSchema = z.object({
  id,
  value: z.string().nullish(),
  body: z.string().nullish(),
  author: z.object({ id: id.nullish(), role: text.optional() }).nullish(),
  isPublic: z.boolean().nullish(),
  public: z.boolean().nullish(),
  createdAt: text.optional(),
  created_at: text.optional(),
});
export const ZafCommentsSchema = z.array(ZafCommentSchema);

export const ZafTagsSchema = z.array(z.string());
export const ZafTextSchema = z.union([z.string(), z.number(), z.boolean()]).nullish().transform((v) => (v === null || v === undefined ? null : String(v)));
export const ZafViaSchema = z.object({ channel: text.optional() }).nullish();

/** `/api/v2/users/{id}/tickets/requested.json` */
export const RequestedTicketsSchema = z.object({
  tickets: z.array(
    z.object({
      id,
      created_at: z.string(),
      type: text.optional(),
      problem_id: id.nullish(),
    }),
  ),
});

/** `/api/v2/tickets/{id}.json`: the saved ticket, which the form's unsaved edits do not change. */
export const ApiTicketSchema = z.object({
  ticket: z.object({
    id,
    status: text.optional(),
    subject: text.optional(),
    type: text.optional(),
    problem_id: id.nullish(),
    updated_at: text.optional(),
    tags: z.array(z.string()).nullish(),
    custom_fields: z.array(z.object({ id: z.number(), value: z.unknown() })).nullish(),
  }),
});
export type ApiTicket = z.output<typeof ApiTicketSchema>['ticket'];
