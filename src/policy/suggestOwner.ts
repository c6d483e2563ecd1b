import type { Concept } from './defaultLexicon';
import type { FieldMap } from './settings';
import { mentions, type TicketReading } from './readTicket';
import type { FactorId, FactorResult, Lane, OwnerKey, SuggestedOwner } from './types';

interface OwnerRule {
  key: OwnerKey;
  /** Why this owner, when the rule matches; null when it does not. */
  match(reading: TicketReading, factors: Readonly<Record<FactorId, FactorResult>>): string | null;
}

const COMMERCIAL_ASK: Concept[] = ['refund', 'credit', 'discount', 'waiver'];

/** Default routing of `spec/policy.md`, first match wins. */
const OWNER_RULES: readonly OwnerRule[] = [
  { key: 'security', match: (_, f) => (f.security_identity.level === 'high' ? 'access, identity or security is at stake' : null) },
  { key: 'legal', match: (r) => (mentions(r, 'legal') ? 'a legal or regulatory threat' : null) },
  {
    key: 'billing',
    match: (r) =>
      mentions(r, ...COMMERCIAL_ASK)
        ? 'a refund, credit or billing adjustment'
        : mentions(r, 'exception') && mentions(r, 'billing') && !mentions(r, 'contract')
          ? 'a billing exception'
          : null,
  },
  {
    key: 'customer_success',
    match: (r) => (mentions(r, 'contract', 'entitlement_dispute', 'exception') ? 'contract terms, a contract exception or an entitlement dispute' : null),
  },
  { key: 'incidents', match: (r) => (r.domains.includes('outage') ? 'an incident with no commercial ask' : null) },
  { key: 'frontline', match: () => 'nothing calls for a specialist' },
];

/** Names one owning group, and who else should keep the ticket in view. */
export function suggestOwner(
  reading: TicketReading,
  factors: Readonly<Record<FactorId, FactorResult>>,
  lane: Lane,
  fieldMap: FieldMap | null,
  groupNames: ReadonlyMap<number, string>,
): SuggestedOwner {
  const matched = OWNER_RULES.map((rule) => ({ key: rule.key, reason: rule.match(reading, factors) })).filter(
    (m): m is { key: OwnerKey; reason: string } => m.reason !== null,
  );
  const first = matched[0] ?? { key: 'frontline' as const, reason: 'nothing calls for a specialist' };
  const group = (key: OwnerKey) => {
    const id = fieldMap?.groups[key] ?? null;
    return { id, name: id !== null ? groupNames.get(id) ?? null : null };
  };
  const owner = group(first.key);
  const keepInView: SuggestedOwner['keepInView'] = [];
  const csm = reading.organization?.csmOwner;
  if (lane === 3 && csm) keepInView.push({ kind: 'csm', name: csm });
  if (lane === 3) {
    for (const other of matched.slice(1)) {
      if (other.key === 'frontline' || other.key === 'incidents') continue;
      const g = group(other.key);
      keepInView.push({ kind: 'group', name: g.name ?? other.key, ...(g.id !== null ? { groupId: g.id } : {}) });
      break;
    }
  }
  return { key: first.key, groupId: owner.id, groupName: owner.name, reason: first.reason, keepInView };
}
