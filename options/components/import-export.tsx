import { useRef, useState } from 'preact/hooks';
import type { Watchlist } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { requestOrigins } from '../../src/platform/permissions';
import { LIMITS } from '../../src/settings/defaults';
import { originPattern } from '../../src/settings/site-url';
import { parseWatchlistText, problemText, serialiseWatchlist } from '../../src/settings/watchlist-file';
import { tr } from '../../ui/i18n';
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
  // What Replace replaced, kept for Undo while this page is open.
  const [replaced, setReplaced] = useState<Watchlist>();

  const choose = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    setChosen(undefined);
    setErrors([]);
    setResult(undefined);
    setReplaced(undefined);
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      setErrors([tr.t('import_too_big', file.name, Math.round(file.size / 1024), LIMITS.fileBytes / 1000)]);
      return;
    }
    const text = await file.text();
    const parsed = parseWatchlistText(text);
    if (!parsed.ok) {
      setErrors([tr.t('import_unusable', file.name), ...parsed.errors.map((p) => problemText(tr, p))]);
      return;
    }
    setChosen({ fileName: file.name, text, incoming: parsed.watchlist, warnings: parsed.warnings.map((p) => problemText(tr, p)) });
  };

  const apply = (mode: 'replace' | 'add') => {
    if (!chosen) return;
    const before = watchlist;
    setReplaced(undefined);
    const origins = [...new Set(chosen.incoming.sites.map((s) => originPattern(s.url)))];
    // Asked from the click itself; origins Vigil already has are granted without a prompt.
    const granted = origins.length ? requestOrigins(origins) : Promise.resolve(true);
    void granted.then(async (ok) => {
      if (!ok) {
        setErrors([tr.t('import_not_allowed')]);
        return;
      }
      const answer = await send('importWatchlist', { text: chosen.text, mode });
      if (!answer.ok) {
        setErrors([tr.t('import_nothing_changed'), ...answer.error.split('\n')]);
        return;
      }
      if (mode === 'replace') setReplaced(before);
      setResult(
        mode === 'replace'
          ? tr.n('import_replaced', answer.added, chosen.fileName)
          : [tr.n('import_added', answer.added, chosen.fileName), answer.skipped ? tr.n('import_skipped', answer.skipped) : '', tr.n('import_total', answer.total)].filter(Boolean).join(' '),
      );
      setChosen(undefined);
      if (input.current) input.current.value = '';
    }, (e: unknown) => setErrors([tr.t('permission_refused', String((e as Error)?.message ?? e))]));
  };

  // Undo of Replace: the watchlist and settings as they were, put back whole.
  const undoReplace = async () => {
    if (!replaced) return;
    const answer = await send('importWatchlist', { text: serialiseWatchlist(replaced), mode: 'replace' });
    if (!answer.ok) {
      setErrors(answer.error.split('\n'));
      return;
    }
    setReplaced(undefined);
    setResult(tr.t('options_import_undone'));
  };

  const exportFile = () => downloadText(serialiseWatchlist(watchlist), `vigil-watchlist-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');

  const current = new Set(watchlist.sites.map((s) => s.url));
  return (
    <div>
      <p class="muted">{tr.t('options_import_intro')}</p>
      <div class="field">
        <label for="import-file">{tr.t('import_label')}</label>
        <input id="import-file" ref={input} type="file" accept=".json,application/json" aria-label={tr.t('import_label')} onChange={choose} />
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
        {result && (
          <p class="ok">
            {result}
            {replaced && (
              <>
                {' '}
                <button type="button" onClick={undoReplace}>
                  {tr.t('table_undo')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {chosen && (
        <div class="preview" aria-label={tr.t('import_contents', chosen.fileName)} role="region">
          <p>
            <strong>{chosen.fileName}</strong>{' '}
            {tr.n(
              'import_holds',
              chosen.incoming.sites.length,
              chosen.incoming.sites.filter((s) => !current.has(s.url)).length,
              chosen.incoming.settings.intervalMinutes,
              chosen.incoming.settings.timeoutSeconds,
            )}
          </p>
          <ul>
            {chosen.incoming.sites.map((s) => (
              <li key={s.url}>
                {s.name} — <span class="muted">{s.url}</span>
                {current.has(s.url) ? <span class="muted"> {tr.t('import_already_watched')}</span> : null}
              </li>
            ))}
          </ul>
          {chosen.warnings.length > 0 && <p class="muted">{tr.t('import_ignored', chosen.warnings.join('; '))}</p>}
          <div class="buttons">
            <button type="button" class="primary" onClick={() => apply('replace')}>
              {tr.t('import_replace')}
            </button>
            <button type="button" onClick={() => apply('add')}>
              {tr.t('import_add')}
            </button>
            <button type="button" onClick={() => { setChosen(undefined); if (input.current) input.current.value = ''; }}>
              {tr.t('cancel')}
            </button>
          </div>
          <p class="muted">{tr.t('import_explain')}</p>
        </div>
      )}
      <h3>{tr.t('export_heading')}</h3>
      <button type="button" onClick={exportFile}>
        {tr.t('export_watchlist')}
      </button>
    </div>
  );
}
