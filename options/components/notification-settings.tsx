import { useEffect, useState } from 'preact/hooks';
import { localStore, onStoredChange } from '../../src/platform/storage';
import { send } from '../../src/platform/messaging';
import { defaultPrefs, loadPrefs, PREFS_KEY, type NotificationPrefs } from '../../src/settings/preferences';
import { shortTime, timeOfDay } from '../../src/i18n/format';
import { tr } from '../../ui/i18n';

/** On/off, recoveries, and a snooze ("quiet until"). Read by the background at each delivery. */
export function NotificationSettings() {
  const [prefs, setPrefs] = useState<NotificationPrefs>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const read = () => void loadPrefs(localStore).then(setPrefs);
    read();
    return onStoredChange(PREFS_KEY, read);
  }, []);
  if (!prefs) return <p class="muted">{tr.t('loading')}</p>;
  const update = (change: Partial<NotificationPrefs>) => {
    const next = { ...prefs, ...change };
    if (change.quietUntil === undefined && 'quietUntil' in change) delete next.quietUntil;
    setPrefs(next);
    void send('setNotificationPrefs', { prefs: next }).then((answer) => {
      if (!answer.ok) setError(answer.error);
    }, (e: unknown) => setError(String((e as Error)?.message ?? e)));
  };
  const now = Date.now();
  const quiet = prefs.quietUntil !== undefined && prefs.quietUntil > now;
  const tomorrowMorning = () => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    d.setHours(8, 0, 0, 0);
    return d.getTime();
  };
  return (
    <div class="field">
      <p>
        <label>
          <input type="checkbox" checked={prefs.enabled} onChange={(e) => update({ enabled: (e.target as HTMLInputElement).checked })} />{' '}
          {tr.t('notify_enabled')}
        </label>
      </p>
      <p>
        <label>
          <input type="checkbox" checked={prefs.recoveries} disabled={!prefs.enabled} onChange={(e) => update({ recoveries: (e.target as HTMLInputElement).checked })} />{' '}
          {tr.t('notify_recoveries')}
        </label>
      </p>
      <p class="buttons" aria-live="polite">
        {quiet ? (
          <>
            <span>{tr.t('notify_quiet_until', shortTime(tr, prefs.quietUntil!, now))}</span>
            <button type="button" onClick={() => update({ quietUntil: undefined })}>
              {tr.t('notify_again')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => update({ quietUntil: now + 3600_000 })}>
              {tr.t('notify_quiet_hour')}
            </button>
            <button type="button" onClick={() => update({ quietUntil: tomorrowMorning() })}>
              {tr.t('notify_quiet_tomorrow', timeOfDay(tr, 8))}
            </button>
          </>
        )}
      </p>
      <p class="muted">{tr.t('notify_explain')}</p>
      {JSON.stringify(prefs) !== JSON.stringify(defaultPrefs()) && !quiet && !prefs.enabled && <p class="muted">{tr.t('notify_badge_still')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
