import { ThemeProvider } from '@zendeskgarden/react-theming';
import { useEffect, useState, type ComponentType } from 'react';
import { readLocation } from '../host/zafClient';
import { ClientProvider, useClient } from './ClientProvider';
import { createTranslator } from './createTranslator';
import { ErrorBoundary } from './ErrorBoundary';
import { FailClosedNotice } from './FailClosedNotice';
import { LOCATIONS } from './locations';

const english = createTranslator('en');

/** Provides the theme and the SDK client, then renders the component for the app's location. */
export function App() {
  return (
    <ThemeProvider>
      <ErrorBoundary t={english}>
        <ClientProvider>
          <Location />
        </ClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
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
