// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClientProvider, useClient } from '../../src/ui/ClientProvider';
import { createTranslator } from '../../src/ui/createTranslator';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { loadTranslations } from '../../src/ui/loadTranslations';
import { resetZafClient } from '../../src/host/zafClient';

const preventDefault = (e: Event) => e.preventDefault();
afterEach(() => {
  cleanup();
  window.removeEventListener('error', preventDefault);
});

function Boom(): never {
  throw new Error('kaboom');
}

function UsesClient() {
  useClient();
  return null;
}

/** React reports caught render errors on console.error; here they are expected. */
function quietReactErrors() {
  vi.mocked(console.error).mockImplementation(() => {});
  window.addEventListener('error', preventDefault);
}

describe('ErrorBoundary', () => {
  it('shows the fail-closed view with the cause, Lane 3 and a locked Send', () => {
    quietReactErrors();
    render(<ThemeProvider><ErrorBoundary t={createTranslator('en')}><Boom /></ErrorBoundary></ThemeProvider>);
    expect(screen.getByTestId('fail-cause').textContent).toBe('Cause: the sidebar failed to display: kaboom');
    expect(screen.getByTestId('lane-badge').textContent).toBe('■ Lane 3 · Human-owned escalation');
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
  });
});

describe('ClientProvider', () => {
  it('names the missing SDK when the page did not load it', () => {
    quietReactErrors();
    resetZafClient();
    delete (globalThis as { ZAFClient?: unknown }).ZAFClient;
    render(<ThemeProvider><ErrorBoundary t={createTranslator('en')}><ClientProvider><UsesClient /></ClientProvider></ErrorBoundary></ThemeProvider>);
    expect(screen.getByTestId('fail-cause').textContent).toContain('the App Framework SDK did not load');
  });

  it('useClient says to wrap the component when used outside the provider', () => {
    quietReactErrors();
    render(<ThemeProvider><ErrorBoundary t={createTranslator('en')}><UsesClient /></ErrorBoundary></ThemeProvider>);
    expect(screen.getByTestId('fail-cause').textContent).toContain('useClient must be used inside <ClientProvider>');
  });
});

describe('createTranslator', () => {
  beforeAll(() => loadTranslations('de'));

  it.each([
    ['en-US', 'Lane 2 · Assisted response'],
    ['de', 'Stufe 2 · Unterstützte Antwort'],
    ['de-CH', 'Stufe 2 · Unterstützte Antwort'],
    ['fr', 'Lane 2 · Assisted response'],
  ])('in %s reads %s', (locale, text) => {
    const t = createTranslator(locale);
    expect(t('ui.lane.badge', { lane: 2, name: t('ui.lane.names.2') })).toBe(text);
  });
});
