import { useEffect, useState } from 'preact/hooks';
import { expandHours } from '../../src/history/bucket-store';
import { unpackHour } from '../../src/history/checks';
import { bucketsCsv, incidentsJson, samplesCsv } from '../../src/history/export';
import { dailyBuckets } from '../../src/history/read';
import { formatBytes } from '../../src/monitor/reason';
import { downloadText } from '../../ui/download';
import { historyDb } from '../../ui/use-vigil-data';

/** Space used, and the history exports (README "History exports"). */
export function HistorySection() {
  const [usage, setUsage] = useState<{ usage?: number; quota?: number }>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    navigator.storage?.estimate().then(setUsage, () => setUsage({}));
  }, []);

  const run = (label: string, make: () => Promise<[string, string, string]>) => async () => {
    setBusy(label);
    setError(undefined);
    try {
      const [text, fileName, type] = await make();
      downloadText(text, fileName, type);
    } catch (e) {
      setError(`${label} failed: ${String((e as Error)?.message ?? e)}`);
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
            Vigil's history uses <strong data-storage-used={usage.usage}>{formatBytes(usage.usage)}</strong> of this browser's storage. It keeps every check for 48
            hours, hourly figures for 90 days, daily figures and every incident for years, and prunes the oldest detail first if it grows past 50 MB.
          </>
        ) : (
          'Measuring the space used…'
        )}
      </p>
      <div class="buttons" aria-busy={busy ? 'true' : 'false'}>
        <button type="button" disabled={Boolean(busy)} onClick={run('Export of the checks', async () => [samplesCsv((await (await historyDb()).getAll('samples')).flatMap(unpackHour)), `vigil-checks-${stamp()}.csv`, 'text/csv'])}>
          Export checks (CSV)
        </button>
        <button type="button" disabled={Boolean(busy)} onClick={run('Export of the hourly history', async () => [bucketsCsv('hour', expandHours(await (await historyDb()).getAll('hourly'))), `vigil-hourly-${stamp()}.csv`, 'text/csv'])}>
          Export hourly history (CSV)
        </button>
        <button type="button" disabled={Boolean(busy)} onClick={run('Export of the daily history', async () => [bucketsCsv('day', await dailyBuckets(await historyDb())), `vigil-daily-${stamp()}.csv`, 'text/csv'])}>
          Export daily history (CSV)
        </button>
        <button type="button" disabled={Boolean(busy)} onClick={run('Export of the incidents', async () => [incidentsJson(await (await historyDb()).getAll('incidents'), Date.now()), `vigil-incidents-${stamp()}.json`, 'application/json'])}>
          Export incidents (JSON)
        </button>
      </div>
      {busy && <p class="muted">{busy}…</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
