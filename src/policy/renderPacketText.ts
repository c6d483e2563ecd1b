import type { CustomerFacingState, Packet } from './types';

const STATE_TEXT: Record<CustomerFacingState, string> = {
  nothing_sent: 'nothing sent to the customer yet',
  clarifying_question_sent: 'a clarifying question was sent',
  tentative_explanation_sent: 'a tentative explanation was sent',
  expectations_raised: "the customer's expectations were already raised",
};

/** Renders the packet as plain text for an internal note. */
export function renderPacketText(p: Packet): string {
  const lines: string[] = [];
  const list = (items: readonly string[]) => (items.length > 0 ? items.map((i) => `- ${i}`) : ['- none']);
  lines.push('Escalation Packet');
  lines.push(`Ticket ID: ${p.ticketId}`);
  lines.push(`Recommended lane: ${p.laneName} (Lane ${p.lane}), unit: ${p.unit}`);
  lines.push('Triggers:');
  lines.push(...list(p.triggers.map((t) => `${t.factor} (${t.level}): ${t.evidence.slice(0, 3).map((e) => `${e.detail} [${e.basis}, ${e.ref}]`).join('; ')}`)));
  lines.push('Summary:');
  lines.push(...p.summary);
  lines.push('Known context:');
  lines.push(...list(p.knownContext.map((f) => `${f.label}: ${f.value} (${f.basis})`)));
  lines.push('Missing context:');
  lines.push(...list(p.missingContext.map((m) => `${m.reason} [${m.weight}]`)));
  lines.push('Candidate references:');
  lines.push(...list(p.references));
  lines.push('Suggested owner:');
  const o = p.suggestedOwner;
  const view = o.keepInView.map((k) => (k.kind === 'csm' ? `CSM ${k.name}` : k.name));
  lines.push(`- ${o.groupName ?? o.key}${view.length > 0 ? ` with ${view.join(' and ')} in view` : ''} (${o.reason})`);
  lines.push('Assistant did not:');
  lines.push(...list(p.assistantDidNot));
  lines.push(`Customer-facing state: ${STATE_TEXT[p.customerFacingState]}`);
  lines.push(`Policy: ${p.policyVersion}`);
  return lines.join('\n');
}
