import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { TicketSidebar } from './TicketSidebar';

// The review page loads its own chunk, so the sidebar's first load does not carry it.
const LazyReviewPage = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
const ReviewPage = () => createElement(Suspense, { fallback: null }, createElement(LazyReviewPage));

/** One root component per helpdesk location. */
export const LOCATIONS: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  nav_bar: ReviewPage,
};
