// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

/**
 * Import directions (ARCHITECTURE.md section 2), enforced with no-restricted-imports per folder: shared/ runs
 * everywhere, client/ and server/ never import each other, routes never reach a repo, and services reach other
 * modules only through their services.
 */
const nodeOrDatabase = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'better-sqlite3',
  'drizzle-orm',
  'drizzle-orm/*',
  'fastify',
  '@fastify/*',
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'migrations/**', 'data/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/client/**'],
              message: 'shared/ must not import server or client code.',
            },
            {
              group: [...nodeOrDatabase, 'react', 'react-*', 'i18next'],
              message: 'shared/ runs everywhere: zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              message: 'The client talks to the server only over HTTP (lib/api.ts).',
            },
            { group: nodeOrDatabase, message: 'Server-only package in the client.' },
          ],
        },
      ],
    },
  },
  // A feature never imports another feature: going up out of its own folder may only land in lib/, components/ or
  // app/paths.ts (a leaf module of URLs).
  ...[
    { files: ['client/src/features/*/*.{ts,tsx}'], up: String.raw`\.\./` },
    { files: ['client/src/features/*/*/*.{ts,tsx}'], up: String.raw`\.\./\.\./` },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              message: 'The client talks to the server only over HTTP (lib/api.ts).',
            },
            {
              regex: String.raw`^${up}(?!\.\./|lib/|components/|app/paths\.ts$)`,
              message: 'A feature never imports another feature; compose in app/.',
            },
            {
              regex: String.raw`^(\.\./)+(features/|app/(?!paths\.ts$))`,
              message: 'A feature never imports another feature or app/ (except app/paths.ts).',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**', 'react', 'react-*'], message: 'The server never imports client code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/*/routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./repo', './repo.ts', '**/db/**', '../*/repo*'],
              message: 'Routes call their service, never a repo or the database.',
            },
            { group: ['**/client/**'], message: 'The server never imports client code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/*/service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/repo', '../*/repo.ts'],
              message: "Use the other module's service, never its repo.",
            },
            { group: ['**/client/**'], message: 'The server never imports client code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/modules/*/repo.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./service*', '../*/service*', '../../plugins/*'],
              message: 'A repo only talks to the database.',
            },
          ],
        },
      ],
    },
  },
  prettier,
)
