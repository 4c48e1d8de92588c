import { useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { requestOrigins } from '../../src/platform/permissions';
import { countryName, flag, presetMatches, presetOrigins, PRESETS, type Preset } from '../../src/settings/presets/index';
import { tr } from '../../ui/i18n';
import { PresetRemoveButton, RemovalNotice, watchedOf, type Removal } from './preset-removal';

/** Hosts Vigil may reach from install on (manifest host_permissions): no question to ask for them. */
const GRANTED_AT_INSTALL = /(^|\.)europa\.eu$/;

/**
 * Every country's preset, searchable by country or institution. "Add" asks the browser once for all
 * the preset's hosts that install did not grant, straight from the click (an await before it and the
 * browser refuses to ask), then adds the sites under the country's name in the user's language.
 */
export function PresetCatalog({ sites }: { sites: readonly Site[] }) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [removal, setRemoval] = useState<Removal>();
  const locale = tr.locale;
  const lang = locale.split('-')[0]!;
  const shown = PRESETS.filter((p) => p.country !== 'EU' && presetMatches(p, query, locale));

  const add = (preset: Preset) => {
    setMessage(undefined);
    setRemoval(undefined);
    const needed = presetOrigins(preset).filter((pattern) => !GRANTED_AT_INSTALL.test(new URL(pattern.replace('/*', '/')).hostname));
    const granted = needed.length ? requestOrigins(needed) : Promise.resolve(true);
    void granted.then(
      async (ok) => {
        if (!ok) {
          setMessage({ text: tr.t('presets_not_allowed', countryName(preset.country, locale)), error: true });
          return;
        }
        const answer = await send('addPreset', { preset: preset.id });
        setMessage(answer.ok ? { text: tr.n('presets_added', answer.added, answer.group) } : { text: answer.error, error: true });
      },
      (e: unknown) => setMessage({ text: tr.t('permission_refused', String((e as Error)?.message ?? e)), error: true }),
    );
  };
  const fail = (text: string) => setMessage({ text, error: true });

  return (
    <div class="preset-catalog">
      <div class="field">
        <label for="preset-search">{tr.t('presets_search')}</label>
        <input id="preset-search" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} aria-controls="preset-list" />
      </div>
      <div class="message" aria-live="polite">
        <RemovalNotice removal={removal} onError={fail} />
        {message && <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : undefined}>{message.text}</p>}
      </div>
      {!shown.length && <p class="muted">{tr.t('presets_none', query.trim())}</p>}
      <ul id="preset-list" class="presets" aria-label={tr.t('presets_list_label')}>
        {shown.map((preset) => {
          const country = countryName(preset.country, locale);
          const watched = watchedOf(preset, sites);
          return (
            <li key={preset.id} data-preset={preset.id}>
              <h3>
                <span aria-hidden="true">{flag(preset.country)}</span> {country}
              </h3>
              <p class="muted">
                {preset.entries.map((e) => e.names[lang] ?? e.name).join(' · ')}
              </p>
              <p>{tr.t('preset_watched', watched, preset.entries.length)}</p>
              <div class="buttons">
                <button type="button" aria-label={tr.t('presets_add_label', country)} onClick={() => add(preset)} disabled={watched === preset.entries.length}>
                  {tr.t('import_add')}
                </button>
                <PresetRemoveButton
                  preset={preset}
                  presetName={country}
                  sites={sites}
                  label={tr.t('presets_remove')}
                  ariaLabel={tr.t('options_preset_remove_label', country)}
                  onRemoved={(r) => (setMessage(undefined), setRemoval(r))}
                  onError={fail}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
