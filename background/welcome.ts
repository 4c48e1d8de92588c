import { browser } from '../src/platform/browser';
import { TEST_WELCOME_FLAG, WELCOME_PAGE } from './welcome-page';

declare const __VIGIL_E2E__: boolean | undefined;

const TEST_BUILD = typeof __VIGIL_E2E__ === 'boolean' && __VIGIL_E2E__;

async function testWantsWelcome(): Promise<boolean> {
  try {
    const answer = await fetch(browser.runtime.getURL(TEST_WELCOME_FLAG));
    return answer.ok;
  } catch {
    return false;
  }
}

/** On the first install only (not on an update, not on the browser's start): how to pin the icon and what Vigil does. */
export async function openWelcome(): Promise<void> {
  if (TEST_BUILD && !(await testWantsWelcome())) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
