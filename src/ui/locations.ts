import { createElement, lazy, type ComponentType } from 'react';
import { createTranslator } from './createTranslator';
import { LoadBoundary } from './LoadBoundary';
import { TicketSidebar } from './TicketSidebar';

// The review page loads its own chunk, so the sidebar's first load does not carry it.
const LazyReviewPage = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
// Until the page has read the agent's language it speaks English, as the sidebar before the locale is known.
const english = createTranslator('en');
const ReviewPage = () => createElement(LoadBoundary, { t: english, children: createElement(LazyReviewPage) });

/** One root component per helpdesk location. */
export const LOCATIONS: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  nav_bar: ReviewPage,
};
