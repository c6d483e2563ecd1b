import type { ComponentType } from 'react';
import { TicketSidebar } from './TicketSidebar';

/** One root component per helpdesk location. */
export const LOCATIONS: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
};
