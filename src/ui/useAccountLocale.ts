import { useEffect, useState } from 'react';
import { readAccountLocale, type AccountLocale } from '../host/readAccountLocale';
import type { ZafClient } from '../host/zafClient';

/** The account's default language, read once; null until it is known. */
export function useAccountLocale(client: ZafClient): AccountLocale | null {
  const [locale, setLocale] = useState<AccountLocale | null>(null);
  useEffect(() => {
    let live = true;
    void readAccountLocale(client).then((l) => live && setLocale(l));
    return () => {
      live = false;
    };
  }, [client]);
  return locale;
}
