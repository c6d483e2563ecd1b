import { createContext, useContext, useState, type ReactNode } from 'react';
import { getZafClient, type ZafClient } from '../host/zafClient';

const ClientContext = createContext<ZafClient | null>(null);

/** Initialises the SDK client once and hands it to the tree below. */
export function ClientProvider({ children }: { children: ReactNode }) {
  const [client] = useState(getZafClient);
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The SDK client of the nearest `ClientProvider`. */
export function useClient(): ZafClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientProvider>: wrap the location component in it');
  return client;
}
