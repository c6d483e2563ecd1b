import { createContext } from 'react';
import type { ColorScheme } from '../host/watchColorScheme';

/** The agent's colour scheme, for the parts that render Garden's own components. */
export const ColorSchemeContext = createContext<ColorScheme>('light');
