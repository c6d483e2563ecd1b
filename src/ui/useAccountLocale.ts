import { readAccountLocale, type AccountLocale } from '../host/readAccountLocale';
import type { ZafClient } from '../host/zafClient';
import { useHostRead } from './useHostRead';

/** The account's default language, read once; null until it is known. */
export function useAccountLocale(client: ZafClient): AccountLocale | null {
  return useHostRead(client, readAccountLocale);
}
