import { defineConfig } from 'vitest/config';
import { translationPart } from './build/translationPart';

export default defineConfig({
  plugins: [translationPart()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
