import { ThemeProvider } from '@zendeskgarden/react-theming';
import { useContext, useMemo, type ReactNode } from 'react';
import { ColorSchemeContext } from './ColorSchemeContext';
import { themeFor } from './themeFor';

/** Garden's theme in the agent's colour scheme, around the lazily loaded parts that use Garden's components. */
export function GardenTheme({ children }: { children: ReactNode }) {
  const scheme = useContext(ColorSchemeContext);
  const theme = useMemo(() => themeFor(scheme), [scheme]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}
