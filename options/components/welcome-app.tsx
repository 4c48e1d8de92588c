import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../src/i18n/translator';
import type { Site, SiteStatus } from '../../src/model';
import { browserKind } from '../../src/platform/browser-kind';
import { localStore, onStoredChange } from '../../src/platform/storage';
import { STORAGE_KEYS } from '../../src/settings/storage-keys';
import { peekWatchlist } from '../../src/settings/store';
import { tr } from '../../ui/i18n';
import { StatusIcon } from '../../ui/status-icon';
import { PresetCatalog } from './preset-catalog';
import { statusWord } from './site-status-cell';

const PIN_STEPS: Record<ReturnType<typeof browserKind>, MessageKey[]> = {
  chromium: ['options_welcome_pin_chrome_1', 'options_welcome_pin_chrome_2'],
  firefox: ['options_welcome_pin_firefox_1', 'options_welcome_pin_firefox_2'],
};

const STATUSES: Array<[SiteStatus, MessageKey]> = [
  ['up', 'options_welcome_status_up'],
  ['slow', 'options_welcome_status_slow'],
  ['shielded', 'options_welcome_status_shielded'],
  ['down', 'options_welcome_status_down'],
  ['offline', 'options_welcome_status_offline'],
  ['unknown', 'options_welcome_status_unknown'],
];

/** The watched sites, kept current: the catalog's "Add" and "N of M watched" follow what is stored. */
function useSites(): readonly Site[] {
  const [sites, setSites] = useState<readonly Site[]>([]);
  useEffect(() => {
    const read = () => void peekWatchlist(localStore).then((loaded) => setSites(loaded.watchlist.sites), () => undefined);
    read();
    return onStoredChange(STORAGE_KEYS.watchlist, read);
  }, []);
  return sites;
}

/**
 * Opened once, on install: pin the icon (this browser's own steps: Chrome hides a new extension's
 * icon), what each status means with its icon, the presets, and what Vigil sends and to whom.
 */
export function WelcomeApp() {
  const sites = useSites();
  const kind = browserKind();
  return (
    <main>
      <h1>{tr.t('options_welcome_title')}</h1>
      <p>{tr.t('options_welcome_intro')}</p>

      <section aria-labelledby="pin-heading" data-browser={kind}>
        <h2 id="pin-heading">{tr.t('options_welcome_pin_heading')}</h2>
        <p>{tr.t('options_welcome_pin_why')}</p>
        <ol class="pin-steps">
          {PIN_STEPS[kind].map((key) => (
            <li key={key}>{tr.t(key)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">{tr.t('options_welcome_status_heading')}</h2>
        <ul class="statuses">
          {STATUSES.map(([status, key]) => (
            <li key={status} data-status={status}>
              <span class={`status-${status}`}>
                <StatusIcon status={status} />
              </span>
              <span>
                {/* The dash as in the rows' "Down — HTTP 503": no colon, whose spacing differs by language. */}
                <strong>{statusWord(status)}</strong> — {tr.t(key)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="welcome-presets-heading">
        <h2 id="welcome-presets-heading">{tr.t('options_welcome_presets_heading')}</h2>
        <p>
          {tr.t('options_welcome_presets_intro')} <a href="index.html">{tr.t('options_welcome_open_options')}</a>
        </p>
        <PresetCatalog sites={sites} />
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{tr.t('options_welcome_privacy_heading')}</h2>
        <ul class="privacy">
          <li>{tr.t('options_welcome_privacy_checks')}</li>
          <li>{tr.t('options_welcome_privacy_connection')}</li>
          <li>{tr.t('options_welcome_privacy_crosscheck')}</li>
          <li>{tr.t('options_welcome_privacy_nothing')}</li>
        </ul>
      </section>
    </main>
  );
}
