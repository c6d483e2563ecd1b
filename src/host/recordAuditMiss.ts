import { recordTags } from '../policy/records';
import type { FieldMap } from '../policy/settings';
import { describeFailure } from './readTicket';
import { updateTicket } from './updateTicket';

export type AuditMissResult = { ok: true; tag: string } | { ok: false; reason: string };

/**
 * Records the weekly audit's verdict "should have escalated" on a Lane 1 ticket: the
 * `lane_audit_miss` tag, added with `additional_tags` so that no other tag is touched.
 */
export async function recordAuditMiss(client: Parameters<typeof updateTicket>[0], fieldMap: FieldMap, ticketId: string): Promise<AuditMissResult> {
  const tag = recordTags(fieldMap.tags?.lane_prefix ?? 'lane_').auditMiss;
  try {
    await updateTicket(client, ticketId, { additional_tags: [tag] });
    return { ok: true, tag };
  } catch (e) {
    return { ok: false, reason: describeFailure(e) };
  }
}

/** Takes back a "should have escalated" recorded by mistake: removes the `lane_audit_miss` tag, nothing else. */
export async function undoAuditMiss(client: Parameters<typeof updateTicket>[0], fieldMap: FieldMap, ticketId: string): Promise<AuditMissResult> {
  const tag = recordTags(fieldMap.tags?.lane_prefix ?? 'lane_').auditMiss;
  try {
    await updateTicket(client, ticketId, { remove_tags: [tag] });
    return { ok: true, tag };
  } catch (e) {
    return { ok: false, reason: describeFailure(e) };
  }
}
