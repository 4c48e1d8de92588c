import { useState } from 'preact/hooks';
import { send } from '../../src/platform/messaging';
import { requestOrigins } from '../../src/platform/permissions';
import { originPattern } from '../../src/settings/site-url';
import type { Site } from '../../src/model';
import { tr } from '../../ui/i18n';

/**
 * A site Vigil may not reach: one click asks the browser for that site's permission (it must be
 * asked straight from the click), then checks the site at once.
 */
export function PermissionButton({ site }: { site: Site }) {
  const [refused, setRefused] = useState(false);
  const ask = () => {
    void requestOrigins([originPattern(site.url)]).then(
      async (granted) => {
        setRefused(!granted);
        if (granted) await send('checkNow', { siteUrl: site.url });
      },
      () => setRefused(true),
    );
  };
  return (
    <span class="permission">
      <button type="button" onClick={ask}>
        {tr.t('permission_allow', site.name)}
      </button>
      {refused && <span class="muted"> {tr.t('permission_refused')}</span>}
    </span>
  );
}
