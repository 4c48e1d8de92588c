import { useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { EU_GROUP, EU_INSTITUTIONS } from '../../src/settings/eu-institutions';

/** The embedded preset, added or removed as a group at once. */
export function Presets({ sites }: { sites: readonly Site[] }) {
  const [message, setMessage] = useState<string>();
  const watched = EU_INSTITUTIONS.filter((p) => sites.some((s) => s.url === p.url)).length;
  const add = async () => {
    const answer = await send('addPreset', { preset: 'eu-institutions' });
    setMessage(answer.ok ? `Added ${answer.added} EU institution site${answer.added === 1 ? '' : 's'}.` : answer.error);
  };
  const remove = async () => {
    const answer = await send('removeGroup', { group: EU_GROUP });
    setMessage(answer.ok ? `Removed ${answer.removed} site${answer.removed === 1 ? '' : 's'} of the group "${EU_GROUP}".` : answer.error);
  };
  return (
    <div class="field">
      <p>
        <strong>{EU_GROUP}</strong>: {watched} of {EU_INSTITUTIONS.length} watched.
      </p>
      <div class="buttons">
        <button type="button" onClick={add} disabled={watched === EU_INSTITUTIONS.length}>
          Add all EU institutions
        </button>
        <button type="button" onClick={remove} disabled={!sites.some((s) => s.group === EU_GROUP)}>
          Remove the EU institutions group
        </button>
      </div>
      <p class="muted" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
