/**
 * Set by `scripts/build.mjs --e2e` through vite's `define`; absent in the store build and in Node
 * tests. Only the test build may point canaries at the local fixture server (127.0.0.1, ::1).
 */
declare const __VIGIL_E2E__: boolean | undefined;

export const LOOPBACK_CANARIES_ALLOWED: boolean = typeof __VIGIL_E2E__ !== 'undefined' && __VIGIL_E2E__ === true;
