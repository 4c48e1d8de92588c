import { browser } from './browser';

export const TICK_ALARM = 'tick';
/** Packed Chrome extensions cannot tick faster than every 30 s; one minute is plenty for 5-minute intervals. */
export const TICK_MINUTES = 1;

/** Recreated at every start: alarms may be lost when the browser updates or the profile is copied. */
export async function ensureTickAlarm(): Promise<void> {
  const existing = await browser.alarms.get(TICK_ALARM);
  if (!existing || existing.periodInMinutes !== TICK_MINUTES) {
    await browser.alarms.create(TICK_ALARM, { delayInMinutes: TICK_MINUTES, periodInMinutes: TICK_MINUTES });
  }
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
