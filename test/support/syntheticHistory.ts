/**
 * A synthetic export whose metrics are known by construction: for each family, a set number of
 * tickets with overrides, late escalations, reassignments and recontacts.
 */
export interface HistorySpec {
  family: string;
  lane: 1 | 2 | 3;
  tickets: number;
  overridden?: number;
  late?: number;
  /** Of these tickets, how many were reassigned twice (a bounce) after escalation. */
  bounced?: number;
  /** Of these tickets, how many requesters came back within 7 days. */
  recontacted?: number;
  useful?: number;
  notUseful?: number;
  auditMisses?: number;
}

/** The admin of the synthetic account. */
export const REVIEW_ADMIN_ID = 80_001;

export function syntheticHistory(specs: readonly HistorySpec[]) {
  const tickets: Record<string, unknown>[] = [];
  // The account's admin, who may read the incremental export the review reads.
  const users: Record<string, unknown>[] = [{ id: REVIEW_ADMIN_ID, name: 'Review Admin', role: 'admin' }];
  const audits: Record<string, unknown[]> = {};
  let id = 700_000;
  let user = 90_000;
  const day = (d: number) => new Date(Date.UTC(2026, 9, 1 + d)).toISOString();
  for (const spec of specs) {
    for (let i = 0; i < spec.tickets; i++) {
      const tid = ++id;
      const requester = ++user;
      users.push({ id: requester, name: `Requester ${requester}`, role: 'end-user', organization_id: 10 });
      const tags = [`lane_${spec.lane}`];
      if (i < (spec.overridden ?? 0)) tags.push('lane_override', `lane_computed_${spec.lane === 3 ? 2 : 3}`);
      if (i < (spec.late ?? 0)) tags.push('lane_late_escalation');
      if (i < (spec.useful ?? 0)) tags.push('lane_packet_useful');
      else if (i < (spec.useful ?? 0) + (spec.notUseful ?? 0)) tags.push('lane_packet_not_useful');
      if (i < (spec.auditMisses ?? 0)) tags.push('lane_audit_miss');
      const created = day(i % 20);
      tickets.push({
        id: tid,
        subject: 'Question',
        description: 'Where can I find the settings page?',
        status: 'solved',
        requester_id: requester,
        organization_id: 10,
        created_at: created,
        updated_at: created,
        tags,
        custom_fields: [{ id: 9000001, value: spec.family }, { id: 9000003, value: `lane_${spec.lane}` }],
      });
      if (i < (spec.recontacted ?? 0)) {
        tickets.push({
          id: ++id,
          subject: 'Again',
          description: 'It still does not work.',
          status: 'open',
          requester_id: requester,
          organization_id: 10,
          created_at: new Date(Date.parse(created) + 3 * 86_400_000).toISOString(),
          tags: [`lane_2`],
          custom_fields: [{ id: 9000001, value: spec.family }, { id: 9000003, value: 'lane_2' }],
        });
      }
      const changes = i < (spec.bounced ?? 0) ? 2 : spec.lane >= 2 ? 1 : 0;
      audits[String(tid)] = Array.from({ length: changes }, (_, k) => ({
        created_at: created,
        events: [{ type: 'Change', field_name: 'group_id', value: String(101 + k), previous_value: String(100 + k) }],
      }));
    }
  }
  return {
    tickets,
    users,
    organizations: [{ id: 10, name: 'Org', organization_fields: { plan_tier: 'standard', contract_type: 'standard', region: 'eu', renewal_date: '2027-06-01' } }],
    groups: [],
    ticket_audits: audits,
  };
}
