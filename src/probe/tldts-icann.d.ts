// The package's own minified ES build, imported directly: bundled from its unminified ES sources the
// Public Suffix List data comes out about twice as large (the bench weighs both).
declare module 'tldts-icann/dist/index.esm.min.js' {
  export { getDomain } from 'tldts-icann';
}
