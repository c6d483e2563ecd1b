import { z } from '../policy/zod';
import type { ZafClient } from './zafClient';

/** `GET /api/v2/locales.json`: Zendesk's List Locales marks the account's default language with `default: true`. */
const LocalesSchema = z.object({
  locales: z.array(z.object({ locale: z.string(), default: z.nullish(z.boolean()) })),
});

export type AccountLocale = { locale: string; known: true } | { locale: string; known: false; reason: string };

/**
 * The account's default language, in which the escalation packet is written so that the whole
 * team can read it. Never throws: when it cannot be read the packet is in English, and says so.
 */
export async function readAccountLocale(client: ZafClient, fallback = 'en'): Promise<AccountLocale> {
  try {
    const raw = await client.request({ url: '/api/v2/locales.json', type: 'GET', dataType: 'json' });
    const parsed = LocalesSchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
    if (!parsed.success) return { locale: fallback, known: false, reason: 'the account languages answered an unexpected shape' };
    const found = parsed.data.locales.find((l) => l.default === true);
    return found ? { locale: found.locale, known: true } : { locale: fallback, known: false, reason: 'the account names no default language' };
  } catch {
    return { locale: fallback, known: false, reason: 'the account languages could not be read' };
  }
}
