import { useState } from 'preact/hooks';
import type { WatchSettings } from '../../src/model';
import { send } from '../../src/platform/messaging';
import { tr } from '../../ui/i18n';

/** Timeout, confirmation and canaries: how a check decides. */
export function CheckSettings({ settings }: { settings: WatchSettings }) {
  const [timeout, setTimeoutSeconds] = useState(String(settings.timeoutSeconds));
  const [attempts, setAttempts] = useState(String(settings.retry.attempts));
  const [delay, setDelay] = useState(String(settings.retry.delaySeconds));
  const [canaries, setCanaries] = useState(settings.canaries.join('\n'));
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  const save = async (event: Event) => {
    event.preventDefault();
    const next: WatchSettings = {
      ...settings,
      timeoutSeconds: Number(timeout),
      retry: { attempts: Number(attempts), delaySeconds: Number(delay) },
      canaries: canaries.split(/\s+/).filter(Boolean),
    };
    const answer = await send('updateSettings', { settings: next });
    setResult(answer.ok ? { ok: true, text: tr.t('saved') } : { ok: false, text: answer.error });
  };

  return (
    <form class="check-settings" onSubmit={save} aria-labelledby="checks-heading" noValidate>
      <h3 id="checks-heading">{tr.t('checks_heading')}</h3>
      <label for="timeout">{tr.t('checks_timeout')}</label>
      <input id="timeout" type="number" min={2} max={25} value={timeout} onInput={(e) => setTimeoutSeconds((e.target as HTMLInputElement).value)} />
      <label for="attempts">{tr.t('checks_attempts')}</label>
      <input id="attempts" type="number" min={0} max={5} value={attempts} onInput={(e) => setAttempts((e.target as HTMLInputElement).value)} />
      <label for="delay">{tr.t('checks_delay')}</label>
      <input id="delay" type="number" min={1} max={120} value={delay} onInput={(e) => setDelay((e.target as HTMLInputElement).value)} />
      <label for="canaries">{tr.t('checks_canaries')}</label>
      <textarea id="canaries" rows={3} value={canaries} onInput={(e) => setCanaries((e.target as HTMLTextAreaElement).value)} />
      <div class="buttons">
        <button type="submit">{tr.t('checks_save')}</button>
      </div>
      {result && (
        <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
    </form>
  );
}
