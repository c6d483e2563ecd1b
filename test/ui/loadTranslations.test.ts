import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/ui/createTranslator';
import { LANGUAGES, loadedTranslations, loadTranslations } from '../../src/ui/loadTranslations';

const badge = (locale: string) => {
  const t = createTranslator(locale);
  return t('ui.lane.badge', { lane: 2, name: t('ui.lane.names.2') });
};

describe('loadTranslations', () => {
  it('has English from the start and every other language only once loaded', async () => {
    expect(LANGUAGES).toEqual(['en', 'de']);
    expect(loadedTranslations('en')).not.toBeNull();
    expect(loadedTranslations('de')).toBeNull();
    expect(badge('de-DE')).toBe('Lane 2 · Assisted response');
    await loadTranslations('de');
    expect(badge('de-DE')).toBe('Stufe 2 · Unterstützte Antwort');
  });

  it('leaves a language it does not know to English', async () => {
    await loadTranslations('fr');
    expect(loadedTranslations('fr')).toBeNull();
    expect(badge('fr')).toBe('Lane 2 · Assisted response');
  });
});
