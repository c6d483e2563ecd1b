import packet from '../../translations/en.json?part=packet';
import ui from '../../translations/en.json?part=ui';

/** A language's texts by dotted key; a plural is an object of its forms. */
export type Translations = { [key: string]: string | Translations };

// English is in the first load; each other language is a chunk of its own, loaded when an agent or the account reads it.
const LOADERS: ReadonlyMap<string, () => Promise<{ default: Translations }>> = new Map([['de', () => import('../../translations/de.json')]]);

/** The languages the app speaks, English first. */
export const LANGUAGES: readonly string[] = ['en', ...LOADERS.keys()];

/**
 * The English texts, which every other language falls back to. The file's `app` texts are
 * Zendesk's (the listing, the settings), never shown by the app; its `review` texts come with
 * the review page (`addEnglish`), so the sidebar's first load does not carry them.
 */
export const ENGLISH: Translations = { ui, packet };

/** Adds English texts that load with the part of the app that shows them. */
export function addEnglish(part: Translations): void {
  Object.assign(ENGLISH, part);
}

const loaded = new Map<string, Translations>([['en', ENGLISH]]);

/** A language's translations, or null while they are not loaded. */
export function loadedTranslations(language: string): Translations | null {
  return loaded.get(language) ?? null;
}

/** Loads a language's translations; one that cannot be loaded reads English. Never rejects. */
export async function loadTranslations(language: string): Promise<void> {
  const load = LOADERS.get(language);
  if (loaded.has(language) || !load) return;
  try {
    loaded.set(language, (await load()).default);
  } catch {
    loaded.set(language, {});
  }
}
