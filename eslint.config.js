// Lint keeps the design's boundaries (DESIGN.md "Layout"): the core in src/ never touches the
// browser, only src/platform imports the polyfill, the pages never import the background.
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const noPolyfill = { name: 'webextension-polyfill', message: 'Reach the browser through src/platform only.' };
const pattern = (group, message) => ({ group, message });

// The history has ONE door (src/history/store.ts). Outside src/history only the door, the record
// types, and the pure arithmetic and words (bucket, periods, rollup, uptime) may be imported.
const noIdb = { name: 'idb', message: 'IndexedDB lives behind the history door: use HistoryStore (src/history/store.ts).' };
const historyInside = pattern(
  ['**/history/db', '**/history/write', '**/history/read', '**/history/retention', '**/history/bucket-store', '**/history/checks', '**/history/forget', '**/history/observed', '**/history/export', '**/history/migrations', '**/history/migrations/*'],
  'Reach the history through HistoryStore (src/history/store.ts): it is the one door.',
);
/** One no-restricted-imports setting per zone (flat config replaces a rule, it never merges it). */
const restrict = (paths, patterns, door = true) => ['error', { paths: door ? [...paths, noIdb] : paths, patterns: door ? [...patterns, historyInside] : patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  // Every DOM sink that parses markup (innerHTML, outerHTML, insertAdjacentHTML, document.write,
  // createContextualFragment …) is refused unless its input is a literal: names and server answers
  // are hostile (issue 11). Preact renders text nodes; nothing of ours needs a sink.
  noUnsanitized.configs.recommended,
  {
    // No import cycles anywhere: a cycle is a boundary nobody chose.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render with Preact.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML: render with Preact.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: no remote or generated code.' },
      ],
      'no-restricted-properties': ['error', { property: 'dangerouslySetInnerHTML', message: 'No raw HTML.' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/platform/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict(
        [noPolyfill, { name: 'preact', message: 'The core has no UI.' }],
        [
          pattern(['**/platform/*', '**/platform'], 'The core is pure: pass effects in instead of importing src/platform.'),
          pattern(['**/background/*', '**/popup/*', '**/options/*', '**/ui/*'], 'Dependencies run one way: pages and background → src.'),
        ],
      ),
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Browser APIs live in src/platform.' }, { name: 'browser', message: 'Browser APIs live in src/platform.' }],
    },
  },
  {
    // Behind the door, the history's own modules reach each other and idb.
    files: ['src/history/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [noPolyfill, { name: 'preact', message: 'The core has no UI.' }],
        [
          pattern(['**/platform/*', '**/platform'], 'The core is pure: pass effects in instead of importing src/platform.'),
          pattern(['**/background/*', '**/popup/*', '**/options/*', '**/ui/*'], 'Dependencies run one way: pages and background → src.'),
        ],
        false,
      ),
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': restrict([{ ...noPolyfill, message: 'Import { browser } from ./browser.' }], []) },
  },
  {
    files: ['background/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([noPolyfill], [pattern(['**/popup/*', '**/options/*', '**/ui/*'], 'The background does not import UI.')]) },
  },
  {
    files: ['popup/**/*.{ts,tsx}', 'options/**/*.{ts,tsx}', 'ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([noPolyfill], [pattern(['**/background/*'], 'Pages talk to the background through src/messages.ts only.')]) },
  },
  {
    // Tests and scripts use the door too; the history's own unit tests mirror its modules.
    files: ['test/**/*.{ts,tsx,mjs}', 'scripts/**/*.{ts,mjs}'],
    ignores: ['test/unit/history/**'],
    rules: { 'no-restricted-imports': restrict([], []) },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.*'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/ban-ts-comment': 'off' },
  },
  {
    // Node scripts have no DOM; their dynamic import() loads modules they just built.
    files: ['scripts/**/*.mjs'],
    rules: { 'no-unsanitized/method': 'off' },
  },
);
