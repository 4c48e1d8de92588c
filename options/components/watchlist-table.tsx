import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SiteEditor } from './site-editor';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { serialiseWatchlist } from '../../src/settings/watchlist-file';
import { defaultSettings } from '../../src/settings/defaults';

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
    const file = serialiseWatchlist({ format: 'vigil-watchlist', version: 1, settings: defaultSettings(), sites: [site] });
    const answer = await send('importWatchlist', { text: file, mode: 'add' });
    if (answer.ok) setRemoved(undefined);
    else setError(answer.error);
  };

  return (
    <>
      {sites.length ? (
        <table class="watchlist">
          <caption class="visually-hidden">Watched sites</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Group</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <Fragment key={site.url}>
                <tr data-site-url={site.url}>
                  <td>
                    {site.name}
                    {site.paused ? <span class="muted"> (paused)</span> : null}
                  </td>
                  <td class="url">{site.url}</td>
                  <td>{site.group ?? ''}</td>
                  <td class="row-actions">
                    <button type="button" aria-label={`Edit ${site.name}`} aria-expanded={editing === site.url} onClick={() => setEditing(editing === site.url ? undefined : site.url)}>
                      Edit
                    </button>
                    <button type="button" aria-label={`Remove ${site.name}`} onClick={() => remove(site)}>
                      Remove
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
        <p class="muted">No site is watched. Add one below, or import a watchlist file.</p>
      )}
      <div aria-live="polite">
        {removed && (
          <p class="message">
            Removed {removed.name}.{' '}
            <button type="button" onClick={() => undo(removed)}>
              Undo
            </button>
          </p>
        )}
        {error && <p class="error" role="alert">{error}</p>}
      </div>
    </>
  );
}
