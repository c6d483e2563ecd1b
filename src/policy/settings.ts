import { z } from './zod';
import { DEFAULT_POLICY, type Policy } from './policy';
import { OUTCOMES, RATINGS, recordTags } from './records';
import { compilePhrase, PhraseError } from './text/compileLexicon';
import { FACTOR_IDS, ISSUE_FAMILIES } from './types';

/** One thing wrong with the settings: where, what, and how to fix it. */
export interface SettingsIssue {
  path: string;
  message: string;
  fix: string;
}

const fieldId = z.int().check(z.positive());
const name = z.string().check(z.minLength(1));
const tag = z.string().check(z.regex(/^[a-z0-9_]+$/));

const FieldMapSchema = z.strictObject({
  ticket: z.catchall(
    z.object({
      issue_family: fieldId,
      ai_draft: fieldId,
      lane: fieldId,
      lane_override_reason: fieldId,
      prior_service_credit: fieldId,
    }),
    fieldId,
  ),
  organization: z.catchall(
    z.object({
      plan_tier: name,
      contract_type: name,
      renewal_date: name,
      csm_owner: name,
      region: name,
      executive_sponsor: name,
    }),
    name,
  ),
  groups: z.strictObject({
    frontline: fieldId,
    billing: fieldId,
    security: fieldId,
    customer_success: fieldId,
    incidents: fieldId,
    legal: fieldId,
  }),
  lead_group_ids: z.array(fieldId),
  tags: z.optional(
    z.strictObject({
      lane_prefix: z.optional(tag),
      override: z.optional(tag),
    }),
  ),
});

/** How the account names its fields and groups (`spec/demo-instance.md`). */
export type FieldMap = z.infer<typeof FieldMapSchema>;

/** The ticket fields the app's requirements.json creates, by field map key. */
export const TICKET_FIELD_KEYS = ['issue_family', 'ai_draft', 'lane', 'lane_override_reason', 'prior_service_credit'] as const;
export type TicketFieldKey = (typeof TICKET_FIELD_KEYS)[number];
/** The requirements.json identifier of a ticket field, e.g. `lanes_issue_family`. */
export const requirementIdentifier = (key: TicketFieldKey): string => `lanes_${key}`;
/** Ticket field ids the installation created, by field map key; they replace `field_map.ticket`'s. */
export type RequirementIds = Partial<Record<TicketFieldKey, number>>;

const factorId = z.enum(FACTOR_IDS);
const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const count = intIn(1, 1000);
/** A count of factors: a rule that asks for more factors than there are never fires. */
const factorCount = intIn(1, FACTOR_IDS.length);
const atLeast = (min: number) => z.int().check(z.gte(min));
const rate = z.number().check(z.gte(0), z.lte(1));
const names = z.array(name);

const PolicyOverrideSchema = z.strictObject({
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  lexicon: z.optional(z.record(name, z.union([names, z.strictObject({ add: z.optional(names), remove: z.optional(names) })]))),
  thresholds: z.optional(
    z.strictObject({
      renewal_window_days: z.optional(intIn(0, 3650)),
      contact_window_days: z.optional(intIn(1, 365)),
      contacts_medium: z.optional(count),
      contacts_high: z.optional(count),
    }),
  ),
  autonomy_allowlist: z.optional(z.array(z.enum(ISSUE_FAMILIES))),
  lane_rules: z.optional(
    z.strictObject({
      lane3: z.optional(
        z.strictObject({
          any_high: z.optional(z.array(factorId)),
          min_high_count: z.optional(factorCount),
          high_with_another_medium: z.optional(z.array(factorId)),
          min_at_least_medium_count: z.optional(factorCount),
        }),
      ),
      lane2: z.optional(z.strictObject({ min_at_least_medium_count: z.optional(factorCount) })),
    }),
  ),
  enterprise_tiers: z.optional(names),
  negotiated_contract_types: z.optional(names),
  references: z.optional(z.record(name, names)),
  promotion: z.optional(
    z.strictObject({
      max_override_rate: z.optional(rate),
      max_recontact_rate: z.optional(rate),
      max_audit_misses: z.optional(atLeast(0)),
      min_tickets: z.optional(atLeast(1)),
    }),
  ),
  audit_per_family: z.optional(intIn(1, 100)),
});

