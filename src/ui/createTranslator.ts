import { ENGLISH as en, LANGUAGES, loadedTranslations, type Translations as Tree } from './loadTranslations';

/** Looks a text up by dotted key and fills `{{name}}` placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * Picks the translations for a locale such as `de-CH`, falling back to English key by key. A key
 * whose entry is `{ "one": …, "other": … }` is a plural: `values.count` picks the form by the
 * language's rules (`Intl.PluralRules`). A language not loaded yet (`loadTranslations`) reads English.
 */
export function createTranslator(locale: string): Translate {
  const language = resolvedLanguage(locale);
  const primary = loadedTranslations(language) ?? en;
  const rules = new Intl.PluralRules(primary === en ? 'en' : language);
  const englishRules = new Intl.PluralRules('en');
  return (key, values = {}) => {
    const count = typeof values['count'] === 'number' ? values['count'] : null;
    const text = pick(primary, key, count, rules) ?? pick(en, key, count, englishRules) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}

function pick(tree: Tree, key: string, count: number | null, rules: Intl.PluralRules): string | null {
  const node = lookup(tree, key);
  if (typeof node === 'string') return node;
  if (node && isPlural(node)) {
    const form = node[count === null ? 'other' : rules.select(count)] ?? node['other'];
    return typeof form === 'string' ? form : null;
  }
  return null;
}

const isPlural = (node: Tree): boolean => Object.keys(node).length > 0 && Object.keys(node).every((k) => PLURAL_CATEGORIES.has(k)) && 'other' in node;

function lookup(tree: Tree, key: string): string | Tree | null {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return null;
    node = node[part];
  }
  return node ?? null;
}

/** Whether a key has a text (or a plural) in English, the reference language. */
export function hasText(key: string): boolean {
  const node = lookup(en, key);
  return typeof node === 'string' || (node !== null && isPlural(node));
}

/** The language a locale resolves to, e.g. `de` for `de-AT`. */
export function resolvedLanguage(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return LANGUAGES.includes(language) ? language : 'en';
}
