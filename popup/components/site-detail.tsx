import { useEffect, useRef, useState } from 'preact/hooks';
import { shownStatus } from '../../src/monitor/shown-status';
import type { HistoryStore, SiteHistory } from '../../src/history/store';
import { honestFigure, honestWords, WINDOW_KEYS } from '../../src/history/honest-uptime';
import { UPTIME_WINDOWS } from '../../src/history/uptime';
import { ago, clockTime, formatDuration } from '../../src/i18n/format';
import type { Incident, Site, SiteState, SiteStatus } from '../../src/model';
import { downReason, stateReason } from '../../src/monitor/reason';
import { send } from '../../src/platform/messaging';
import { AvailabilityStrip } from '../../ui/availability-strip';
import { CrossCheckPanel } from '../../ui/crosscheck-panel';
import { tr } from '../../ui/i18n';
import { LatencyChart } from '../../ui/latency-chart';
import { TechnicalDetails } from '../../ui/technical-details';
import { pageHistory } from '../../ui/history';
import { DetailHeading } from './detail-heading';

interface Props {
  site: Site;
  state: SiteState | undefined;
  history: SiteHistory | undefined;
  incidents: readonly Incident[];
  now: number;
  onBack: () => void;
}

/** One site: since when, why, how often. */
export function SiteDetail({ site, state, history, incidents, now, onBack }: Props) {
  const [points, setPoints] = useState<Awaited<ReturnType<HistoryStore['latencyPoints']>>>();
  // 'busy' while the request is on its way; otherwise the background's refusal, in words.
  const [checking, setChecking] = useState<'busy' | { error: string }>();
  const back = useRef<HTMLButtonElement>(null);
  // The list's button that opened this view is gone: keyboard focus continues here.
  useEffect(() => back.current?.focus(), [site.url]);
  const lastCheckedAt = state?.lastCheckedAt;
  useEffect(() => {
    let alive = true;
    void pageHistory()
      .then((history) => history.latencyPoints(site.url, Date.now()))
      .then((p) => alive && setPoints(p));
    return () => {
      alive = false;
    };
  }, [site.url, lastCheckedAt]);

  const status: SiteStatus = shownStatus(site, state);
  const own = incidents.filter((i) => i.siteUrl === site.url);
  const checkThis = async () => {
    setChecking('busy');
    const answer = await send('checkNow', { siteUrl: site.url }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setChecking(answer.ok ? undefined : { error: answer.error });
  };

  return (
    <article class="detail" aria-labelledby="detail-name" data-detail-site={site.url}>
      <button type="button" class="back" onClick={onBack} ref={back}>
        {tr.t('detail_back')}
      </button>
      <DetailHeading site={site} status={status} />
      <p class={`reason status-${status}`}>{stateReason(tr, state, site)}</p>
      {status === 'shielded' && <p class="muted hint">{tr.t('plain_shielded_hint')}</p>}
      {lastCheckedAt && <p class="muted checked">{tr.t('plain_checked', ago(tr, lastCheckedAt, now))}</p>}
      {state?.last && <TechnicalDetails result={state.last} />}
      <p class="actions">
        <a href={site.url} target="_blank" rel="noopener noreferrer">
          {tr.t('detail_open_site')}
        </a>
        <button type="button" onClick={checkThis} disabled={checking === 'busy'}>
          {tr.t('detail_check_site')}
        </button>
        {checking && (
          <span class={checking === 'busy' ? 'muted' : 'error'} aria-live="polite">
            {checking === 'busy' ? tr.t('detail_checking') : checking.error}
          </span>
        )}
      </p>

      <CrossCheckPanel siteUrl={site.url} now={now} />

      <h2>{tr.t('detail_uptime')}</h2>
      {history ? (
        <table class="uptime-table">
          <caption class="visually-hidden">{tr.t('honest_table_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('uptime_period')}</th>
              <th scope="col">{tr.t('honest_table_seen')}</th>
            </tr>
          </thead>
          <tbody>
            {UPTIME_WINDOWS.map((w) => {
              // A percentage only where enough of the period was seen; time words elsewhere (honest-uptime.ts).
              const figure = honestFigure(history.uptime[w], history.since, now);
              return (
                <tr key={w} data-window={w} data-figure={figure.kind}>
                  <th scope="row">{tr.t(WINDOW_KEYS[w])}</th>
                  <td>{honestWords(tr, figure, tr.t(WINDOW_KEYS[w]), now)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="muted">{tr.t('detail_no_history')}</p>
      )}
      {history && <AvailabilityStrip days={history.strip} />}

      <h2>{tr.t('detail_response_time')}</h2>
      {points ? <LatencyChart points={points} from={now - 86_400_000} to={now} /> : <p class="muted">{tr.t('loading')}</p>}

      <h2>{tr.t('detail_outages')}</h2>
      {own.length ? (
        <ul class="incidents">
          {own.map((i) => (
            <li key={i.id} data-incident-open={i.end === undefined ? 'true' : 'false'}>
              <strong>{clockTime(tr, i.start)}</strong>
              {': '}
              {i.end === undefined
                ? tr.t('detail_outage_ongoing', downReason(tr, i.firstEvidence, site), formatDuration(tr, now - i.start))
                : tr.t('detail_outage_closed', downReason(tr, i.firstEvidence, site), formatDuration(tr, i.end - i.start))}
              <TechnicalDetails result={i.firstEvidence} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tr.t('detail_no_outage')}</p>
      )}
    </article>
  );
}
