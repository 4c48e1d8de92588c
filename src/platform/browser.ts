// The one import of the polyfill: everything else reaches the browser through src/platform.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime } from 'webextension-polyfill';
