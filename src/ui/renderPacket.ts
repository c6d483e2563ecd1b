import type { Decision, KnownFact, Lane } from '../policy/types';
import { describeWhy, describeMissing, factorName, joinList, keepInViewNames, ownerName, splitMissing } from './describeDecision';
import { describeEvidence, familyName, type EvidenceContext } from './describeEvidence';
import { formatDateTime } from './formatWhen';

/** The override in force, as the packet states it. */
export interface PacketOverride {
  lane: Lane;
  by: string | null;
  at: string | null;
  reason: string;
}

export interface PacketContext extends EvidenceContext {
  locale: string;
  /** The lane in force, which may be a lead's override of the computed one. */
  lane: Lane;
  override: PacketOverride | null;
}

const numbers = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

function knownFact(f: KnownFact, ctx: PacketContext): string | null {
  const { t } = ctx;
  const key = `packet.known.${f.ref.replace(/[^a-z_]+/gi, '_')}`;
  const label = t(key);
  if (label === key) return null;
  const yesNo = (v: string) => (v === 'yes' ? t('packet.yes') : v === 'no' ? t('packet.no') : v);
  let value = f.value;
  if (f.ref === 'ticket.issue_family') value = familyName(f.value, t);
  else if (f.ref === 'requester.tickets') {
    const [count = 0, days = 0] = numbers(f.value);
    value = t('packet.contacts', { count, days });
  } else if (f.ref === 'organization.executive_sponsor' || f.ref === 'ticket.prior_service_credit') value = yesNo(f.value);
  else if (f.ref === 'organization.contract_type') value = f.value.replace(/:.*$/, '');
  else if (f.ref === 'ticket.problem_id') value = f.value.replace(/\s*\(status: ([^)]*)\)$/, (_, s: string) => ` (${t('packet.status', { status: s })})`);
  return t('packet.fact', { label, value, basis: t(`ui.factors.basis.${f.basis}`) });
}

/**
 * The escalation packet as the text of an internal note, in the translator's language (the
 * account's default, so the whole team can read it). Facts and inferences stay apart, and an
 * override in force is stated beside the lane the policy computed.
 */
export function renderPacket(decision: Decision, ctx: PacketContext): string {
  const { t, locale } = ctx;
  const p = decision.packet;
  const list = (items: readonly string[]) => (items.length > 0 ? items.map((i) => `- ${i}`) : [`- ${t('packet.none')}`]);
  const laneText = (lane: Lane) => t('ui.lane.badge', { lane, name: t(`ui.lane.names.${lane}`) });
  const lines: string[] = [t('packet.title'), t('packet.ticket', { id: p.ticketId })];
  lines.push(t('packet.lane', { lane: laneText(ctx.lane), unit: t(`ui.unit.${ctx.lane === decision.lane ? p.unit : ctx.lane === 1 ? 'none' : ctx.lane === 3 ? 'conversation' : 'answer'}`) }));
  if (ctx.override) {
    const when = formatDateTime(ctx.override.at, ctx.clock);
    lines.push(t('packet.override', { by: ctx.override.by ?? t('ui.override.unknownAuthor'), when: when ?? t('packet.unknownTime'), reason: ctx.override.reason || t('packet.noReason') }));
    lines.push(t('packet.computed', { lane: laneText(decision.lane) }));
  }
  lines.push(t('packet.why', { why: describeWhy(decision, ctx) }));
  lines.push(t('packet.triggers'));
  lines.push(...list(p.triggers.map((tr) => t('packet.trigger', {
    factor: factorName(tr.factor, t),
    level: t(`ui.factors.levels.${tr.level}`),
    evidence: tr.evidence.slice(0, 3).map((e) => `${describeEvidence(e, ctx)} (${t(`ui.factors.basis.${e.basis}`)})`).join('; ') || t('packet.none'),
  }))));
  lines.push(t('packet.summary'));
  const subject = p.summary.find((s) => s.startsWith('Subject: '))?.replace(/^Subject: "?|"?\.$/g, '');
  lines.push(...list(subject ? [t('packet.subject', { subject })] : []));
  lines.push(t('packet.known.title'));
  lines.push(...list(p.knownContext.flatMap((f) => knownFact(f, ctx) ?? [])));
  const { gaps, questions } = splitMissing(p.missingContext);
  lines.push(t('packet.missing'));
  lines.push(...list(gaps.map((m) => `${describeMissing(m, t)} (${t(`ui.missing.weights.${m.weight}`)})`)));
  lines.push(t('packet.questions'));
  lines.push(...list(questions.map((m) => describeMissing(m, t))));
  lines.push(t('packet.references'));
  lines.push(...list(p.references));
  const view = keepInViewNames(p.suggestedOwner, t);
  lines.push(t('packet.owner', { owner: ownerName(p.suggestedOwner, t) }) + (view.length > 0 ? ` ${t('packet.inView', { names: joinList(view, locale) })}` : ''));
  lines.push(t('packet.didNot'));
  lines.push(...list((p.assistantDidNotIds ?? []).map((id) => t(`packet.didNotItems.${id}`))));
  lines.push(t('packet.state', { state: t(`packet.states.${p.customerFacingState}`) }));
  lines.push(t('packet.policy', { version: p.policyVersion }));
  return lines.join('\n');
}
