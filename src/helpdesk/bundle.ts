import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const customField = z.object({ id: z.number(), value: z.unknown() });

const ticketSchema = z.looseObject({
  id: z.number(),
  subject: z.string().nullish(),
  description: z.string().nullish(),
  status: z.string().nullish(),
  priority: z.string().nullish(),
  type: z.string().nullish(),
  problem_id: z.number().nullish(),
  tags: z.array(z.string()).nullish(),
  requester_id: z.number().nullish(),
  submitter_id: z.number().nullish(),
  assignee_id: z.number().nullish(),
  group_id: z.number().nullish(),
  organization_id: z.number().nullish(),
  via: z.looseObject({ channel: z.string().nullish() }).nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  custom_fields: z.array(customField).nullish(),
});

const userSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  email: z.string().nullish(),
  role: z.string().nullish(),
  organization_id: z.number().nullish(),
  tags: z.array(z.string()).nullish(),
  user_fields: z.record(z.string(), z.unknown()).nullish(),
});

const organizationSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  tags: z.array(z.string()).nullish(),
  organization_fields: z.record(z.string(), z.unknown()).nullish(),
});

const commentSchema = z.looseObject({
  id: z.number(),
  author_id: z.number().nullish(),
  public: z.boolean().nullish(),
  body: z.string().nullish(),
  created_at: z.string().nullish(),
});

export const exportBundleSchema = z.looseObject({
  tickets: z.array(ticketSchema),
  users: z.array(userSchema).optional(),
  organizations: z.array(organizationSchema).optional(),
  groups: z.array(z.looseObject({ id: z.number(), name: z.string() })).optional(),
  group_memberships: z.array(z.looseObject({ user_id: z.number(), group_id: z.number() })).optional(),
  comments: z.record(z.string(), z.array(commentSchema)).optional(),
});

export type ExportBundle = z.infer<typeof exportBundleSchema>;
export type BundleTicket = z.infer<typeof ticketSchema>;
export type BundleUser = z.infer<typeof userSchema>;
export type BundleOrganization = z.infer<typeof organizationSchema>;
export type BundleComment = z.infer<typeof commentSchema>;
export type BundleGroup = { id: number; name: string };

/** Parses an export bundle, saying which field is wrong when it is not one. */
export function parseBundle(json: unknown, source = 'bundle'): ExportBundle {
  const parsed = exportBundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new Error(
      `${source} is not an export bundle: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'} (see spec/export-bundle.md)`,
    );
  }
  return parsed.data;
}

/** Reads an export bundle from a JSON file. */
export async function loadBundle(path: string): Promise<ExportBundle> {
  return parseBundle(JSON.parse(await readFile(path, 'utf8')), path);
}

/** Settings as `client.metadata()` returns them: every value as the installation holds it. */
export type AppSettings = Record<string, unknown>;

/** Reads an installation's settings object from a JSON file. */
export async function loadSettings(path: string): Promise<AppSettings> {
  const json: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${path} must hold one JSON object of setting names to values`);
  }
  return json as AppSettings;
}

/** Reads the lane field id from the `field_map` setting, if it names one. */
export function readFieldMap(settings: AppSettings): { lane?: number; issueFamily?: number; aiDraft?: number; ticketFields: Record<string, number> } {
  const raw = settings['field_map'];
  let map: unknown = raw;
  if (typeof raw === 'string') {
    try {
      map = JSON.parse(raw);
    } catch {
      return { ticketFields: {} };
    }
  }
  const ticket = (map as { ticket?: Record<string, unknown> } | null)?.ticket;
  const lane = ticket?.['lane'];
  const family = ticket?.['issue_family'];
  const draft = ticket?.['ai_draft'];
  const ticketFields = Object.fromEntries(Object.entries(ticket ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
  return {
    ...(typeof lane === 'number' ? { lane } : {}),
    ...(typeof family === 'number' ? { issueFamily: family } : {}),
    ...(typeof draft === 'number' ? { aiDraft: draft } : {}),
    ticketFields,
  };
}
