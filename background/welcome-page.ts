/** The welcome page, beside the options page (options/welcome.html). */
export const WELCOME_PAGE = 'options/welcome.html';

/**
 * Test builds only: the welcome opens when the unpacked folder holds this file. The end-to-end tests
 * install Vigil afresh in every browser they launch and set up their own state; an extra tab in each
 * would change what they test. The one test that wants the welcome copies the build and adds it.
 */
export const TEST_WELCOME_FLAG = 'test-open-welcome.json';
