import { useEffect, useMemo, useState } from 'react';
import { createTranslator, resolvedLanguage, type Translate } from './createTranslator';
import { loadTranslations, loadedTranslations } from './loadTranslations';

/** The translator for a locale once its language is loaded; null while it loads. */
export function useTranslator(locale: string): Translate | null {
  const language = resolvedLanguage(locale);
  const [, setLoads] = useState(0);
  const isLoaded = loadedTranslations(language) !== null;
  useEffect(() => {
    if (isLoaded) return;
    let live = true;
    void loadTranslations(language).then(() => live && setLoads((n) => n + 1));
    return () => {
      live = false;
    };
  }, [language, isLoaded]);
  return useMemo(() => (isLoaded ? createTranslator(locale) : null), [locale, isLoaded]);
}
