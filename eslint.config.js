// Lint rules that catch bugs, not style: TypeScript's recommended set and React's rules of hooks.
// Formatting is left to the code as written, so the config holds across branches.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'docs/', '*.zip'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    rules: {
      // A leading underscore marks a value left unused on purpose (a skipped tuple slot, a callback's argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' }],
      // Text cleaning matches control characters on purpose.
      'no-control-regex': 'off',
      // Style, not bugs: left to the code as written.
      'prefer-const': 'off',
      'no-useless-escape': 'off',
    },
  },
  {
    // The text reader strips invisible and combining characters on purpose.
    files: ['src/policy/text/**/*.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'test/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The helpdesk page's scripts run in the browser as plain scripts, without a bundler.
    files: ['src/helpdesk/page/**/*.js', 'src/helpdesk/probe/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Tests read loosely typed JSON and host answers on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
