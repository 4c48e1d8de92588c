import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';

/** Back to the defaults, after saying exactly what will happen. */
export function ResetSection() {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string>();
  const reset = async () => {
    const answer = await send('reset', {});
    setAsking(false);
    setMessage(answer.ok ? 'Vigil was reset: it watches the EU institutions with the default settings.' : answer.error);
  };
  return (
    <div class="field">
      {asking ? (
        <div role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            Replace your watchlist, check settings and notification settings with the defaults (the EU institutions)? Your history is kept. Export your
            watchlist first if you want to keep it.
          </p>
          <div class="buttons">
            <button type="button" class="primary" onClick={reset}>
              Reset now
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Keep my settings
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => (setMessage(undefined), setAsking(true))}>
          Reset Vigil…
        </button>
      )}
      {message && <p aria-live="polite">{message}</p>}
    </div>
  );
}
