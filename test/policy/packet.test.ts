import { describe, expect, it } from 'vitest';
import { renderPacketText } from '../../src/policy';
import { scoreBundle } from '../support/scoreBundle';
import { readShared } from '../support/shared';

const { decisions } = scoreBundle(readShared('acceptance/bundle.json'), readShared('acceptance/settings.json'), '2026-11-26T12:00:00Z');

describe('the escalation packet', () => {
  it('renders the article\'s example ticket for an internal note', () => {
    expect(renderPacketText(decisions.get('491284')!.packet)).toMatchInlineSnapshot(`
      "Escalation Packet
      Ticket ID: 491284
      Recommended lane: Human-owned escalation (Lane 3), unit: conversation
      Triggers:
      - policy_sensitivity (high): "refund" [inferred, subject]; negotiated (exception terms present) [confirmed, organization.contract_type]; "Downgrade" [inferred, subject]
      - action_irreversibility (high): "refund" [inferred, subject]; "Downgrade" [inferred, subject]
      - multi_domain_complexity (high): billing [confirmed, ticket.issue_family]; incident of problem #482000 [confirmed, ticket.type]
      - customer_pressure (medium): 2 tickets in 7 days [confirmed, requester.tickets]; enterprise [confirmed, organization.plan_tier]; 2026-12-17 (in 21 days) [confirmed, organization.renewal_date]
      Summary:
      Subject: "Downgrade and refund after the outage".
      The customer's words point to a refund, a downgrade, a plan change and an incident (inferred from the text).
      Account (confirmed): plan enterprise, negotiated contract, renewal in 21 days, a service credit already issued.
      Known context:
      - organization: Northwind Logistics (confirmed)
      - current plan: enterprise (confirmed)
      - contract metadata: negotiated: exception terms present (confirmed)
      - renewal date: 2026-12-17 (confirmed)
      - customer success manager: Dana Ruiz (confirmed)
      - executive sponsor: no (confirmed)
      - region: us (confirmed)
      - prior service credit: yes (confirmed)
      - prior incident: #482000 INC-2331: sync job failures in us-east (status: solved) (confirmed)
      - issue family: billing (confirmed)
      - contacts from the requester: 2 in 7 days (confirmed)
      - renewal mentioned by the customer: "renewing in three weeks" (inferred)
      Missing context:
      - whether the commercial team approved a concession beyond standard policy [open]
      - whether a contract amendment changes what applies here [open]
      Candidate references:
      - Refund policy
      - Billing adjustments: approval limits
      - Incident communication guidelines
      - Problem ticket #482000: INC-2331: sync job failures in us-east
      Suggested owner:
      - Billing Specialists with CSM Dana Ruiz in view (a refund, credit or billing adjustment)
      Assistant did not:
      - did not quote a refund outcome
      - did not confirm incident impact or cause
      - did not change the account or subscription
      - did not send a reply to the customer
      Customer-facing state: nothing sent to the customer yet
      Policy: lanes-default-1"
    `);
  });

  it('names the owner group, with the CSM in view on Lane 3', () => {
    expect(decisions.get('491284')!.packet.suggestedOwner).toEqual({
      key: 'billing',
      groupId: 101,
      groupName: 'Billing Specialists',
      reason: 'a refund, credit or billing adjustment',
      keepInView: [{ kind: 'csm', name: 'Dana Ruiz' }],
    });
  });

  it('withholds the draft in Lane 3 and says so', () => {
    const d = decisions.get('491002')!;
    expect(d.lane).toBe(3);
    expect(d.permissions).toMatchObject({ canSend: false, canInsertDraft: false });
    expect(d.packet.assistantDidNot).toContain('withheld its draft reply');
    expect(renderPacketText(d.packet)).not.toContain('We have refunded the 40 extra seats');
  });

  it('lets Lane 1 send and says nothing was withheld', () => {
    const d = decisions.get('491001')!;
    expect(d.permissions).toMatchObject({ canSend: true, canInsertDraft: true });
    expect(d.packet.assistantDidNot).toEqual([]);
  });
});
