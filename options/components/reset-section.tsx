import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';
import { tr } from '../../ui/i18n';

/** Back to the defaults, after saying exactly what will happen. */
export function ResetSection() {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string>();
  const reset = async () => {
    const answer = await send('reset', {});
    setAsking(false);
    setMessage(answer.ok ? tr.t('reset_done') : answer.error);
  };
  return (
    <div class="field">
      {asking ? (
        <div role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{tr.t('reset_question')}</p>
          <div class="buttons">
            <button type="button" class="primary" onClick={reset}>
              {tr.t('reset_now')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {tr.t('reset_keep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => (setMessage(undefined), setAsking(true))}>
          {tr.t('reset_ask')}
        </button>
      )}
      {message && <p aria-live="polite">{message}</p>}
    </div>
  );
}
