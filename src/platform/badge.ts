import { browser } from './browser';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export async function setBadge(look: BadgeLook): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: look.text }),
    browser.action.setBadgeBackgroundColor({ color: look.color }),
    browser.action.setTitle({ title: look.title }),
  ]);
  // Firefox picks black on our dark badge colours unless told.
  if (typeof browser.action.setBadgeTextColor === 'function') await browser.action.setBadgeTextColor({ color: '#ffffff' });
}
