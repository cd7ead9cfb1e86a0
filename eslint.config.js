// Lint for the whole monorepo. Beyond the recommended rules it enforces the
// dependency direction of docs/architecture.md: shared imports neither client
// nor server (nor Node, DOM-only or database modules); client and server never
// import each other.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noCrossImport = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'e2e/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    // Tests may read fixtures from disk; the shipped modules may not.
    ignores: ['shared/**/*.test.ts'],
    rules: noCrossImport(
      [['**/client/**', '**/server/**', '@ioc/client', '@ioc/server', 'node:*', 'pg', 'express', 'socket.io', 'react', 'maplibre-gl', 'echarts']],
      'shared/ stays pure: no client, server, Node, database or DOM-library imports (docs/architecture.md#dependency-direction).',
    ),
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: noCrossImport([['**/client/**', '@ioc/client']], 'server/ must not import client/ code; share it through shared/.'),
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noCrossImport([['**/server/**', '@ioc/server', 'pg', 'express', 'socket.io']], 'client/ must not import server/ code; share it through shared/.'),
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
