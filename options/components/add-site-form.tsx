import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';
import { requestOrigins } from '../../src/platform/permissions';
import { normaliseSiteUrl, originPattern } from '../../src/settings/site-url';

export function AddSiteForm() {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    const checked = normaliseSiteUrl(url);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(undefined);
    // Asked straight from the click (no await before it), or the browser refuses to ask.
    const granted = requestOrigins([originPattern(checked.url)]);
    void granted.then(async (ok) => {
      if (!ok) {
        setError(`Vigil was not allowed to reach ${new URL(checked.url).hostname}, so the site was not added. Add it again and choose "Allow".`);
        return;
      }
      const answer = await send('addSite', { url: checked.url, ...(name.trim() ? { name: name.trim() } : {}) });
      if (!answer.ok) setError(answer.error);
      else {
        setDone(`Added ${answer.site.name}; checking it now.`);
        setUrl('');
        setName('');
      }
    }, (e: unknown) => setError(`The browser refused the permission request: ${String((e as Error)?.message ?? e)}`));
  };

  return (
    <form class="add" onSubmit={submit} aria-labelledby="add-heading" noValidate>
      <h3 id="add-heading" class="visually-hidden">Add a site</h3>
      <div>
        <label for="add-url">Site address</label>
        <input
          id="add-url"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://www.example.europa.eu/"
          value={url}
          onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby="add-message"
          required
        />
      </div>
      <div>
        <label for="add-name">Name (optional)</label>
        <input id="add-name" name="name" type="text" value={name} maxLength={100} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </div>
      <button type="submit" class="primary">
        Add site
      </button>
      <p id="add-message" class="message" aria-live="polite" style={{ gridColumn: '1 / -1' }}>
        {error && <span class="error" role="alert">{error}</span>}
        {done && <span class="ok">{done}</span>}
      </p>
    </form>
  );
}
