import { useVigilData } from '../../ui/use-vigil-data';
import { AddSiteForm } from './add-site-form';
import { CheckSettings } from './check-settings';
import { Presets } from './presets';
import { ResetSection } from './reset-section';
import { HistorySection } from './history-section';
import { ImportExport } from './import-export';
import { IntervalSetting } from './interval-setting';
import { NotificationSettings } from './notification-settings';
import { WatchlistTable } from './watchlist-table';

export function OptionsApp() {
  const { data, error } = useVigilData();
  return (
    <main>
      <h1>Vigil — Options</h1>
      <p class="muted">Vigil checks these sites from your own browser and tells you whether they are reachable.</p>
      {error && <p class="error" role="alert">Vigil could not read its data: {error}</p>}
      {!data ? (
        <p class="muted" aria-busy="true">Loading…</p>
      ) : (
        <>
          {data.problems.length > 0 && (
            <p class="error" role="alert">The stored watchlist was damaged ({data.problems.join('; ')}); the defaults are in use and the damaged copy was kept.</p>
          )}
          <section aria-labelledby="watchlist-heading">
            <h2 id="watchlist-heading">Watchlist</h2>
            <WatchlistTable sites={data.watchlist.sites} />
            <AddSiteForm />
          </section>
          <section aria-labelledby="presets-heading">
            <h2 id="presets-heading">Presets</h2>
            <Presets sites={data.watchlist.sites} />
          </section>
          <section aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">Schedule</h2>
            <IntervalSetting minutes={data.watchlist.settings.intervalMinutes} />
            <CheckSettings key={JSON.stringify(data.watchlist.settings)} settings={data.watchlist.settings} />
          </section>
          <section aria-labelledby="notifications-heading">
            <h2 id="notifications-heading">Notifications</h2>
            <NotificationSettings />
          </section>
          <section aria-labelledby="file-heading">
            <h2 id="file-heading">Import and export</h2>
            <ImportExport watchlist={data.watchlist} />
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <HistorySection />
          </section>
          <section aria-labelledby="reset-heading">
            <h2 id="reset-heading">Reset</h2>
            <ResetSection />
          </section>
        </>
      )}
    </main>
  );
}
