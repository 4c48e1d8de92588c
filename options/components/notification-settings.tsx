import { useEffect, useState } from 'preact/hooks';
import { localStore, onStoredChange } from '../../src/platform/storage';
import { defaultPrefs, loadPrefs, PREFS_KEY, savePrefs, type NotificationPrefs } from '../../src/settings/preferences';
import { shortTime } from '../../ui/format';

/** On/off, recoveries, and a snooze ("quiet until"). Read by the background at each delivery. */
export function NotificationSettings() {
  const [prefs, setPrefs] = useState<NotificationPrefs>();
  useEffect(() => {
    const read = () => void loadPrefs(localStore).then(setPrefs);
    read();
    onStoredChange(PREFS_KEY, read);
  }, []);
  if (!prefs) return <p class="muted">Loading…</p>;
  const update = (change: Partial<NotificationPrefs>) => {
    const next = { ...prefs, ...change };
    if (change.quietUntil === undefined && 'quietUntil' in change) delete next.quietUntil;
    setPrefs(next);
    void savePrefs(localStore, next);
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
          <input type="checkbox" checked={prefs.enabled} onChange={(e) => update({ enabled: (e.target as HTMLInputElement).checked })} /> Notify me when a
          site's outage is confirmed
        </label>
      </p>
      <p>
        <label>
          <input type="checkbox" checked={prefs.recoveries} disabled={!prefs.enabled} onChange={(e) => update({ recoveries: (e.target as HTMLInputElement).checked })} />{' '}
          …and when it is back
        </label>
      </p>
      <p class="buttons" aria-live="polite">
        {quiet ? (
          <>
            <span>Quiet until {shortTime(prefs.quietUntil!, now)}.</span>
            <button type="button" onClick={() => update({ quietUntil: undefined })}>
              Notify again now
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => update({ quietUntil: now + 3600_000 })}>
              Quiet for 1 hour
            </button>
            <button type="button" onClick={() => update({ quietUntil: tomorrowMorning() })}>
              Quiet until tomorrow 08:00
            </button>
          </>
        )}
      </p>
      <p class="muted">Several sites failing in the same round make one notification. None is sent while your own connection is down.</p>
      {JSON.stringify(prefs) !== JSON.stringify(defaultPrefs()) && !quiet && !prefs.enabled && <p class="muted">Outages still show on the toolbar badge.</p>}
    </div>
  );
}
