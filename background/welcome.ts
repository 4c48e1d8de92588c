import { browser } from '../src/platform/browser';

declare const __VIGIL_E2E__: boolean | undefined;

/** The welcome page, beside the options page (options/welcome.html). */
export const WELCOME_PAGE = 'options/welcome.html';
/**
 * Test builds only: the welcome opens when the unpacked folder holds this file. The end-to-end tests
 * install Vigil afresh in every browser they launch and set up their own state; an extra tab in each
 * would change what they test. The one test that wants the welcome copies the build and adds it.
 */
export const TEST_WELCOME_FLAG = 'test-open-welcome.json';

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
