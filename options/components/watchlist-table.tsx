import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SiteEditor } from './site-editor';
import { SiteStatusCell } from './site-status-cell';
import { putBack, type Removed } from './put-back';
import type { Site, SiteState } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { siteMatches } from '../../src/settings/watchlist-search';
import { tr } from '../../ui/i18n';
import { siteName } from '../../ui/site-name';

interface Props {
  sites: readonly Site[];
  /** Stored states by address: the status column shows what the popup shows. */
  states: ReadonlyMap<string, SiteState>;
}

/**
 * The watchlist as a table a long list stays usable in: a search field (name, address, group), each
 * site's status, long names and addresses wrapped and clamped with the full text in a tooltip, so
 * the row's buttons stay on screen. Remove offers Undo.
 */
export function WatchlistTable({ sites, states }: Props) {
  const [removed, setRemoved] = useState<Removed>();
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');

  const remove = async (site: Site) => {
    setError(undefined);
    const answer = await send('removeSite', { url: site.url });
    if (answer.ok) setRemoved({ site, index: sites.findIndex((s) => s.url === site.url) });
    else setError(answer.error);
  };
  const undo = async (removal: Removed) => {
    const answer = await putBack([removal]);
    if (answer.ok) setRemoved(undefined);
    else setError(answer.error);
  };

  const shown = sites.filter((site) => siteMatches(site, siteName(site), query));
  const searching = query.trim() !== '';
  return (
    <>
      {sites.length > 0 && (
        <div class="field watchlist-search">
          <label for="watchlist-search">{tr.t('options_search_label')}</label>
          <input id="watchlist-search" type="search" value={query} aria-describedby="watchlist-search-hint watchlist-search-count" aria-controls={shown.length ? 'watchlist-table' : undefined} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />{' '}
          <span id="watchlist-search-hint" class="muted">
            {tr.t('options_search_hint')}
          </span>
          <p id="watchlist-search-count" class="muted" role="status">
            {searching ? (shown.length ? tr.t('options_search_shown', shown.length, sites.length) : tr.t('options_search_none', query.trim())) : ''}
          </p>
        </div>
      )}
      {sites.length ? (
        shown.length > 0 && (
          <table id="watchlist-table" class="watchlist">
            <caption class="visually-hidden">{tr.t('sites_label')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr.t('editor_name')}</th>
                <th scope="col">{tr.t('options_table_status')}</th>
                <th scope="col">{tr.t('table_address')}</th>
                <th scope="col">{tr.t('editor_group')}</th>
                <th scope="col">
                  <span class="visually-hidden">{tr.t('table_actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((site) => (
                <Fragment key={site.url}>
                  <tr data-site-url={site.url}>
                    <td class="name" title={siteName(site)}>
                      <span class="clamp">{siteName(site)}</span>
                      {site.paused ? <span class="muted"> {tr.t('table_paused')}</span> : null}
                    </td>
                    <SiteStatusCell site={site} state={states.get(site.url)} />
                    <td class="url" title={site.url}>
                      <span class="clamp">{site.url}</span>
                    </td>
                    <td class="group" title={site.group}>
                      <span class="clamp">{site.group ?? ''}</span>
                    </td>
                    <td class="row-actions">
                      <button type="button" aria-label={tr.t('table_edit_label', siteName(site))} aria-expanded={editing === site.url} onClick={() => setEditing(editing === site.url ? undefined : site.url)}>
                        {tr.t('table_edit')}
                      </button>
                      <button type="button" aria-label={tr.t('table_remove_label', siteName(site))} onClick={() => remove(site)}>
                        {tr.t('table_remove')}
                      </button>
                    </td>
                  </tr>
                  {editing === site.url && (
                    <tr class="editor-row">
                      <td colSpan={5}>
                        <SiteEditor site={site} onDone={() => setEditing(undefined)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <p class="muted">{tr.t('table_empty')}</p>
      )}
      <div aria-live="polite">
        {removed && (
          <p class="message">
            {tr.t('table_removed', siteName(removed.site))}{' '}
            <button type="button" onClick={() => undo(removed)}>
              {tr.t('table_undo')}
            </button>
          </p>
        )}
        {error && <p class="error" role="alert">{error}</p>}
      </div>
    </>
  );
}
