import { useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';

interface Props {
  site: Site;
  onDone: () => void;
}

/** Every per-site setting of the watchlist file, edited in place; the background validates. */
export function SiteEditor({ site, onDone }: Props) {
  const [name, setName] = useState(site.name);
  const [group, setGroup] = useState(site.group ?? '');
  const [expectText, setExpectText] = useState(site.expectText ?? '');
  const [hosts, setHosts] = useState((site.hosts ?? []).join(', '));
  const [slowMs, setSlowMs] = useState(site.slowMs === undefined ? '' : String(site.slowMs));
  const [paused, setPaused] = useState(Boolean(site.paused));
  const [error, setError] = useState<string>();
  const id = (field: string) => `edit-${field}`;

  const save = async (event: Event) => {
    event.preventDefault();
    const next: Site = { url: site.url, name: name.trim() };
    if (group.trim()) next.group = group.trim();
    if (expectText.trim()) next.expectText = expectText.trim();
    const hostList = hosts.split(/[\s,]+/).filter(Boolean);
    if (hostList.length) next.hosts = hostList;
    if (slowMs.trim()) next.slowMs = Number(slowMs);
    if (paused) next.paused = true;
    const answer = await send('updateSite', { url: site.url, site: next });
    if (answer.ok) onDone();
    else setError(answer.error);
  };

  return (
    <form class="site-editor" onSubmit={save} aria-label={`Settings of ${site.name}`} noValidate>
      <label for={id('name')}>Name</label>
      <input id={id('name')} value={name} maxLength={100} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      <label for={id('group')}>Group</label>
      <input id={id('group')} value={group} maxLength={60} onInput={(e) => setGroup((e.target as HTMLInputElement).value)} />
      <label for={id('expect')}>Expected text</label>
      <input id={id('expect')} value={expectText} maxLength={200} placeholder="text the real page always shows" onInput={(e) => setExpectText((e.target as HTMLInputElement).value)} />
      <label for={id('hosts')}>Allowed hosts</label>
      <input id={id('hosts')} value={hosts} placeholder="the site's own domain" onInput={(e) => setHosts((e.target as HTMLInputElement).value)} />
      <label for={id('slow')}>Slow after (ms)</label>
      <input id={id('slow')} type="number" min={100} max={60000} step={100} value={slowMs} placeholder="3000" onInput={(e) => setSlowMs((e.target as HTMLInputElement).value)} />
      <label>
        <input type="checkbox" checked={paused} onChange={(e) => setPaused((e.target as HTMLInputElement).checked)} /> Paused (not checked)
      </label>
      <div class="buttons">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
