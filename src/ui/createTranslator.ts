import de from '../../translations/de.json';
import en from '../../translations/en.json';

type Tree = { [key: string]: string | Tree };

const LOCALES: Record<string, Tree> = { en, de };

/** Looks a text up by dotted key and fills `{{name}}` placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Picks the translations for a locale such as `de-CH`, falling back to English key by key. */
export function createTranslator(locale: string): Translate {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const primary = LOCALES[language] ?? en;
  return (key, values = {}) => {
    const text = lookup(primary, key) ?? lookup(en, key) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}

function lookup(tree: Tree, key: string): string | null {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

/** The language a locale resolves to, e.g. `de` for `de-AT`. */
export const resolvedLanguage = (locale: string): string => {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return language in LOCALES ? language : 'en';
};
