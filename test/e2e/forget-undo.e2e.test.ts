/**
 * Removing a site that is down, then Undo: one incident, no second "down" notification, and when
 * the site recovers its one outage closes (issue 11: no orphans).
 */
import { expect, it } from 'vitest';
import { readDb } from '../../scripts/lib/extension-db.mjs';
import { watchAndOpen } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { byUrl, clickButton, noticeTexts, notificationIds, waitFor, waitForRows } from './support/vigil';

interface StoredIncident {
  id: number;
  siteUrl: string;
  end?: number;
  endedBy?: string;
}

forBrowsers(['chromium'], (kind) => {
  const v = useVigil(kind);

  it('Remove then Undo of a down site keeps its one outage, with no second notification', async () => {
    const flaky = { url: v.url('/ok/forget-undo'), name: 'Comes and goes' };
    const calm = { url: v.url('/ok/forget-calm'), name: 'Calm' };
    v.server.setRoute('/ok/forget-undo', { status: 503, body: 'unavailable' });
    const { page } = await watchAndOpen(v, [flaky, calm], { retry: { attempts: 0, delaySeconds: 1 } });
    await waitFor(async () => (await notificationIds(v.handle)).length === 1, { message: 'the outage notification' });
    const incidents = async (): Promise<StoredIncident[]> => ((await readDb(v.handle, { store: 'incidents', urls: [flaky.url] })) as StoredIncident[]);
    const [first] = await incidents();
    expect(first).toMatchObject({ siteUrl: flaky.url });
    expect(first!.end).toBeUndefined();

    const options = await v.options();
    await clickButton(options, `Remove ${flaky.name}`);
    // Forgotten: the outage is closed as "no longer watched", kept in the history.
    await waitFor(async () => (await incidents())[0]?.endedBy === 'unwatched', { message: 'the outage closed as no longer watched' });
    await clickButton(options, 'Undo');
    await waitFor(async () => (await incidents())[0]?.end === undefined, { message: 'the outage open again after Undo' });

    // Checked again while still down: the same incident, no second notice or notification.
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => byUrl(r, flaky.url)?.status === 'down', 'the site down again after Undo');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await incidents()).map((i) => i.id)).toEqual([first!.id]);
    expect((await noticeTexts(v.handle)).filter((n) => n.kind === 'down' && n.siteUrl === flaky.url)).toHaveLength(1);
    expect(await notificationIds(v.handle)).toHaveLength(1);

    // It recovers: that one outage closes, and the row says up.
    v.server.setRoute('/ok/forget-undo', null);
    await clickButton(page, 'Check now');
    await waitForRows(page, (r) => byUrl(r, flaky.url)?.status === 'up', 'the recovery');
    await waitFor(async () => (await incidents())[0]?.end !== undefined, { message: 'the outage closed by the recovery' });
    const closed = await incidents();
    expect(closed).toHaveLength(1);
    expect(closed[0]!.endedBy).toBeUndefined();
  });
});
