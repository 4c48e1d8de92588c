import { browser } from './browser';

/** A basic notification: the only kind Firefox has, so both browsers show the same text. */
export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}
