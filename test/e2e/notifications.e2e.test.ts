/**
 * Notifications: once per confirmed outage and once per recovery, never for a single transient
 * failure, one for several outages in the same round, none once the person turns them off. Each test
 * starts with no notification shown and the preferences at their defaults (session.ts).
 */
import { expect, it } from 'vitest';
import { PREFS_KEY } from '../../src/settings/preferences';
import { lines, notificationsEnabled, waitForRoundEnd, watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import {
  badgeText, byUrl, clearNotifications, clickButton, evaluate, noticeTexts, notificationIds, text, waitFor, waitForRows,
} from './support/vigil';

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('notifies once when an outage is confirmed and once when the site recovers', async () => {
    const site = { url: v.url('/ok/notify'), name: 'Flipping site' };
    const { page } = await watchAndOpen(v, [site]);
    await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the site to be up');
    expect(await badgeText(v.handle)).toBe('');

    v.server.setRoute('/ok/notify', { status: 503, body: 'Service Unavailable' });
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'down', 'the outage to be confirmed');
    // An empty list is truthy: wait for the notification itself, not just for an answer.
    const downIds = await waitFor(async () => {
      const ids = (await notificationIds(v.handle)).filter((id) => id.startsWith('down:'));
      return ids.length ? ids : undefined;
    }, { message: 'the outage notification' });
    expect(downIds).toHaveLength(1);
    expect(await badgeText(v.handle)).toBe('1');
    const down = (await noticeTexts(v.handle)).find((n) => n.id === downIds[0]);
    expect(down).toMatchObject({ title: 'Flipping site is down', delivered: true });
    expect(down?.message).toMatch(/^The server says it is unavailable \(HTTP 503\)\./);
    // The site's row says why and since when; no second copy of it in a notice.
    const row = `[data-site-url="${site.url}"] .outage-for`;
    await waitFor(async () => (await text(page, row)).length > 0, { message: 'the outage in the row' });
    expect(await text(page, row)).toMatch(/^Down for \d+ min, since .+$/);

    // Still down at the next check: no second notification.
    await clickButton(page, 'Check now');
    await waitForRoundEnd(page);
    expect((await notificationIds(v.handle)).filter((id) => id.startsWith('down:'))).toHaveLength(1);

    v.server.setRoute('/ok/notify', null);
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the recovery');
    const ids = await waitFor(async () => {
      const all = await notificationIds(v.handle);
      return all.some((id) => id.startsWith('recovered:')) ? all : undefined;
    }, { message: 'the recovery notification' });
    expect(ids.filter((id) => id.startsWith('recovered:'))).toHaveLength(1);
    expect((await noticeTexts(v.handle)).find((n) => n.id.startsWith('recovered:') && n.siteUrl === site.url)?.title).toBe('Flipping site is back');
    expect(await badgeText(v.handle)).toBe('');
    // The notice moves to the last 30 days: its sentence on one line, the check in plain words on the next.
    await waitFor(async () => (await evaluate(page, () => document.querySelectorAll('[data-incident-open="true"]').length)) === 0, { message: 'no open notice' });
    expect(await lines(page, `[data-incident-open="false"][data-incident-site="${site.url}"]`)).toEqual([
      expect.stringMatching(/^Flipping site was down .+ for \d+ min — the server says it is unavailable \(HTTP 503\)$/),
      expect.stringMatching(/^answered in \d+ ms$/),
    ]);
  });

  it('a single transient failure changes nothing and notifies nobody', async () => {
    const site = { url: v.url('/flaky'), name: 'Flaky' };
    const { page } = await watchAndOpen(v, [site]);
    await waitForRows(page, (r) => byUrl(r, site.url)?.status === 'up', 'the flaky site to be judged up');
    expect(v.server.hits('/flaky')).toBe(2); // the failure and its confirmation re-probe
    expect(await notificationIds(v.handle)).toEqual([]);
  });

  it('several outages in one round make one notification; none at all once notifications are off', async () => {
    const sites = [1, 2, 3].map((i) => ({ url: v.url(`/ok/group-${i}`), name: `Agency ${i}`, group: 'Agencies' }));
    const { page } = await watchAndOpen(v, sites, { retry: { attempts: 0, delaySeconds: 1 } });
    await waitForRows(page, (r) => r.length === 3 && r.every((x) => x.status === 'up'), 'three sites up');
    for (const i of [1, 2, 3]) v.server.setRoute(`/ok/group-${i}`, { status: 503 });
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => r.every((x) => x.status === 'down'), 'three sites down');
    const ids = await waitFor(async () => ((await notificationIds(v.handle)).length ? notificationIds(v.handle) : undefined), { message: 'the grouped notification' });
    expect(ids).toEqual([expect.stringMatching(/^group-down:\d+,\d+,\d+$/)]);

    // Options → Notifications → off: the recoveries that follow show nothing.
    const opts = await v.options();
    await waitFor(async () => (await evaluate(opts, () => document.querySelectorAll('#notifications-heading + div input[type=checkbox]').length)) === 2, { message: 'the notification settings' });
    await opts.bringToFront();
    await opts.click('#notifications-heading + div input[type=checkbox]');
    await waitFor(async () => (await notificationsEnabled(v.handle, PREFS_KEY)) === false, { message: 'notifications switched off' });
    await clearNotifications(v.handle);
    for (const i of [1, 2, 3]) v.server.setRoute(`/ok/group-${i}`, null);
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => r.every((x) => x.status === 'up'), 'the recoveries');
    await waitForRoundEnd(page);
    expect(await notificationIds(v.handle)).toEqual([]);
    expect((await noticeTexts(v.handle)).filter((n) => n.kind === 'recovered' && n.siteUrl.includes('/ok/group-')).every((n) => n.delivered)).toBe(true);
  });
});
