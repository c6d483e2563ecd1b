import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ThemeColorSource } from './themeColorSources';

/** A source's colour in a Garden theme, as Garden's own components compute it. */
export function readThemeColor(theme: IGardenTheme, { variable, offset, opacity }: ThemeColorSource): string {
  return getColor({
    theme,
    variable,
    ...(offset ? { light: { offset }, dark: { offset: -offset } } : {}),
    ...(opacity ? { transparency: theme.opacity[opacity] } : {}),
  });
}
