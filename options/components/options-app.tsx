import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../src/i18n/translator';
import { problemText } from '../../src/settings/watchlist-file';
import { tr } from '../../ui/i18n';
import { useVigilData } from '../../ui/use-vigil-data';
import { AddSiteForm } from './add-site-form';
import { CheckSettings } from './check-settings';
import { CrossCheckSettings } from './crosscheck-settings';
import { Presets } from './presets';
import { ResetSection } from './reset-section';
import { HistorySection } from './history-section';
import { ImportExport } from './import-export';
import { IntervalSetting } from './interval-setting';
import { NotificationSettings } from './notification-settings';
import { WatchlistTable } from './watchlist-table';

/** One part of the page, a landmark named by its heading ("#<id>-heading"). */
function Section({ id, title, children }: { id: string; title: MessageKey; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{tr.t(title)}</h2>
      {children}
    </section>
  );
}

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
          <Section id="watchlist" title="section_watchlist">
            <WatchlistTable sites={data.watchlist.sites} states={data.states} />
            <AddSiteForm />
          </Section>
          <Section id="presets" title="section_presets">
            <Presets sites={data.watchlist.sites} />
          </Section>
          <Section id="schedule" title="section_schedule">
            <IntervalSetting minutes={data.watchlist.settings.intervalMinutes} />
            <CheckSettings settings={data.watchlist.settings} />
          </Section>
          <Section id="notifications" title="section_notifications">
            <NotificationSettings />
          </Section>
          <Section id="crosscheck" title="crosscheck_section">
            <CrossCheckSettings />
          </Section>
          <Section id="file" title="section_files">
            <ImportExport watchlist={data.watchlist} />
          </Section>
          <Section id="history" title="section_history">
            <HistorySection />
          </Section>
          <Section id="reset" title="section_reset">
            <ResetSection />
          </Section>
        </>
      )}
    </main>
  );
}