export type PolicyOverride = z.infer<typeof PolicyOverrideSchema>;

export const MODES = ['enforce', 'observe'] as const;
export type Mode = (typeof MODES)[number];

export interface Settings {
  fieldMap: FieldMap;
  policy: Policy;
  mode: Mode;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/**
 * Reads the app's installation settings (ZAF settings are strings, checkboxes booleans):
 * `field_map` (JSON, required), `policy` (JSON, optional override of the default policy) and
 * `observe_mode` (checkbox; `mode: "observe"` says the same in a settings file). Ticket field ids
 * the installation created (`requirements`) take the place of `field_map.ticket`'s.
 * Any problem makes the whole result fail: a ticket is never scored with a half-read policy.
 */
export function parseSettings(raw: unknown, requirements: RequirementIds = {}): SettingsResult {
  try {
    return readSettings(raw, requirements);
  } catch (e) {
    // A setting this code did not foresee is still reported, never thrown.
    const why = e instanceof Error ? e.message : String(e);
    return fail('settings', `could not be read (${why})`, 'check the settings against the README; an unexpected key or value is the likely cause');
  }
}

function readSettings(raw: unknown, requirements: RequirementIds): SettingsResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('settings', 'the settings are not an object', 'pass the object that client.metadata() returns as `settings`');
  }
  const record = raw as Record<string, unknown>;
  const issues: SettingsIssue[] = [];

  const readMap = readJson(record, 'field_map', true, issues);
  const fieldMapJson = withRequirementIds(readMap, requirements);
  let fieldMap: FieldMap | null = null;
  issues.push(...findPrototypeKeys('field_map', fieldMapJson));
  if (fieldMapJson !== undefined) {
    const parsed = FieldMapSchema.safeParse(fieldMapJson);
    if (parsed.success) {
      fieldMap = parsed.data;
      issues.push(...checkRecordTags(fieldMap));
    } else issues.push(...zodIssues('field_map', parsed.error.issues));
  }

  let policy: Policy = DEFAULT_POLICY;
  const policyJson = readJson(record, 'policy', false, issues);
  issues.push(...findPrototypeKeys('policy', policyJson));
  // An empty override is the default policy, under the default's own version.
  const isEmpty = typeof policyJson === 'object' && policyJson !== null && !Array.isArray(policyJson) && Object.keys(policyJson).length === 0;
  if (policyJson !== undefined && policyJson !== null && !isEmpty) {
    const parsed = PolicyOverrideSchema.safeParse(policyJson);
    if (parsed.success) {
      const applied = applyOverride(parsed.data, issues);
      if (applied) policy = applied;
    } else issues.push(...zodIssues('policy', parsed.error.issues));
  }

  let mode: Mode = 'enforce';
  const rawMode = record['mode'];
  if (rawMode !== undefined && rawMode !== null && rawMode !== '') {
    if (rawMode === 'enforce' || rawMode === 'observe') mode = rawMode;
    else issues.push({ path: 'mode', message: `"${String(rawMode)}" is not a mode`, fix: 'set mode to "enforce" (the default) or "observe"' });
  }
  const observe = record['observe_mode'];
  if (observe === true || observe === 'true') mode = 'observe';
  else if (observe !== undefined && observe !== null && observe !== false && observe !== 'false' && observe !== '') {
    issues.push({ path: 'observe_mode', message: `${JSON.stringify(observe)} is not a checkbox value`, fix: 'check or uncheck Observe mode (true or false)' });
  }

  if (issues.length > 0 || fieldMap === null) {
    return { ok: false, issues: issues.length > 0 ? issues : [{ path: 'field_map', message: 'missing', fix: 'set field_map' }] };
  }
  return { ok: true, settings: { fieldMap, policy, mode } };
}

/** The field map with the installation's ticket field ids in place of its own. */
function withRequirementIds(fieldMap: unknown, requirements: RequirementIds): unknown {
  const ids = Object.fromEntries(Object.entries(requirements).filter(([, id]) => typeof id === 'number'));
  if (Object.keys(ids).length === 0 || fieldMap === null || typeof fieldMap !== 'object' || Array.isArray(fieldMap)) return fieldMap;
  const map = fieldMap as Record<string, unknown>;
  const ticket = map['ticket'] && typeof map['ticket'] === 'object' && !Array.isArray(map['ticket']) ? (map['ticket'] as Record<string, unknown>) : {};
  return { ...map, ticket: { ...ticket, ...ids } };
}

