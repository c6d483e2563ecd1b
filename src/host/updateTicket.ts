import type { ZafClient } from './zafClient';

/** The parts of a ticket update the app writes through the REST API. */
export interface TicketUpdate {
  custom_fields?: { id: number; value: string | null }[];
  additional_tags?: string[];
  remove_tags?: string[];
  comment?: { body: string; public: boolean };
}

/** Saves an update with `PUT /api/v2/tickets/{id}.json`, so that it is recorded at once and survives a reload. */
export async function updateTicket(client: ZafClient, ticketId: string, update: TicketUpdate): Promise<void> {
  await client.request({
    url: `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`,
    type: 'PUT',
    contentType: 'application/json',
    data: JSON.stringify({ ticket: update }),
  });
}
