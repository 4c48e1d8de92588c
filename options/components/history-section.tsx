import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../src/i18n/format';
import type { MessageKey } from '../../src/i18n/translator';
import { downloadText } from '../../ui/download';
import { tr } from '../../ui/i18n';
import { pageHistory } from '../../ui/history';
import { keyValueCrossCheckStore } from '../../src/crosscheck/store';
import { localStore } from '../../src/platform/storage';
import { StorageFullNotice } from '../../ui/storage-full';
import { readHealth } from '../../ui/use-vigil-data';
import type { HistoryHealth } from '../../src/history/store';

/** Space used, and the history exports (README "History exports"). */
export function HistorySection() {
  const [usage, setUsage] = useState<{ usage?: number; quota?: number }>();
  const [busy, setBusy] = useState<MessageKey>();
  const [error, setError] = useState<string>();

  const [health, setHealth] = useState<HistoryHealth>({});
  useEffect(() => {
    navigator.storage?.estimate().then(setUsage, () => setUsage({}));
    void readHealth().then(setHealth);
  }, []);

  const run = (label: MessageKey, make: () => Promise<[string, string, string]>) => async () => {
    setBusy(label);
    setError(undefined);
    try {
      const [text, fileName, type] = await make();
      downloadText(text, fileName, type);
    } catch (e) {
      setError(tr.t('export_failed', tr.t(label), String((e as Error)?.message ?? e)));
    } finally {
      setBusy(undefined);
    }
  };
  const stamp = () => new Date().toISOString().slice(0, 10);

  return (
    <div>
      <p>
        {usage?.usage !== undefined ? (
          <>
            {tr.t('history_uses')} <strong data-storage-used={usage.usage}>{formatBytes(tr, usage.usage)}</strong> {tr.t('history_kept')}
          </>
        ) : (
          tr.t('history_measuring')
        )}
      </p>
      {health.full && <StorageFullNotice full={health.full} />}
      <div class="buttons" aria-busy={busy ? 'true' : 'false'}>
        <button type="button" disabled={Boolean(busy)} onClick={run('export_checks_what', async () => [await (await pageHistory()).exportChecks(), `vigil-checks-${stamp()}.csv`, 'text/csv'])}>
          {tr.t('export_checks')}
        </button>
        <button type="button" disabled={Boolean(busy)} onClick={run('export_hourly_what', async () => [await (await pageHistory()).exportHourly(), `vigil-hourly-${stamp()}.csv`, 'text/csv'])}>
          {tr.t('export_hourly')}
        </button>
        <button type="button" disabled={Boolean(busy)} onClick={run('export_daily_what', async () => [await (await pageHistory()).exportDaily(), `vigil-daily-${stamp()}.csv`, 'text/csv'])}>
          {tr.t('export_daily')}
        </button>
        <button type="button" disabled={Boolean(busy)} onClick={run('export_incidents_what', async () => [await (await pageHistory()).exportIncidents(Date.now(), await keyValueCrossCheckStore(localStore).allResults()), `vigil-incidents-${stamp()}.json`, 'application/json'])}>
          {tr.t('export_incidents')}
        </button>
      </div>
      {busy && <p class="muted">{tr.t('export_running', tr.t(busy))}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
