/** A Garden colour variable, optionally darkened toward emphasis (an offset) or made transparent (a theme opacity). */
export interface ThemeColorSource {
  variable: string;
  /** Garden's hover (100) and active (200) offsets: darker in light mode, lighter in dark mode */
  offset?: 100 | 200;
  /** One of the theme's opacities, as Garden's basic button uses for its hover and active fill */
  opacity?: 100 | 200;
}

/** The CSS custom properties the app's style sheets use, each from a Garden colour variable. */
export const THEME_COLOR_SOURCES = {
  '--lanes-bg': { variable: 'background.default' },
  '--lanes-bg-subtle': { variable: 'background.subtle' },
  '--lanes-fg': { variable: 'foreground.default' },
  '--lanes-fg-subtle': { variable: 'foreground.subtle' },
  '--lanes-border': { variable: 'border.default' },
  '--lanes-border-subtle': { variable: 'border.subtle' },
  '--lanes-primary': { variable: 'foreground.primary' },
  '--lanes-1-bg': { variable: 'background.success' },
  '--lanes-1-border': { variable: 'border.successEmphasis' },
  '--lanes-1-fg': { variable: 'foreground.success' },
  '--lanes-2-bg': { variable: 'background.warning' },
  '--lanes-2-border': { variable: 'border.warningEmphasis' },
  '--lanes-2-fg': { variable: 'foreground.warning' },
  '--lanes-3-bg': { variable: 'background.danger' },
  '--lanes-3-border': { variable: 'border.dangerEmphasis' },
  '--lanes-3-fg': { variable: 'foreground.danger' },
  '--lanes-1-fill': { variable: 'background.successEmphasis' },
  '--lanes-2-fill': { variable: 'background.warningEmphasis' },
  '--lanes-3-fill': { variable: 'background.dangerEmphasis' },
  '--lanes-on-fill': { variable: 'foreground.onEmphasis' },
  // Garden's button (react-buttons StyledButton): basic and primary, hovered, pressed, disabled, focused.
  '--lanes-button-fg-hover': { variable: 'foreground.primary', offset: 100 },
  '--lanes-button-fg-active': { variable: 'foreground.primary', offset: 200 },
  '--lanes-button-border': { variable: 'border.primaryEmphasis' },
  '--lanes-button-border-hover': { variable: 'border.primaryEmphasis', offset: 100 },
  '--lanes-button-border-active': { variable: 'border.primaryEmphasis', offset: 200 },
  '--lanes-button-bg-hover': { variable: 'background.primaryEmphasis', opacity: 100 },
  '--lanes-button-bg-active': { variable: 'background.primaryEmphasis', opacity: 200 },
  '--lanes-button-primary-bg': { variable: 'background.primaryEmphasis' },
  '--lanes-button-primary-bg-hover': { variable: 'background.primaryEmphasis', offset: 100 },
  '--lanes-button-primary-bg-active': { variable: 'background.primaryEmphasis', offset: 200 },
  '--lanes-disabled-bg': { variable: 'background.disabled' },
  '--lanes-disabled-fg': { variable: 'foreground.disabled' },
  // Garden's alert (react-notifications StyledBase, StyledAlert, StyledIcon): success, warning, error.
  '--lanes-notice-success-border': { variable: 'border.success' },
  '--lanes-notice-success-title': { variable: 'foreground.successEmphasis' },
  '--lanes-notice-warning-border': { variable: 'border.warning' },
  '--lanes-notice-warning-title': { variable: 'foreground.warningEmphasis' },
  '--lanes-notice-error-border': { variable: 'border.danger' },
  '--lanes-notice-error-title': { variable: 'foreground.dangerEmphasis' },
} as const satisfies Record<string, ThemeColorSource>;

export type ThemeColorName = keyof typeof THEME_COLOR_SOURCES;
