import { useEffect, useState } from 'preact/hooks';
import { shortTime } from '../../src/i18n/format';
import { send } from '../../src/platform/messaging';
import { localStore, onStoredChange } from '../../src/platform/storage';
import { loadPrefs, PREFS_KEY, type NotificationPrefs } from '../../src/settings/preferences';
import { tr } from '../../ui/i18n';

/**
 * Muted notifications leave a sign in the popup: "Notifications quiet until 09:15" (a snooze set in
 * Options) or "Outage notifications are off", each with a button that ends it through the same
 * command Options uses. Nothing shows while notifications are on.
 */
export function QuietNotice({ now }: { now: number }) {
  const [prefs, setPrefs] = useState<NotificationPrefs>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const read = () => void loadPrefs(localStore).then(setPrefs, () => undefined);
    read();
    return onStoredChange(PREFS_KEY, read);
  }, []);
  if (!prefs) return null;
  const quiet = prefs.enabled && prefs.quietUntil !== undefined && prefs.quietUntil > now;
  if (prefs.enabled && !quiet) return null;
  const change = (next: NotificationPrefs) => {
    setError(undefined);
    setPrefs(next);
    void send('setNotificationPrefs', { prefs: next }).then(
      (answer) => !answer.ok && setError(answer.error),
      (e: unknown) => setError(String((e as Error)?.message ?? e)),
    );
  };
  const end = () => {
    const next = { ...prefs, enabled: true };
    delete next.quietUntil;
    change(next);
  };
  return (
    <p class="quiet muted" aria-live="polite">
      <span>{quiet ? tr.t('glance_quiet_until', shortTime(tr, prefs.quietUntil!, now)) : tr.t('glance_notify_off')}</span>{' '}
      <button type="button" class="small" onClick={end}>
        {quiet ? tr.t('notify_again') : tr.t('glance_notify_turn_on')}
      </button>
      {error && (
        <span class="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
