import { parseSettings, type FieldMap, type OrganizationInput, type Policy, type TicketInput } from '../../src/policy';
import { readShared } from './shared';

/** The demo account's settings, parsed. */
export function demoSettings(): { fieldMap: FieldMap; policy: Policy } {
  const parsed = parseSettings(readShared('acceptance/settings.json'));
  if (!parsed.ok) throw new Error('the demo settings do not parse');
  return parsed.settings;
}

export const NOW = Date.parse('2026-11-26T12:00:00Z');

/** A standard-plan organization with every field readable. */
export function buildOrganization(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  return {
    id: '500',
    name: 'Test Org',
    tags: [],
    planTier: 'standard',
    contractType: 'standard',
    renewalDate: '2027-06-01',
    csmOwner: null,
    region: 'eu',
    executiveSponsor: false,
    ...overrides,
  };
}

export interface TicketOverrides extends Partial<Omit<TicketInput, 'fields' | 'organization'>> {
  family?: string | null;
  draft?: string | null;
  priorCredit?: boolean | null;
  organization?: TicketInput['organization'] | Partial<OrganizationInput>;
}

/**
 * Builds a routine ticket: a documentation question on a standard plan with every source
 * readable. Each test states only what it changes.
 */
export function buildTicket(overrides: TicketOverrides = {}): TicketInput {
  const { family = 'documentation', draft = null, priorCredit = null, organization, ...rest } = overrides;
  const org: TicketInput['organization'] =
    organization && 'available' in organization
      ? (organization as TicketInput['organization'])
      : { available: true, value: buildOrganization((organization ?? {}) as Partial<OrganizationInput>) };
  const id = rest.id ?? '1001';
  return {
    id,
    subject: 'A question',
    description: 'Where can I find the settings page?',
    comments: [],
    status: 'open',
    priority: 'normal',
    type: null,
    problemId: null,
    tags: [],
    channel: 'email',
    createdAt: '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:00Z',
    fields: {
      issueFamily: { available: true, value: family },
      aiDraft: { available: true, value: draft },
      priorServiceCredit: { available: true, value: priorCredit },
      lane: { available: true, value: null },
      laneOverrideReason: { available: true, value: null },
    },
    requester: { available: true, value: { id: '77', name: 'Sam Customer', email: 'sam@example.com', role: 'end-user' } },
    organization: org,
    problem: { available: true, value: null },
    requesterTickets: { available: true, value: [{ id, createdAt: '2026-11-25T10:00:00Z' }] },
    failures: [],
    ...rest,
  };
}
