// What the worker takes from tldts-icann (src/probe/hosts.ts), alone, for the bench to weigh.
export { getDomain } from 'tldts-icann/dist/index.esm.min.js';
