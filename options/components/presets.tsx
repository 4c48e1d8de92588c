import { useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { EU_GROUP } from '../../src/settings/eu-institutions';
import { presetById } from '../../src/settings/presets/index';
import { tr } from '../../ui/i18n';
import { PresetCatalog } from './preset-catalog';
import { PresetRemoveButton, RemovalNotice, watchedOf, type Removal } from './preset-removal';

const EU = presetById('eu-institutions')!;

/** The embedded preset, added or removed whole: its own addresses only, never the user's sites in its group. */
export function Presets({ sites }: { sites: readonly Site[] }) {
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [removal, setRemoval] = useState<Removal>();
  const watched = watchedOf(EU, sites);
  const add = async () => {
    setRemoval(undefined);
    const answer = await send('addPreset', { preset: EU.id });
    setMessage(answer.ok ? { text: tr.n('preset_added', answer.added) } : { text: answer.error, error: true });
  };
  const fail = (text: string) => setMessage({ text, error: true });
  return (
    <div class="field">
      <p>
        <strong>{EU_GROUP}</strong>: {tr.t('preset_watched', watched, EU.entries.length)}
      </p>
      <div class="buttons">
        <button type="button" onClick={add} disabled={watched === EU.entries.length}>
          {tr.t('preset_add')}
        </button>
        <PresetRemoveButton
          preset={EU}
          presetName={EU_GROUP}
          sites={sites}
          label={tr.t('options_preset_remove_eu')}
          onRemoved={(r) => (setMessage(undefined), setRemoval(r))}
          onError={fail}
        />
      </div>
      <div class="message" aria-live="polite">
        <RemovalNotice removal={removal} onError={fail} />
        {message && <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : undefined}>{message.text}</p>}
      </div>
      <PresetCatalog sites={sites} />
    </div>
  );
}
