// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/ui/createTranslator';
import { LoadBoundary } from '../../src/ui/LoadBoundary';

const t = createTranslator('en');
const preventDefault = (e: Event) => e.preventDefault();
afterEach(() => {
  cleanup();
  window.removeEventListener('error', preventDefault);
});

describe('LoadBoundary', () => {
  it('says that the part loads while its code loads', async () => {
    const Part = lazy(() => new Promise<{ default: () => null }>(() => {}));
    render(<LoadBoundary t={t}><Part /></LoadBoundary>);
    expect((await screen.findByRole('status')).textContent).toBe('Loading…');
  });

  it('shows the part once loaded', async () => {
    const Part = lazy(async () => ({ default: () => <p>the form</p> }));
    render(<LoadBoundary t={t}><Part /></LoadBoundary>);
    expect((await screen.findByText('the form')).tagName).toBe('P');
  });

  it('says the part could not be loaded, and why, when its code fails to load', async () => {
    window.addEventListener('error', preventDefault);
    const Part = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(<LoadBoundary t={t}><Part /></LoadBoundary>);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This part of the app could not be loaded (Failed to fetch dynamically imported module). Reload the app to try again.',
    );
  });
});
