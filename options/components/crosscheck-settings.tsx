import { useEffect, useState } from 'preact/hooks';
import type { Limits } from '../../src/crosscheck/api';
import { formatDuration } from '../../src/i18n/format';
import { globalpingClient } from '../../src/platform/globalping';
import { localStore, watchStored } from '../../src/platform/storage';
import { send } from '../../src/platform/messaging';
import { loadPrefs, PREFS_KEY, type NotificationPrefs } from '../../src/settings/preferences';
import { tr } from '../../ui/i18n';

/** The spec's `info.termsOfService` (jsdelivr/globalping public/v1/spec.yaml). */
export const GLOBALPING_TERMS = 'https://github.com/jsdelivr/globalping';

/**
 * The cross-check opt-in (off by default), what it sends and to whom, an optional personal token,
 * and the allowance left this hour. Nothing is asked of Globalping, not even the allowance, while off.
 */
export function CrossCheckSettings() {
  const [prefs, setPrefs] = useState<NotificationPrefs>();
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();
  const [limits, setLimits] = useState<Limits | null>();
  useEffect(() => {
    const read = () =>
      void loadPrefs(localStore).then((p) => {
        setPrefs(p);
        setToken(p.globalpingToken ?? '');
      });
    read();
    return watchStored([PREFS_KEY], read);
  }, []);
  const on = prefs?.crossCheck === true;
  useEffect(() => {
    if (!on) return;
    let alive = true;
    // GET /v1/limits: "no limit" on this endpoint, so reading it costs nothing of the allowance.
    void globalpingClient({ fetch: (input, init) => fetch(input, init) })
      .limits()
      .then((l) => alive && setLimits(l ?? null));
    return () => {
      alive = false;
    };
  }, [on]);
  if (!prefs) return <p class="muted">{tr.t('loading')}</p>;

  const update = (change: Partial<NotificationPrefs>) => {
    const next = { ...prefs, ...change };
    if ('globalpingToken' in change && !change.globalpingToken) delete next.globalpingToken;
    setPrefs(next);
    // The background is the one writer of settings.
    return send('setNotificationPrefs', { prefs: next }).then(
      (answer) => setError(answer.ok ? undefined : answer.error),
      (e: unknown) => setError(String((e as Error)?.message ?? e)),
    );
  };
  const create = limits?.rateLimit.measurements.create;

  return (
    <div class="field">
      <p>
        <label>
          <input type="checkbox" checked={on} onChange={(e) => void update({ crossCheck: (e.target as HTMLInputElement).checked })} /> {tr.t('crosscheck_setting_label')}
        </label>
      </p>
      <p class="muted">
        {tr.t('crosscheck_setting_what')}{' '}
        <a href={GLOBALPING_TERMS} target="_blank" rel="noopener noreferrer">
          {tr.t('crosscheck_terms')}
        </a>
      </p>
      {on && (
        <>
          <form
            class="buttons"
            onSubmit={(e) => {
              e.preventDefault();
              void update({ globalpingToken: token.trim() }).then(() => setSaved(true));
            }}
          >
            <label for="globalping-token">{tr.t('crosscheck_token_label')}</label>{' '}
            <input
              id="globalping-token"
              type="password"
              autoComplete="off"
              spellcheck={false}
              value={token}
              aria-describedby="globalping-token-hint"
              onInput={(e) => {
                setSaved(false);
                setToken((e.target as HTMLInputElement).value);
              }}
            />{' '}
            <button type="submit">{tr.t('crosscheck_token_save')}</button> {saved && <span aria-live="polite">{tr.t('crosscheck_saved')}</span>}
          </form>
          <p class="muted" id="globalping-token-hint">
            {tr.t('crosscheck_token_hint')}
          </p>
          <p data-crosscheck-allowance={create ? create.remaining : ''}>
            {limits === undefined ? tr.t('loading') : create ? tr.t('crosscheck_allowance', create.remaining, create.limit, formatDuration(tr, create.reset * 1000)) : tr.t('crosscheck_allowance_unknown')}
          </p>
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
