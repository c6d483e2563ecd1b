import type { ZafClient } from './zafClient';

/**
 * Hides the AI draft field from the agent's ticket form while the app runs
 * (`ticketFields:custom_field_<id>.hide`, Apps Support API, Ticket sidebar): the sidebar reads
 * the field, and shows the draft only in the lanes that allow it. The field's permissions in
 * Zendesk keep it out of sight elsewhere (see the README). Returns whether the form hid it.
 */
export async function hideDraftField(client: ZafClient, fieldId: number): Promise<boolean> {
  try {
    await client.invoke(`ticketFields:custom_field_${fieldId}.hide`);
    return true;
  } catch {
    // A form without the field has nothing to hide; the sidebar withholds the draft either way.
    return false;
  }
}
