import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only electron/main.ts and electron/preload.ts may import Electron.' };
const noMainProcess = {
  regex: '(^|/)electron/',
  message: 'Talk to the backend through the typed client, not by importing electron/.',
};
const noAreaApp = {
  regex: '(^|/)(services/[^/]+|\\.\\./[^/.]+|\\.)/app$',
  message:
    'An area’s app.ts only registers its procedures (kernel/registry.ts imports it). Import the named module that holds what you need.',
};
// The renderer reads through each feature's queries.ts and changes through one mutation hook.
const noBareInvoke = {
  group: ['**/app/client', './client'],
  importNames: ['invoke'],
  message: 'Read through a feature’s queries.ts (queryKeys) and change through useRecordMutation (app/mutations.ts).',
};
const noOwnMutation = {
  name: '@tanstack/react-query',
  importNames: ['useMutation'],
  message: 'Every change goes through useRecordMutation (app/mutations.ts), which refreshes what is shown.',
};
const noHandTypedKey = {
  selector: "Property[key.name='queryKey'] > ArrayExpression",
  message: 'Make query keys with the feature’s queryKeys(area) factory (app/queries.ts).',
};
const noRenderer = {
  regex: '(^|/)renderer/',
  message: 'shared/ is imported by both sides, so it may not import renderer/.',
};

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.electron-native/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noAreaApp] }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/kernel/registry.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, noOwnMutation], patterns: [noMainProcess, noBareInvoke] },
      ],
      'no-restricted-syntax': ['error', noHandTypedKey],
    },
  },
  {
    files: ['renderer/app/{client,queries,mutations}.ts', 'renderer/app/components/PagedTable.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noMainProcess] }],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noMainProcess, noRenderer] }] },
  },
);
