import { useEffect, useState, type ComponentType } from 'react';
import { colorSchemeFromUrl, watchColorScheme, type ColorScheme } from '../host/watchColorScheme';
import { readLocation } from '../host/zafClient';
import { ClientProvider, useClient } from './ClientProvider';
import { ColorSchemeContext } from './ColorSchemeContext';
import { createTranslator } from './createTranslator';
import { ErrorBoundary } from './ErrorBoundary';
import { FailClosedNotice } from './FailClosedNotice';
import { LOCATIONS } from './locations';
import { THEME_COLORS } from './themeColors';

const english = createTranslator('en');

/** Provides Garden's colours (in the agent's colour scheme) and the SDK client, then renders the component for the app's location. */
export function App() {
  const [scheme, setScheme] = useState<ColorScheme>(() => colorSchemeFromUrl(globalThis.location?.search ?? ''));
  useEffect(() => {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(THEME_COLORS[scheme])) root.style.setProperty(name, value);
    root.style.colorScheme = scheme;
    root.dataset['colorScheme'] = scheme;
  }, [scheme]);
  return (
    <ColorSchemeContext.Provider value={scheme}>
      <ErrorBoundary t={english}>
        <ClientProvider>
          <FollowColorScheme onChange={setScheme} />
          <Location />
        </ClientProvider>
      </ErrorBoundary>
    </ColorSchemeContext.Provider>
  );
}

function FollowColorScheme({ onChange }: { onChange: (scheme: ColorScheme) => void }) {
  const client = useClient();
  useEffect(() => watchColorScheme(client, onChange), [client, onChange]);
  return null;
}

function Location() {
  const client = useClient();
  const [found, setFound] = useState<{ Root: ComponentType } | { missing: string } | null>(null);
  useEffect(() => {
    let live = true;
    void readLocation(client).then((location) => {
      const Root = LOCATIONS[location ?? 'ticket_sidebar'];
      if (live) setFound(Root ? { Root } : { missing: `this app has no view for the location "${location ?? ''}"` });
    });
    return () => {
      live = false;
    };
  }, [client]);
  if (found === null) return null;
  if ('missing' in found) return <FailClosedNotice cause={found.missing} t={english} showLockedSend />;
  return <found.Root />;
}
