import { describe, expect, it } from 'vitest';
import { readThemeColor } from '../../src/ui/readThemeColor';
import { THEME_COLOR_SOURCES } from '../../src/ui/themeColorSources';
import { THEME_COLORS } from '../../src/ui/themeColors';
import { themeFor } from '../../src/ui/themeFor';

describe('THEME_COLORS', () => {
  it.each(['light', 'dark'] as const)('holds Garden’s colours in the %s scheme', (scheme) => {
    const theme = themeFor(scheme);
    const computed = Object.fromEntries(Object.entries(THEME_COLOR_SOURCES).map(([name, source]) => [name, readThemeColor(theme, source)]));
    expect(THEME_COLORS[scheme]).toEqual(computed);
  });

  it('gives light and dark their own colours', () => {
    expect(THEME_COLORS.dark['--lanes-bg']).not.toEqual(THEME_COLORS.light['--lanes-bg']);
  });
});
