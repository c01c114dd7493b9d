// @ts-check
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Browser globals lib/ may not use: reaching the page or the network through the global object counts too. */
const LIB_RESTRICTED_GLOBALS = [
  'document',
  'window',
  'navigator',
  'localStorage',
  'chrome',
  'browser',
  'indexedDB',
  'globalThis',
  'self',
  'location',
  'fetch',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.output/**',
      '.wxt/**',
      'out/**',
      'coverage/**',
      'tests/fixtures/**/*.js',
      'web-ext-artifacts/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      // A module never depends on itself through others (issue #17): the graph stays a tree a newcomer can follow.
      // (The rule sees value imports; lib's type-only cycles are kept out by moving domain types to their homes.)
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A check or a type that makes `x!` unneeded, everywhere in product code and scripts (issue #17).
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      // No innerHTML/outerHTML/insertAdjacentHTML/document.write anywhere: data never becomes markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or use textContent; data never becomes markup.' },
        { property: 'outerHTML', message: 'Build DOM nodes or use textContent; data never becomes markup.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; data never becomes markup.' },
        { object: 'document', property: 'write', message: 'Never document.write.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text.',
        },
      ],
      // lib/ is the pure core: no browser APIs, no storage, no UI. Kept fast to test in Node.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: ['./entrypoints', './components', './stores', './platform'],
              message: 'lib/ is the pure core: it must not import extension, UI or storage code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'lib/ is pure: pass data in, do not call browser APIs.' },
            { name: 'dexie', message: 'lib/ is pure: storage lives in platform/.' },
            { name: 'webextension-polyfill', message: 'lib/ is pure.' },
          ],
          patterns: [
            { group: ['wxt', 'wxt/*', '@wxt-dev/*'], message: 'lib/ is pure: no WXT imports.' },
            { group: ['preact', 'preact/*', 'zustand', 'zustand/*'], message: 'lib/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...LIB_RESTRICTED_GLOBALS],
    },
  },
  {
    // pdfjs runs its "fake worker" in the background's thread only when it finds the worker module on the global
    // object (lib/import/cv-pdf.ts explains why): the one place lib/ may name globalThis.
    files: ['lib/import/cv-pdf.ts'],
    rules: {
      'no-restricted-globals': ['error', ...LIB_RESTRICTED_GLOBALS.filter((name) => name !== 'globalThis')],
    },
  },
  {
    // The popup must open at once: the CSL engine (citation-js, ~800 kB) stays in the background, reached through
    // profile.export. Only the engine-free parts of lib/format may be imported here.
    files: ['components/popup/**', 'stores/popup.ts', 'entrypoints/popup/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@citation-js/*'], message: 'Ask the background (profile.export) for formatted lists.' },
            {
              regex: '(^|/)lib/format(/(index|publications|citation-styles|insert-menu))?$',
              message: 'These load citation-js; use lib/format/publications-select or profile.export.',
            },
            { regex: '(^|/)lib/export(/.*)?$', message: 'Exports run in the background.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // In a test, `found!` after the line that found it is the assertion's shape: a wrong guess throws and fails the
    // test, which is what a check would do, and no test code ships. Checks there would only add noise.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
