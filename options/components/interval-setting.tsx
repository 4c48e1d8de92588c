import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';
import { tr } from '../../ui/i18n';

const CHOICES = [1, 2, 5, 10, 15, 30, 60];

export function IntervalSetting({ minutes }: { minutes: number }) {
  const [error, setError] = useState<string>();
  const choices = CHOICES.includes(minutes) ? CHOICES : [...CHOICES, minutes].sort((a, b) => a - b);
  const change = async (event: Event) => {
    const answer = await send('setInterval', { minutes: Number((event.target as HTMLSelectElement).value) });
    setError(answer.ok ? undefined : answer.error);
  };
  return (
    <div class="field">
      <label for="interval">{tr.t('interval_label')}</label>
      <select id="interval" value={String(minutes)} onChange={change}>
        {choices.map((m) => (
          <option key={m} value={String(m)}>
            {tr.n('interval_minutes', m)}
          </option>
        ))}
      </select>
      <p class="muted">{tr.t('interval_explain')}</p>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
