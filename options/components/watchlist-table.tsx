import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SiteEditor } from './site-editor';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { serialiseWatchlist } from '../../src/settings/watchlist-file';
import { watchlistOf } from '../../src/settings/defaults';
import { tr } from '../../ui/i18n';
import { siteName } from '../../ui/site-name';

interface Props {
  sites: readonly Site[];
}

export function WatchlistTable({ sites }: Props) {
  const [removed, setRemoved] = useState<Site>();
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();

  const remove = async (site: Site) => {
    setError(undefined);
    const answer = await send('removeSite', { url: site.url });
    if (answer.ok) setRemoved(site);
    else setError(answer.error);
  };
  // Undo puts the site back with every field it had (group, expected text …).
  const undo = async (site: Site) => {
    const file = serialiseWatchlist(watchlistOf([site]));
    const answer = await send('importWatchlist', { text: file, mode: 'add' });
    if (answer.ok) setRemoved(undefined);
    else setError(answer.error);
  };

  return (
    <>
      {sites.length ? (
        <table class="watchlist">
          <caption class="visually-hidden">{tr.t('sites_label')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('editor_name')}</th>
              <th scope="col">{tr.t('table_address')}</th>
              <th scope="col">{tr.t('editor_group')}</th>
              <th scope="col">
                <span class="visually-hidden">{tr.t('table_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <Fragment key={site.url}>
                <tr data-site-url={site.url}>
                  <td>
                    {siteName(site)}
                    {site.paused ? <span class="muted"> {tr.t('table_paused')}</span> : null}
                  </td>
                  <td class="url">{site.url}</td>
                  <td>{site.group ?? ''}</td>
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
                    <td colSpan={4}>
                      <SiteEditor site={site} onDone={() => setEditing(undefined)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{tr.t('table_empty')}</p>
      )}
      <div aria-live="polite">
        {removed && (
          <p class="message">
            {tr.t('table_removed', removed.name)}{' '}
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
