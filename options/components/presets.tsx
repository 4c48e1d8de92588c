import { useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { EU_GROUP, EU_INSTITUTIONS } from '../../src/settings/eu-institutions';
import { tr } from '../../ui/i18n';
import { PresetCatalog } from './preset-catalog';

/** The embedded preset, added or removed as a group at once. */
export function Presets({ sites }: { sites: readonly Site[] }) {
  const [message, setMessage] = useState<string>();
  const watched = EU_INSTITUTIONS.filter((p) => sites.some((s) => s.url === p.url)).length;
  const add = async () => {
    const answer = await send('addPreset', { preset: 'eu-institutions' });
    setMessage(answer.ok ? tr.n('preset_added', answer.added) : answer.error);
  };
  const remove = async () => {
    const answer = await send('removeGroup', { group: EU_GROUP });
    setMessage(answer.ok ? tr.n('preset_removed', answer.removed, EU_GROUP) : answer.error);
  };
  return (
    <div class="field">
      <p>
        <strong>{EU_GROUP}</strong>: {tr.t('preset_watched', watched, EU_INSTITUTIONS.length)}
      </p>
      <div class="buttons">
        <button type="button" onClick={add} disabled={watched === EU_INSTITUTIONS.length}>
          {tr.t('preset_add')}
        </button>
        <button type="button" onClick={remove} disabled={!sites.some((s) => s.group === EU_GROUP)}>
          {tr.t('preset_remove')}
        </button>
      </div>
      <p class="muted" aria-live="polite">
        {message}
      </p>
      <PresetCatalog sites={sites} />
    </div>
  );
}
