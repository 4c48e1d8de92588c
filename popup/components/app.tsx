import { useEffect, useState } from 'preact/hooks';
import { roundIsRunning, type RoundProgress } from '../../src/model';
import { ago } from '../../src/i18n/format';
import { isItMe } from '../../src/monitor/is-it-me';
import { browser } from '../../src/platform/browser';
import { send } from '../../src/platform/messaging';
import { problemText } from '../../src/settings/watchlist-file';
import { tr } from '../../ui/i18n';
import { StorageFullNotice } from '../../ui/storage-full';
import { useVigilData } from '../../ui/use-vigil-data';
import { OfflinePanel } from './offline-panel';
import { OutageNotices } from './outage-notices';
import { QuietNotice } from './quiet-notice';
import { SiteDetail } from './site-detail';
import { SiteList } from './site-list';

/** "#site=<url>" opens a site's detail: notifications link there. */
function siteFromHash(): string | undefined {
  const match = /^#site=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export function App() {
  const { data, error } = useVigilData();
  const storedRunning = Boolean(data?.round?.running);
  useEffect(() => {
    // A round stored as running may have lost its worker (the browser stopped the background): a
    // page cannot tell, so it wakes the background, which finishes a cut round before anything
    // else. A live worker just answers.
    if (storedRunning) void send('wake', {}).catch(() => undefined);
  }, [storedRunning]);
  const [detail, setDetail] = useState<string | undefined>(siteFromHash);
  const [requestedAt, setRequestedAt] = useState<number>();
  const [commandError, setCommandError] = useState<string>();
  const [offlineRowsShown, setOfflineRowsShown] = useState(false);

  if (error) return <main><p class="error" role="alert">{tr.t('data_unreadable', error)}</p></main>;
  if (!data) return <main aria-busy="true"><p class="muted">{tr.t('loading')}</p></main>;

  const { watchlist, states, round } = data;
  const detailSite = detail ? watchlist.sites.find((s) => s.url === detail) : undefined;
  if (detailSite) {
    return (
      <main>
        <SiteDetail
          site={detailSite}
          state={states.get(detailSite.url)}
          history={data.history.get(detailSite.url)}
          incidents={data.incidents}
          now={data.now}
          onBack={() => {
            history.replaceState(null, '', location.pathname);
            setDetail(undefined);
          }}
        />
      </main>
    );
  }
  // The first line answers "is it me?"; it is drawn from the states alone, never waiting for the history.
  const glance = isItMe(tr, watchlist.sites, states, watchlist.settings.canaries);
  const sites = new Map(watchlist.sites.map((s) => [s.url, s]));
  // An open outage is said under its site's row when the site is listed as down.
  const outages = new Map(data.incidents.filter((i) => i.end === undefined && states.get(i.siteUrl)?.status === 'down').map((i) => [i.siteUrl, i]));
  const rowsHidden = glance.allOffline && !offlineRowsShown;
  // Busy from the click until the round it started has finished (the stored round says so).
  const waitingForStart =
    requestedAt !== undefined && !(round && round.startedAt >= requestedAt - 1000) && data.now - requestedAt < 5000;
  const running = roundIsRunning(round, data.now);
  // Stored as running, but its worker is gone: the background is woken to finish it.
  const interrupted = !running && Boolean(round?.running && round.pending?.length);
  const busy = running || waitingForStart || interrupted;

  const checkNow = async () => {
    setCommandError(undefined);
    setRequestedAt(Date.now());
    const answer = await send('checkNow', {}).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!answer.ok || answer.total === 0) {
      setRequestedAt(undefined);
      if (!answer.ok) setCommandError(answer.error);
    }
  };

  return (
    <>
      {/* data-history: whether the history has been drawn yet (the first screen never waits for it); for the bench and tests. */}
      <main data-history={data.historyRead ? 'drawn' : 'waiting'}>
        <div class="top">
          <h1>
            <span class="visually-hidden">{tr.t('popup_heading_prefix')}</span>
            <span class={`summary ${glance.tone}`} role="status">
              {glance.line}
            </span>
          </h1>
          {/* Stays enabled during a round: a click then joins it, and wakes a worker that was stopped mid-round. */}
          <button type="button" class="primary" onClick={checkNow} disabled={!watchlist.sites.length}>
            {tr.t('check_now')}
          </button>
        </div>
        {busy && (
          <p class="progress muted" aria-live="polite">
            {interrupted ? tr.t('round_interrupted') : running && round ? tr.t('round_progress', round.done, round.total) : tr.t('round_starting')}
            {running && round?.resumed ? <span class="resumed"> ({tr.t('round_resumed')})</span> : null}
            <progress max={running && round ? round.total : 1} value={running && round ? round.done : 0} aria-hidden="true" />
          </p>
        )}
        <QuietNotice now={data.now} />
        {commandError && <p class="error" role="alert">{commandError}</p>}
        {data.workerProblem && <p class="error" role="alert">{tr.t('worker_start_failed', data.workerProblem.error)}</p>}
        {data.health.full && <StorageFullNotice full={data.health.full} />}
        {data.problems.length > 0 && (
          <p class="error" role="alert">{tr.t('popup_damaged', data.problems.map((p) => problemText(tr, p)).join('; '))}</p>
        )}
        {watchlist.sites.length ? (
          <>
            {glance.allOffline && (
              <OfflinePanel count={glance.summary.counts.offline} shown={!rowsHidden} onToggle={() => setOfflineRowsShown(!offlineRowsShown)} onOptions={openOptions} />
            )}
            <div id="site-lists" hidden={rowsHidden}>
              <SiteList sites={watchlist.sites} states={states} history={data.history} outages={outages} crossChecks={data.crossChecks} busy={busy} now={data.now} onOpen={setDetail} />
            </div>
            <OutageNotices incidents={data.incidents} shownInList={new Set(outages.keys())} crossChecks={data.crossChecks} sites={sites} now={data.now} onOpen={setDetail} />
          </>
        ) : (
          <p class="empty muted">
            {tr.t('popup_empty')}{' '}
            <a href="#" onClick={openOptions}>
              {tr.t('popup_empty_link')}
            </a>
          </p>
        )}
      </main>
      <footer class="muted">
        <span>{lastRoundText(round, data.now)}</span>
        <a href="#" onClick={openOptions}>
          {tr.t('options_link')}
        </a>
      </footer>
    </>
  );
}

function openOptions(event: Event) {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
}

function lastRoundText(round: RoundProgress | undefined, now: number): string {
  if (!round || roundIsRunning(round, now) || !round.finishedAt || !round.total) return tr.t('footer_schedule');
  return tr.t(round.resumed ? 'footer_last_round_resumed' : 'footer_last_round', ago(tr, round.finishedAt, now));
}
