import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ColorScheme } from '../host/watchColorScheme';

/** Garden's theme in the agent's colour scheme. */
export function themeFor(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}
