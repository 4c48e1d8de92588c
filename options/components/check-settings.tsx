import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message } from '../../src/i18n/translator';
import type { WatchSettings } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { LIMITS } from '../../src/settings/defaults';
import { readCanaries, readWholeNumber, type FieldCheck, type NumberField } from '../../src/settings/form-input';
import { tr } from '../../ui/i18n';

const FIELDS = {
  timeout: { label: 'input_field_timeout', unit: 'seconds', ...LIMITS.timeoutSeconds },
  attempts: { label: 'input_field_attempts', unit: 'none', ...LIMITS.retryAttempts },
  delay: { label: 'input_field_delay', unit: 'seconds', ...LIMITS.retryDelaySeconds },
} as const satisfies Record<string, NumberField>;

type FieldId = keyof typeof FIELDS | 'canaries';

/** Timeout, confirmation and connection checks (the file's canaries): how a check decides. */
export function CheckSettings({ settings }: { settings: WatchSettings }) {
  const [timeout, setTimeoutSeconds] = useState(String(settings.timeoutSeconds));
  const [attempts, setAttempts] = useState(String(settings.retry.attempts));
  const [delay, setDelay] = useState(String(settings.retry.delaySeconds));
  const [canaries, setCanaries] = useState(settings.canaries.join('\n'));
  const [result, setResult] = useState<{ ok: boolean; text: string; field?: FieldId }>();
  const form = useRef<HTMLFormElement>(null);

  // Stored settings changed (here or elsewhere): show them. The form stays mounted, so "Saved."
  // and the focus survive the save's own echo from storage.
  const stored = JSON.stringify(settings);
  useEffect(() => {
    setTimeoutSeconds(String(settings.timeoutSeconds));
    setAttempts(String(settings.retry.attempts));
    setDelay(String(settings.retry.delaySeconds));
    setCanaries(settings.canaries.join('\n'));
  }, [stored]);

  const save = async (event: Event) => {
    event.preventDefault();
    const fail = (field: FieldId, error: Message) => {
      setResult({ ok: false, text: tr.say(error), field });
      form.current?.querySelector<HTMLElement>(`#${field}`)?.focus();
    };
    const read: Array<[FieldId, FieldCheck<number>]> = [
      ['timeout', readWholeNumber(timeout, FIELDS.timeout)],
      ['attempts', readWholeNumber(attempts, FIELDS.attempts)],
      ['delay', readWholeNumber(delay, FIELDS.delay)],
    ];
    for (const [field, check] of read) if (!check.ok) return fail(field, check.error);
    const list = readCanaries(canaries, LIMITS.canaries);
    if (!list.ok) return fail('canaries', list.error);
    const [t, a, d] = read.map(([, check]) => (check.ok ? check.value : 0));
    const next: WatchSettings = { ...settings, timeoutSeconds: t!, retry: { attempts: a!, delaySeconds: d! }, canaries: list.value };
    setResult(undefined);
    const answer = await send('updateSettings', { settings: next });
    setResult(answer.ok ? { ok: true, text: tr.t('saved') } : { ok: false, text: answer.error || tr.t('input_not_saved') });
  };

  // A change after "Saved." is not saved yet: the word goes until the next save.
  const edit = (set: (v: string) => void, value: string) => {
    set(value);
    if (result?.ok) setResult(undefined);
  };
  const invalid = (field: FieldId) => (result?.field === field ? 'true' : 'false');
  const number = (id: keyof typeof FIELDS, label: Parameters<typeof tr.t>[0], value: string, set: (v: string) => void) => (
    <>
      <label for={id}>{tr.t(label)}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        step={1}
        min={FIELDS[id].min}
        max={FIELDS[id].max}
        value={value}
        required
        aria-invalid={invalid(id)}
        aria-describedby={result?.field === id ? 'checks-error' : undefined}
        onInput={(e) => edit(set, (e.target as HTMLInputElement).value)}
      />
    </>
  );

  return (
    <form ref={form} class="check-settings" onSubmit={save} aria-labelledby="checks-heading" noValidate>
      <h3 id="checks-heading">{tr.t('checks_heading')}</h3>
      {number('timeout', 'checks_timeout', timeout, setTimeoutSeconds)}
      {number('attempts', 'checks_attempts', attempts, setAttempts)}
      {number('delay', 'checks_delay', delay, setDelay)}
      <label for="canaries">{tr.t('options_checks_connection')}</label>
      <textarea id="canaries" rows={3} value={canaries} aria-invalid={invalid('canaries')} aria-describedby={result?.field === 'canaries' ? 'checks-error' : undefined} onInput={(e) => edit(setCanaries, (e.target as HTMLTextAreaElement).value)} />
      <div class="buttons">
        <button type="submit">{tr.t('checks_save')}</button>
      </div>
      {/* A live region present from the start, so "Saved." is announced without moving the focus. */}
      <p class="ok" role="status">
        {result?.ok ? result.text : ''}
      </p>
      {result && !result.ok && (
        <p id="checks-error" class="error" role="alert">
          {result.text}
        </p>
      )}
    </form>
  );
}
