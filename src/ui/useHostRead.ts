import { useEffect, useState } from 'react';
import type { ZafClient } from '../host/zafClient';

/** Reads one value through the host once per client; null until it arrives, and never set after unmount. */
export function useHostRead<T>(client: ZafClient, read: (client: ZafClient) => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void read(client).then((v) => live && setValue(() => v));
    return () => {
      live = false;
    };
  }, [client, read]);
  return value;
}
