import type { ZafClient } from './zafClient';

/** Opens a ticket in the agent's helpdesk, as ZAF's `routeTo` does (`client.invoke('routeTo', 'ticket', id)`). */
export async function routeToTicket(client: ZafClient, ticketId: string): Promise<void> {
  await client.invoke('routeTo', 'ticket', ticketId);
}
