import { useEffect, useRef, useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import type { Preset } from '../../src/settings/presets/index';
import { tr } from '../../ui/i18n';
import { putBack, withPlaces, type Removed } from './put-back';

/** A removal just made: the sites as they were and where (for Undo), and the preset's name as the page shows it. */
export interface Removal {
  sites: Removed[];
  presetName: string;
}

interface ButtonProps {
  preset: Preset;
  presetName: string;
  sites: readonly Site[];
  label: string;
  ariaLabel?: string;
  onRemoved: (removal: Removal) => void;
  onError: (text: string) => void;
}

/** How many of the preset's own addresses are watched (a group name proves nothing: it is the user's word). */
export function watchedOf(preset: Preset, sites: readonly Site[]): number {
  const own = new Set(preset.entries.map((e) => e.url));
  return sites.filter((s) => own.has(s.url)).length;
}

/**
 * Removes the preset's own addresses only. Disabled while none is watched; asks first when it would
 * remove more than one site, with "Keep them" focused, so Enter pressed by habit removes nothing.
 */
export function PresetRemoveButton({ preset, presetName, sites, label, ariaLabel, onRemoved, onError }: ButtonProps) {
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const watched = watchedOf(preset, sites);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [asking]);

  const run = async () => {
    setAsking(false);
    const answer = await send('removePreset', { preset: preset.id });
    if (answer.ok) onRemoved({ sites: withPlaces(answer.removed, sites), presetName });
    else onError(answer.error);
  };

  if (asking) {
    const id = `preset-ask-${preset.id}`;
    return (
      <div role="alertdialog" aria-labelledby={id} class="question">
        <p id={id}>{tr.n('options_preset_ask', watched, presetName)}</p>
        <div class="buttons">
          <button type="button" class="primary" onClick={() => void run()}>
            {tr.t('options_preset_ask_yes')}
          </button>
          <button
            type="button"
            ref={keep}
            onClick={() => {
              returnFocus.current = true;
              setAsking(false);
            }}
          >
            {tr.t('options_preset_ask_no')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button type="button" ref={button} aria-label={ariaLabel} disabled={watched === 0} onClick={() => (watched > 1 ? setAsking(true) : void run())}>
      {label}
    </button>
  );
}

/** "Removed 11 sites of EU institutions. [Undo]", then "Brought back 11 sites." */
export function RemovalNotice({ removal, onError }: { removal: Removal | undefined; onError: (text: string) => void }) {
  const [restored, setRestored] = useState<{ of: Removal; count: number }>();
  const undoButton = useRef<HTMLButtonElement>(null);
  // The button that was clicked is gone or disabled now: the focus goes to Undo, the next thing to do.
  useEffect(() => {
    if (removal?.sites.length) undoButton.current?.focus();
  }, [removal]);
  if (!removal) return null;
  if (restored?.of === removal) return <p class="ok">{tr.n('options_restored', restored.count)}</p>;
  const undo = async () => {
    const answer = await putBack(removal.sites);
    if (answer.ok) setRestored({ of: removal, count: answer.added });
    else onError(answer.error);
  };
  return (
    <p class="ok">
      {tr.n('options_preset_removed', removal.sites.length, removal.presetName)}{' '}
      {removal.sites.length > 0 && (
        <button type="button" ref={undoButton} onClick={() => void undo()}>
          {tr.t('table_undo')}
        </button>
      )}
    </p>
  );
}
