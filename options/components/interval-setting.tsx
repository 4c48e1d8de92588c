import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';

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
      <label for="interval">Check each site every</label>
      <select id="interval" value={String(minutes)} onChange={change}>
        {choices.map((m) => (
          <option key={m} value={String(m)}>
            {m === 1 ? '1 minute' : `${m} minutes`}
          </option>
        ))}
      </select>
      <p class="muted">Each check is spread by a little random delay, and a site that is down is checked less often, so that many Vigil users do not add to an attack.</p>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