function readJson(record: Record<string, unknown>, key: string, required: boolean, issues: SettingsIssue[]): unknown {
  const value = record[key];
  if (value === undefined || value === null || value === '') {
    if (required) {
      issues.push({ path: key, message: 'is missing', fix: `set ${key} in the app's settings to the JSON described in the README` });
    }
    return undefined;
  }
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    issues.push({ path: key, message: `is not valid JSON (${why})`, fix: `correct the JSON text of ${key}; check quotes and commas` });
    return undefined;
  }
}

function zodIssues(root: string, list: readonly z.core.$ZodIssue[]): SettingsIssue[] {
  return list.map((i) => {
    const path = [root, ...i.path.map(String)].join('.');
    return { path, message: i.message, fix: fixFor(i) };
  });
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `give ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected} here`;
    case 'unrecognized_keys':
      return `remove or correct ${issue.keys.map((k) => `"${k}"`).join(', ')}; the allowed keys are listed in the README`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `give a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return `give a value of at most ${String(issue.maximum)}`;
    default:
      return 'correct this value as the README describes';
  }
}

/**
 * The override tag must not be one of the app's own records: named like a lane tag (`lane_1`),
 * a lead's override and the lane recorded by every evaluation would read as one another.
 */
function checkRecordTags(fieldMap: FieldMap): SettingsIssue[] {
  const override = fieldMap.tags?.override;
  if (override === undefined) return [];
  const prefix = fieldMap.tags?.lane_prefix ?? 'lane_';
  const t = recordTags(prefix);
  const lanes = [1, 2, 3] as const;
  const taken = [
    ...lanes.map(t.lane),
    ...lanes.map(t.computed),
    t.late,
    t.autonomous,
    t.auditMiss,
    ...OUTCOMES.map(t.outcome),
    ...RATINGS.map(t.rating),
  ];
  if (!taken.includes(override) && !override.startsWith(t.statePrefix) && !override.startsWith(t.policyPrefix)) return [];
  return [
    {
      path: 'field_map.tags.override',
      message: `"${override}" is a tag Lanes already writes for another record`,
      fix: `choose a tag of its own, such as "${t.override}", or leave override out`,
    },
  ];
}

/** `__proto__` is dropped by the parser, so a setting under it would silently do nothing: it is reported instead. */
function findPrototypeKeys(path: string, value: unknown): SettingsIssue[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '__proto__'
      ? [{ path: `${path}.${key}`, message: 'is not a setting', fix: 'remove "__proto__"; the allowed keys are listed in the README' }]
      : findPrototypeKeys(`${path}.${key}`, child),
  );
}

/** Whether a name is one of the policy's concepts (an own key, so `constructor` is not one). */
const isConcept = (name: string): boolean => Object.prototype.hasOwnProperty.call(DEFAULT_POLICY.lexicon, name);

function unknownConcept(path: string, name: string): SettingsIssue {
  return {
    path: `${path}.${name}`,
    message: `"${name}" is not a concept, so it would change nothing`,
    fix: `use one of the concepts of the default lexicon: ${Object.keys(DEFAULT_POLICY.lexicon).join(', ')}`,
  };
}

function fail(path: string, message: string, fix: string): SettingsResult {
  return { ok: false, issues: [{ path, message, fix }] };
}

/** Builds the policy an override describes, or reports why it cannot. */
export function applyOverride(o: PolicyOverride, issues: SettingsIssue[]): Policy | null {
  const before = issues.length;
  const lexicon: Record<string, readonly string[]> = { ...DEFAULT_POLICY.lexicon };
  for (const [concept, change] of Object.entries(o.lexicon ?? {})) {
    if (!isConcept(concept)) {
      issues.push(unknownConcept('policy.lexicon', concept));
      continue;
    }
    const current = lexicon[concept] ?? [];
    const next = Array.isArray(change)
      ? change
      : [...current.filter((p) => !(change.remove ?? []).includes(p)), ...(change.add ?? [])];
    next.forEach((phrase, i) => {
      try {
        compilePhrase(concept, phrase);
      } catch (e) {
        if (!(e instanceof PhraseError)) throw e;
        issues.push({ path: `policy.lexicon.${concept}.${i}`, message: e.message, fix: 'rewrite the phrase; the syntax is in the README' });
      }
    });
    if (next.length === 0) {
      issues.push({ path: `policy.lexicon.${concept}`, message: 'leaves the concept without a phrase, so it is never detected', fix: 'keep at least one phrase, or leave the concept out to keep the default' });
    }
    lexicon[concept] = next;
  }
  for (const concept of Object.keys(o.references ?? {})) {
    if (!isConcept(concept)) issues.push(unknownConcept('policy.references', concept));
  }
  // Lane 1 requires every factor low (spec/policy.md): one raised factor is at least Lane 2.
  const lane2Count = o.lane_rules?.lane2?.min_at_least_medium_count;
  if (lane2Count !== undefined && lane2Count !== 1) {
    issues.push({
      path: 'policy.lane_rules.lane2.min_at_least_medium_count',
      message: `is ${lane2Count}: a ticket with fewer raised factors would reach Lane 1, which requires every factor low`,
      fix: 'set it to 1 or leave it out',
    });
  }
  const t = o.thresholds ?? {};
  const thresholds = {
    renewalWindowDays: t.renewal_window_days ?? DEFAULT_POLICY.thresholds.renewalWindowDays,
    contactWindowDays: t.contact_window_days ?? DEFAULT_POLICY.thresholds.contactWindowDays,
    contactsMedium: t.contacts_medium ?? DEFAULT_POLICY.thresholds.contactsMedium,
    contactsHigh: t.contacts_high ?? DEFAULT_POLICY.thresholds.contactsHigh,
  };
  if (thresholds.contactsHigh < thresholds.contactsMedium) {
    issues.push({
      path: 'policy.thresholds.contacts_high',
      message: `is ${thresholds.contactsHigh}, below contacts_medium (${thresholds.contactsMedium})`,
      fix: 'make contacts_high at least contacts_medium',
    });
  }
  const l3 = o.lane_rules?.lane3 ?? {};
  const d3 = DEFAULT_POLICY.laneRules.lane3;
  if (issues.length > before) return null;
  return {
    version: o.version ?? `${DEFAULT_POLICY.version}+${hashText(JSON.stringify(o))}`,
    lexicon,
    thresholds,
    autonomyAllowlist: o.autonomy_allowlist ?? DEFAULT_POLICY.autonomyAllowlist,
    laneRules: {
      lane3: {
        anyHigh: l3.any_high ?? d3.anyHigh,
        minHighCount: l3.min_high_count ?? d3.minHighCount,
        highWithAnotherMedium: l3.high_with_another_medium ?? d3.highWithAnotherMedium,
        minAtLeastMediumCount: l3.min_at_least_medium_count ?? d3.minAtLeastMediumCount,
      },
      lane2: { minAtLeastMediumCount: o.lane_rules?.lane2?.min_at_least_medium_count ?? DEFAULT_POLICY.laneRules.lane2.minAtLeastMediumCount },
    },
    enterpriseTiers: o.enterprise_tiers ?? DEFAULT_POLICY.enterpriseTiers,
    negotiatedContractTypes: o.negotiated_contract_types ?? DEFAULT_POLICY.negotiatedContractTypes,
    references: { ...DEFAULT_POLICY.references, ...(o.references ?? {}) },
    promotion: {
      maxOverrideRate: o.promotion?.max_override_rate ?? DEFAULT_POLICY.promotion.maxOverrideRate,
      maxRecontactRate: o.promotion?.max_recontact_rate ?? DEFAULT_POLICY.promotion.maxRecontactRate,
      maxAuditMisses: o.promotion?.max_audit_misses ?? DEFAULT_POLICY.promotion.maxAuditMisses,
      minTickets: o.promotion?.min_tickets ?? DEFAULT_POLICY.promotion.minTickets,
    },
    auditPerFamily: o.audit_per_family ?? DEFAULT_POLICY.auditPerFamily,
  };
}

/** A short stable hash (FNV-1a), so a custom policy's version changes with its content. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** One line per issue, for a message or a log. */
export function describeIssues(issues: readonly SettingsIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message} (fix: ${i.fix})`).join('\n');
}
