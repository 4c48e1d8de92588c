import { useState } from 'preact/hooks';
import type { Site } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { DEFAULT_SLOW_MS, LIMITS } from '../../src/settings/defaults';
import { readHosts, readText, readWholeNumber } from '../../src/settings/form-input';
import { tr } from '../../ui/i18n';

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
    // Read as the file format wants it, refused in the form's own words; the background checks again.
    const cleanName = readText(name, 'input_field_name', LIMITS.nameLength);
    const cleanGroup = readText(group, 'input_field_group', LIMITS.groupLength);
    const cleanExpect = readText(expectText, 'input_field_expect', LIMITS.expectTextLength);
    const hostList = readHosts(hosts, 'editor_hosts', LIMITS.hosts);
    const slow = slowMs.trim() ? readWholeNumber(slowMs, { label: 'input_field_slow', unit: 'milliseconds', ...LIMITS.slowMs }) : undefined;
    // The first refusal, in the order of the fields on screen.
    if (!cleanName.ok) return setError(tr.say(cleanName.error));
    if (!cleanGroup.ok) return setError(tr.say(cleanGroup.error));
    if (!cleanExpect.ok) return setError(tr.say(cleanExpect.error));
    if (!hostList.ok) return setError(tr.say(hostList.error));
    if (slow && !slow.ok) return setError(tr.say(slow.error));
    if (!cleanName.value) return setError(tr.t('input_required_text', tr.t('input_field_name')));
    const next: Site = { url: site.url, name: cleanName.value };
    if (cleanGroup.value) next.group = cleanGroup.value;
    if (cleanExpect.value) next.expectText = cleanExpect.value;
    if (hostList.value.length) next.hosts = hostList.value;
    if (slow) next.slowMs = slow.value;
    if (paused) next.paused = true;
    const answer = await send('updateSite', { url: site.url, site: next });
    if (answer.ok) onDone();
    else setError(answer.error);
  };

  return (
    <form class="site-editor" onSubmit={save} aria-label={tr.t('editor_label', site.name)} noValidate>
      <label for={id('name')}>{tr.t('editor_name')}</label>
      <input id={id('name')} value={name} maxLength={100} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      <label for={id('group')}>{tr.t('editor_group')}</label>
      <input id={id('group')} value={group} maxLength={60} onInput={(e) => setGroup((e.target as HTMLInputElement).value)} />
      <label for={id('expect')}>{tr.t('editor_expect')}</label>
      <input id={id('expect')} value={expectText} maxLength={200} placeholder={tr.t('editor_expect_hint')} onInput={(e) => setExpectText((e.target as HTMLInputElement).value)} />
      <label for={id('hosts')}>{tr.t('editor_hosts')}</label>
      <input id={id('hosts')} value={hosts} placeholder={tr.t('editor_hosts_hint')} onInput={(e) => setHosts((e.target as HTMLInputElement).value)} />
      <label for={id('slow')}>{tr.t('editor_slow')}</label>
      <input id={id('slow')} type="number" inputMode="numeric" min={LIMITS.slowMs.min} max={LIMITS.slowMs.max} step={100} value={slowMs} placeholder={String(DEFAULT_SLOW_MS)} onInput={(e) => setSlowMs((e.target as HTMLInputElement).value)} />
      <label>
        <input type="checkbox" checked={paused} onChange={(e) => setPaused((e.target as HTMLInputElement).checked)} /> {tr.t('editor_paused')}
      </label>
      <div class="buttons">
        <button type="submit" class="primary">
          {tr.t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {tr.t('cancel')}
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
