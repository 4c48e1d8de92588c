// Lint keeps the design's boundaries (DESIGN.md "Layout"): the core in src/ never touches the
// browser, only src/platform imports the polyfill, the pages never import the background.
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const noPolyfill = { name: 'webextension-polyfill', message: 'Reach the browser through src/platform only.' };
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  // Every DOM sink that parses markup (innerHTML, outerHTML, insertAdjacentHTML, document.write,
  // createContextualFragment …) is refused unless its input is a literal: names and server answers
  // are hostile (issue 11). Preact renders text nodes; nothing of ours needs a sink.
  noUnsanitized.configs.recommended,
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
      'no-restricted-imports': [
        'error',
        {
          paths: [noPolyfill, { name: 'preact', message: 'The core has no UI.' }],
          patterns: [
            pattern(['**/platform/*', '**/platform'], 'The core is pure: pass effects in instead of importing src/platform.'),
            pattern(['**/background/*', '**/popup/*', '**/options/*', '**/ui/*'], 'Dependencies run one way: pages and background → src.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Browser APIs live in src/platform.' }, { name: 'browser', message: 'Browser APIs live in src/platform.' }],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ ...noPolyfill, message: 'Import { browser } from ./browser.' }] }] },
  },
  {
    files: ['background/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noPolyfill], patterns: [pattern(['**/popup/*', '**/options/*', '**/ui/*'], 'The background does not import UI.')] }],
    },
  },
  {
    files: ['popup/**/*.{ts,tsx}', 'options/**/*.{ts,tsx}', 'ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noPolyfill], patterns: [pattern(['**/background/*'], 'Pages talk to the background through src/messages.ts only.')] }],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.*'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/ban-ts-comment': 'off' },
  },
);
