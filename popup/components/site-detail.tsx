import { useEffect, useRef, useState } from 'preact/hooks';
import { latencyPoints, type SiteHistory } from '../../src/history/read';
import { describeAvailability, formatPercent, UPTIME_WINDOWS, type UptimeWindow } from '../../src/history/uptime';
import type { Incident, Site, SiteState, SiteStatus } from '../../src/model';
import { formatDuration } from '../../src/monitor/notice-text';
import { downReason, evidenceLine, stateReason } from '../../src/monitor/reason';
import { send } from '../../src/platform/messaging';
import { AvailabilityStrip } from '../../ui/availability-strip';
import { ago, clockTime } from '../../ui/format';
import { LatencyChart } from '../../ui/latency-chart';
import { StatusIcon } from '../../ui/status-icon';
import { historyDb } from '../../ui/use-vigil-data';

interface Props {
  site: Site;
  state: SiteState | undefined;
  history: SiteHistory | undefined;
  incidents: readonly Incident[];
  now: number;
  onBack: () => void;
}

const WINDOW_WORDS: Record<UptimeWindow, string> = { '24h': '24 hours', '7d': '7 days', '30d': '30 days', '90d': '90 days', '365d': '365 days' };

/** One site: since when, why, how often. */
export function SiteDetail({ site, state, history, incidents, now, onBack }: Props) {
  const [points, setPoints] = useState<Awaited<ReturnType<typeof latencyPoints>>>();
  const [checking, setChecking] = useState<string>();
  const back = useRef<HTMLButtonElement>(null);
  // The list's button that opened this view is gone: keyboard focus continues here.
  useEffect(() => back.current?.focus(), [site.url]);
  const lastCheckedAt = state?.lastCheckedAt;
  useEffect(() => {
    let alive = true;
    void historyDb()
      .then((db) => latencyPoints(db, site.url, Date.now()))
      .then((p) => alive && setPoints(p));
    return () => {
      alive = false;
    };
  }, [site.url, lastCheckedAt]);

  const status: SiteStatus = site.paused ? 'unknown' : (state?.status ?? 'unknown');
  const own = incidents.filter((i) => i.siteUrl === site.url);
  const checkThis = async () => {
    setChecking('Checking…');
    const answer = await send('checkNow', { siteUrl: site.url }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setChecking(answer.ok ? undefined : answer.error);
  };

  return (
    <article class="detail" aria-labelledby="detail-name" data-detail-site={site.url}>
      <button type="button" class="back" onClick={onBack} ref={back}>
        ← All sites
      </button>
      <h1 id="detail-name">
        <StatusIcon status={status} /> {site.name}
      </h1>
      <p class={`reason status-${status}`}>{stateReason(state, site)}</p>
      {state?.last && (
        <p class="muted evidence">
          {lastCheckedAt ? `Checked ${ago(lastCheckedAt, now)}: ` : ''}
          {evidenceLine(state.last)}
        </p>
      )}
      <p class="actions">
        <a href={site.url} target="_blank" rel="noopener noreferrer">
          Open the site
        </a>
        <button type="button" onClick={checkThis} disabled={checking === 'Checking…'}>
          Check this site now
        </button>
        {checking && <span class="muted" aria-live="polite">{checking}</span>}
      </p>

      <h2>Uptime</h2>
      {history ? (
        <table class="uptime-table">
          <caption class="visually-hidden">Availability by period, counting only observed time</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Available</th>
              <th scope="col">Shielded</th>
              <th scope="col">Observed</th>
            </tr>
          </thead>
          <tbody>
            {UPTIME_WINDOWS.map((w) => {
              const a = history.uptime[w];
              return (
                <tr key={w} data-window={w} title={describeAvailability(a, WINDOW_WORDS[w])}>
                  <th scope="row">{WINDOW_WORDS[w]}</th>
                  <td>{a.available === undefined ? '—' : formatPercent(a.available)}</td>
                  <td>{a.shielded === undefined ? '—' : formatPercent(a.shielded)}</td>
                  <td>{formatPercent(a.coverage, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="muted">No history yet: the first checks are on their way.</p>
      )}
      {history && <AvailabilityStrip days={history.strip} />}

      <h2>Response time, last 24 hours</h2>
      {points ? <LatencyChart points={points} from={now - 86_400_000} to={now} /> : <p class="muted">Loading…</p>}

      <h2>Outages, last 30 days</h2>
      {own.length ? (
        <ul class="incidents">
          {own.map((i) => (
            <li key={i.id} data-incident-open={i.end === undefined ? 'true' : 'false'}>
              <strong>{clockTime(i.start)}</strong>: {downReason(i.firstEvidence, site)},{' '}
              {i.end === undefined ? `ongoing for ${formatDuration(now - i.start)}` : `${formatDuration(i.end - i.start)}`}
              <br />
              <span class="muted">{evidenceLine(i.firstEvidence)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No outage in the last 30 days.</p>
      )}
    </article>
  );
}
