import { useEffect, useState } from 'preact/hooks';
import { ago, formatMs } from '../src/i18n/format';
import type { Translator } from '../src/i18n/translator';
import { keyValueCrossCheckStore, PENDING_KEY, RESULTS_KEY } from '../src/crosscheck/store';
import { publicPage, type CrossCheck, type CrossCheckProbe, type PendingCrossCheck } from '../src/crosscheck/types';
import { countryName, sayVerdict } from '../src/crosscheck/words';
import { shieldWords } from '../src/monitor/reason';
import { send } from '../src/platform/messaging';
import { localStore, watchStored } from '../src/platform/storage';
import { tr } from './i18n';

interface Props {
  siteUrl: string;
  now: number;
}

const store = keyValueCrossCheckStore(localStore);

/** The site's latest cross-check and whether one is being polled, kept fresh from storage. */
function useCrossCheck(siteUrl: string): { latest?: CrossCheck; pending?: PendingCrossCheck } {
  const [seen, setSeen] = useState<{ latest?: CrossCheck; pending?: PendingCrossCheck }>({});
  useEffect(() => {
    let alive = true;
    const read = () =>
      void Promise.all([store.results(siteUrl), store.pending()]).then(([results, pending]) => {
        if (alive) setSeen({ latest: results[0], pending: pending.find((p) => p.siteUrl === siteUrl) });
      });
    read();
    const stop = watchStored([RESULTS_KEY, PENDING_KEY], read);
    return () => {
      alive = false;
      stop();
    };
  }, [siteUrl]);
  return seen;
}

/** One remote probe's result in the words of Vigil's own statuses. */
export function probeWords(t: Translator, p: Pick<CrossCheckProbe, 'verdict' | 'cause' | 'fingerprint' | 'httpStatus' | 'timeMs'>): string {
  switch (p.verdict) {
    case 'up':
      return t.t('state_up');
    case 'slow':
      return t.t('state_slow', formatMs(t, p.timeMs ?? 0));
    case 'shielded':
      return t.t('state_shielded', shieldWords(t, p.fingerprint === undefined ? {} : { fingerprint: p.fingerprint }));
    case 'down':
      if (p.cause === 'http' && p.httpStatus !== undefined) return t.t('state_down', t.t('reason_http', p.httpStatus));
      return p.cause === 'dns' ? t.t('crosscheck_unresolved') : t.t('crosscheck_unreachable');
  }
}

function ownWords(t: Translator, own: NonNullable<CrossCheck['own']>): string {
  if (own.status === 'offline') return t.t('state_offline');
  if (own.status === 'unknown') return t.t('state_not_checked');
  return probeWords(t, { verdict: own.status, ...(own.cause ? { cause: own.cause } : {}), ...(own.httpStatus !== undefined ? { httpStatus: own.httpStatus } : {}), ...(own.timeMs !== undefined ? { timeMs: own.timeMs } : {}) });
}

/**
 * "Down for everyone, or just me?" for one site: the button that asks Globalping, the verdict in one
 * sentence (`data-crosscheck-verdict`), and what each remote probe saw beside this browser's own result.
 */
export function CrossCheckPanel({ siteUrl, now }: Props) {
  const { latest, pending } = useCrossCheck(siteUrl);
  // 'busy': the command is on its way; a number: asked at that time, waiting for the stored verdict.
  const [asked, setAsked] = useState<'busy' | number>();
  const [error, setError] = useState<string>();
  const waiting = asked === 'busy' || (typeof asked === 'number' && !(latest && latest.at >= asked - 5000));
  const running = waiting || pending !== undefined;

  const ask = async () => {
    setError(undefined);
    setAsked('busy');
    const answer = await send('crossCheck', { siteUrl }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!answer.ok) {
      setAsked(undefined);
      setError(answer.error);
    } else setAsked(answer.running ? Date.now() : undefined);
  };

  return (
    <section class="crosscheck" aria-labelledby="crosscheck-heading">
      <h2 id="crosscheck-heading">{tr.t('crosscheck_heading')}</h2>
      <p class="actions">
        <button type="button" onClick={ask} disabled={running}>
          {tr.t('crosscheck_button')}
        </button>
        {error && (
          <span class="error" role="alert">
            {error}
          </span>
        )}
      </p>
      {running ? (
        <p class="muted" data-crosscheck-verdict="running" aria-live="polite">
          {tr.t('crosscheck_running')}
        </p>
      ) : (
        latest && (
          <p class={`crosscheck-verdict verdict-${latest.verdict}`} data-crosscheck-verdict={latest.verdict} aria-live="polite">
            {sayVerdict(tr, latest.words, now)}
          </p>
        )
      )}
      {!running && latest && (
        <>
          <p class="muted">
            {tr.t('crosscheck_made', ago(tr, latest.at, now))}
            {latest.measurementId && (
              <>
                {' · '}
                <a href={publicPage(latest.measurementId)} target="_blank" rel="noopener noreferrer">
                  {tr.t('crosscheck_public_page')}
                </a>
              </>
            )}
          </p>
          {latest.excluded > 0 && <p class="muted">{tr.n('crosscheck_excluded', latest.excluded)}</p>}
          {latest.probes.length > 0 && (
            <table class="uptime-table crosscheck-probes">
              <caption class="visually-hidden">{tr.t('crosscheck_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr.t('crosscheck_col_country')}</th>
                  <th scope="col">{tr.t('crosscheck_col_city')}</th>
                  <th scope="col">{tr.t('crosscheck_col_network')}</th>
                  <th scope="col">{tr.t('crosscheck_col_verdict')}</th>
                  <th scope="col">{tr.t('crosscheck_col_status')}</th>
                  <th scope="col">{tr.t('crosscheck_col_time')}</th>
                </tr>
              </thead>
              <tbody>
                {latest.own && (
                  <tr data-probe="own" data-verdict={latest.own.status}>
                    <th scope="row" colSpan={3}>
                      {tr.t('crosscheck_own_row')}
                    </th>
                    <td>{ownWords(tr, latest.own)}</td>
                    <td>{latest.own.httpStatus ?? '—'}</td>
                    <td>{latest.own.timeMs === undefined ? '—' : formatMs(tr, latest.own.timeMs)}</td>
                  </tr>
                )}
                {latest.probes.map((p, i) => (
                  <tr key={i} data-probe={p.country} data-verdict={p.verdict}>
                    <th scope="row">{countryName(tr, p.country)}</th>
                    <td>{p.city}</td>
                    <td>{p.network}</td>
                    <td>{probeWords(tr, p)}</td>
                    <td>{p.httpStatus ?? '—'}</td>
                    <td>{p.timeMs === undefined ? '—' : formatMs(tr, p.timeMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
