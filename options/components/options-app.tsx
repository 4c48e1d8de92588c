import { problemText } from '../../src/settings/watchlist-file';
import { tr } from '../../ui/i18n';
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
      <h1>{tr.t('options_title')}</h1>
      <p class="muted">{tr.t('options_intro')}</p>
      {error && <p class="error" role="alert">{tr.t('data_unreadable', error)}</p>}
      {!data ? (
        <p class="muted" aria-busy="true">{tr.t('loading')}</p>
      ) : (
        <>
          {data.problems.length > 0 && (
            <p class="error" role="alert">{tr.t('options_damaged', data.problems.map((p) => problemText(tr, p)).join('; '))}</p>
          )}
          <section aria-labelledby="watchlist-heading">
            <h2 id="watchlist-heading">{tr.t('section_watchlist')}</h2>
            <WatchlistTable sites={data.watchlist.sites} />
            <AddSiteForm />
          </section>
          <section aria-labelledby="presets-heading">
            <h2 id="presets-heading">{tr.t('section_presets')}</h2>
            <Presets sites={data.watchlist.sites} />
          </section>
          <section aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{tr.t('section_schedule')}</h2>
            <IntervalSetting minutes={data.watchlist.settings.intervalMinutes} />
            <CheckSettings key={JSON.stringify(data.watchlist.settings)} settings={data.watchlist.settings} />
          </section>
          <section aria-labelledby="notifications-heading">
            <h2 id="notifications-heading">{tr.t('section_notifications')}</h2>
            <NotificationSettings />
          </section>
          <section aria-labelledby="file-heading">
            <h2 id="file-heading">{tr.t('section_files')}</h2>
            <ImportExport watchlist={data.watchlist} />
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{tr.t('section_history')}</h2>
            <HistorySection />
          </section>
          <section aria-labelledby="reset-heading">
            <h2 id="reset-heading">{tr.t('section_reset')}</h2>
            <ResetSection />
          </section>
        </>
      )}
    </main>
  );
}
