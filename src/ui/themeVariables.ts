import { DEFAULT_THEME, getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ColorScheme } from '../host/watchColorScheme';

/** Garden's theme in the agent's colour scheme. */
export function themeFor(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}

/** The CSS custom properties the app's style sheets use, each from a Garden colour variable. */
const VARIABLES: Record<string, string> = {
  '--lanes-bg': 'background.default',
  '--lanes-bg-subtle': 'background.subtle',
  '--lanes-fg': 'foreground.default',
  '--lanes-fg-subtle': 'foreground.subtle',
  '--lanes-border': 'border.default',
  '--lanes-border-subtle': 'border.subtle',
  '--lanes-primary': 'foreground.primary',
  '--lanes-1-bg': 'background.success',
  '--lanes-1-border': 'border.successEmphasis',
  '--lanes-1-fg': 'foreground.success',
  '--lanes-2-bg': 'background.warning',
  '--lanes-2-border': 'border.warningEmphasis',
  '--lanes-2-fg': 'foreground.warning',
  '--lanes-3-bg': 'background.danger',
  '--lanes-3-border': 'border.dangerEmphasis',
  '--lanes-3-fg': 'foreground.danger',
  '--lanes-1-fill': 'background.successEmphasis',
  '--lanes-2-fill': 'background.warningEmphasis',
  '--lanes-3-fill': 'background.dangerEmphasis',
  '--lanes-on-fill': 'foreground.onEmphasis',
};

/** Each custom property with its colour in this theme. */
export function themeVariables(theme: IGardenTheme): Record<string, string> {
  return Object.fromEntries(Object.entries(VARIABLES).map(([name, variable]) => [name, getColor({ theme, variable })]));
}
