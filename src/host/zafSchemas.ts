import { z } from '../policy/zod';

/** Shapes of what the helpdesk answers, loose where Zendesk varies and strict where the policy depends on it. */

const id = z.pipe(z.union([z.number(), z.string().check(z.minLength(1))]), z.transform(String));
const text = z.pipe(z.nullish(z.string()), z.transform((v) => v ?? null));
/** A list Zendesk may leave out, read as empty. */
const list = <T extends z.ZodMiniType>(item: T) => z.pipe(z.nullish(z.array(item)), z.transform((v) => v ?? []));

export const ZafGroupSchema = z.object({ id: z.number(), name: z.nullish(z.string()) });

export const ZafUserSchema = z.object({
  id,
  name: text,
  email: text,
  role: text,
  locale: text,
  /** ZAF's `timeZone` object; only its IANA name is used, to show times as the agent reads them. */
  timeZone: z.nullish(z.object({ ianaName: z.optional(text) })),
  groups: list(ZafGroupSchema),
});
export type ZafUser = z.infer<typeof ZafUserSchema>;

export const ZafOrganizationSchema = z.nullable(
  z.object({
    id,
    name: text,
    tags: list(z.string()),
    organizationFields: z.pipe(z.nullish(z.record(z.string(), z.unknown())), z.transform((v) => v ?? {})),
  }),
);

export const ZafCommentSchema = z.object({
  id,
  value: z.nullish(z.string()),
  body: z.nullish(z.string()),
  author: z.nullish(z.object({ id: z.nullish(id), role: z.optional(text) })),
  isPublic: z.nullish(z.boolean()),
  public: z.nullish(z.boolean()),
  createdAt: z.optional(text),
  created_at: z.optional(text),
});
export const ZafCommentsSchema = z.array(ZafCommentSchema);

export const ZafTagsSchema = z.array(z.string());
export const ZafTextSchema = z.pipe(
  z.nullish(z.union([z.string(), z.number(), z.boolean()])),
  z.transform((v) => (v === null || v === undefined ? null : String(v))),
);
export const ZafViaSchema = z.nullish(z.object({ channel: z.optional(text) }));

/** `/api/v2/users/{id}/tickets/requested.json` */
export const RequestedTicketsSchema = z.object({
  tickets: z.array(
    z.object({
      id,
      created_at: z.string(),
      type: z.optional(text),
      problem_id: z.nullish(id),
    }),
  ),
});

/** `/api/v2/tickets/{id}.json`: the saved ticket, which the form's unsaved edits do not change. */
export const ApiTicketSchema = z.object({
  ticket: z.object({
    id,
    status: z.optional(text),
    subject: z.optional(text),
    type: z.optional(text),
    problem_id: z.nullish(id),
    updated_at: z.optional(text),
    tags: z.nullish(z.array(z.string())),
    custom_fields: z.nullish(z.array(z.object({ id: z.number(), value: z.unknown() }))),
  }),
});
export type ApiTicket = z.output<typeof ApiTicketSchema>['ticket'];
