import { useRef, useState } from 'preact/hooks';
import type { Watchlist } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { requestOrigins } from '../../src/platform/permissions';
import { LIMITS } from '../../src/settings/defaults';
import { originPattern } from '../../src/settings/site-url';
import { parseWatchlistText, serialiseWatchlist } from '../../src/settings/watchlist-file';
import { downloadText } from '../../ui/download';

interface Props {
  watchlist: Watchlist;
}

interface Chosen {
  fileName: string;
  text: string;
  incoming: Watchlist;
  warnings: string[];
}

export function ImportExport({ watchlist }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen>();
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<string>();

  const choose = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    setChosen(undefined);
    setErrors([]);
    setResult(undefined);
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      setErrors([`${file.name} is ${Math.round(file.size / 1024)} KB; a watchlist file is at most ${LIMITS.fileBytes / 1000} KB. Nothing was changed.`]);
      return;
    }
    const text = await file.text();
    const parsed = parseWatchlistText(text);
    if (!parsed.ok) {
      setErrors([`${file.name} is not a watchlist Vigil can use. Nothing was changed.`, ...parsed.errors]);
      return;
    }
    setChosen({ fileName: file.name, text, incoming: parsed.watchlist, warnings: parsed.warnings });
  };

  const apply = (mode: 'replace' | 'add') => {
    if (!chosen) return;
    const origins = [...new Set(chosen.incoming.sites.map((s) => originPattern(s.url)))];
    // Asked from the click itself; origins Vigil already has are granted without a prompt.
    const granted = origins.length ? requestOrigins(origins) : Promise.resolve(true);
    void granted.then(async (ok) => {
      if (!ok) {
        setErrors(['Vigil was not allowed to reach the sites of this file, so nothing was imported.']);
        return;
      }
      const answer = await send('importWatchlist', { text: chosen.text, mode });
      if (!answer.ok) {
        setErrors(['Nothing was changed.', ...answer.error.split('\n')]);
        return;
      }
      setResult(
        mode === 'replace'
          ? `Replaced the watchlist with ${answer.added} site${answer.added === 1 ? '' : 's'} from ${chosen.fileName}.`
          : `Added ${answer.added} site${answer.added === 1 ? '' : 's'} from ${chosen.fileName}${answer.skipped ? `; ${answer.skipped} already watched` : ''}. ${answer.total} sites are watched.`,
      );
      setChosen(undefined);
      if (input.current) input.current.value = '';
    }, (e: unknown) => setErrors([`The browser refused the permission request: ${String((e as Error)?.message ?? e)}`]));
  };

  const exportFile = () => downloadText(serialiseWatchlist(watchlist), `vigil-watchlist-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');

  const current = new Set(watchlist.sites.map((s) => s.url));
  return (
    <div>
      <p class="muted">A watchlist file holds sites and settings (format in the README). Choose one to see what it holds before anything changes.</p>
      <div class="field">
        <label for="import-file">Import watchlist</label>
        <input id="import-file" ref={input} type="file" accept=".json,application/json" aria-label="Import watchlist" onChange={choose} />
      </div>
      <div aria-live="polite">
        {errors.length > 0 && (
          <div class="error" role="alert">
            <p>{errors[0]}</p>
            {errors.length > 1 && (
              <ul>
                {errors.slice(1).map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {result && <p class="ok">{result}</p>}
      </div>
      {chosen && (
        <div class="preview" aria-label={`Contents of ${chosen.fileName}`} role="region">
          <p>
            <strong>{chosen.fileName}</strong> holds {chosen.incoming.sites.length} site{chosen.incoming.sites.length === 1 ? '' : 's'} ({chosen.incoming.sites.filter((s) => !current.has(s.url)).length} not watched yet); checks every {chosen.incoming.settings.intervalMinutes} min, timeout {chosen.incoming.settings.timeoutSeconds} s.
          </p>
          <ul>
            {chosen.incoming.sites.map((s) => (
              <li key={s.url}>
                {s.name} — <span class="muted">{s.url}</span>
                {current.has(s.url) ? <span class="muted"> (already watched)</span> : null}
              </li>
            ))}
          </ul>
          {chosen.warnings.length > 0 && <p class="muted">Ignored: {chosen.warnings.join('; ')}</p>}
          <div class="buttons">
            <button type="button" class="primary" onClick={() => apply('replace')}>
              Replace
            </button>
            <button type="button" onClick={() => apply('add')}>
              Add
            </button>
            <button type="button" onClick={() => { setChosen(undefined); if (input.current) input.current.value = ''; }}>
              Cancel
            </button>
          </div>
          <p class="muted">Replace watches only the sites of this file and takes its settings; Add keeps your sites and settings and adds the new sites.</p>
        </div>
      )}
      <h3>Export</h3>
      <button type="button" onClick={exportFile}>
        Export watchlist
      </button>
    </div>
  );
}
