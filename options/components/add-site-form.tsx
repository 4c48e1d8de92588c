import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';
import { requestOrigins } from '../../src/platform/permissions';
import { LIMITS } from '../../src/settings/defaults';
import { readText } from '../../src/settings/form-input';
import { normaliseSiteUrl, originPattern } from '../../src/settings/site-url';
import { tr } from '../../ui/i18n';

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
      setError(tr.say(checked.error));
      return;
    }
    const cleanName = readText(name, 'input_field_name', LIMITS.nameLength);
    if (!cleanName.ok) {
      setError(tr.say(cleanName.error));
      return;
    }
    setError(undefined);
    // Asked straight from the click (no await before it), or the browser refuses to ask.
    const granted = requestOrigins([originPattern(checked.url)]);
    void granted.then(async (ok) => {
      if (!ok) {
        setError(tr.t('add_not_allowed', new URL(checked.url).hostname));
        return;
      }
      const answer = await send('addSite', { url: checked.url, ...(cleanName.value ? { name: cleanName.value } : {}) });
      if (!answer.ok) setError(answer.error);
      else {
        setDone(tr.t('add_done', answer.site.name));
        setUrl('');
        setName('');
      }
    }, (e: unknown) => setError(tr.t('permission_refused', String((e as Error)?.message ?? e))));
  };

  return (
    <form class="add" onSubmit={submit} aria-labelledby="add-heading" noValidate>
      <h3 id="add-heading" class="visually-hidden">{tr.t('add_heading')}</h3>
      <div>
        <label for="add-url">{tr.t('add_url')}</label>
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
        <label for="add-name">{tr.t('add_name')}</label>
        <input id="add-name" name="name" type="text" value={name} maxLength={100} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </div>
      <button type="submit" class="primary">
        {tr.t('add_submit')}
      </button>
      <p id="add-message" class="message" aria-live="polite" style={{ gridColumn: '1 / -1' }}>
        {error && <span class="error" role="alert">{error}</span>}
        {done && <span class="ok">{done}</span>}
      </p>
    </form>
  );
}
