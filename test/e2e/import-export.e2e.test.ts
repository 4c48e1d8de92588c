/**
 * Watchlist files: importing one (Add, then Replace), refusing a bad one without changing anything,
 * and exporting the watchlist to a file that imports back unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { waitForTableRows } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { clickButton, setWatchlist, storedWatchlist, text, waitFor, watchlistOf } from './support/vigil';

forBrowsers(['chromium', 'firefox'], (kind) => {
  const v = useVigil(kind);

  it('the options page imports a watchlist file (Add, then Replace) and refuses a bad one, changing nothing', async () => {
    await setWatchlist(v.handle, watchlistOf([{ url: v.url('/ok/mine'), name: 'Mine' }], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 1);

    const bad = join(v.files, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'vigil-watchlist', version: 1, sites: [{ url: v.url('/ok/x') }, { url: 'ftp://nope.example' }] }));
    await v.handle.uploadFile(page as never, '#import-file', bad);
    await waitFor(async () => (await text(page, '[role="alert"]')).includes('sites[1].url'), { message: 'the bad-file message' });
    expect(await text(page, '[role="alert"]')).toContain('Nothing was changed');
    expect((await storedWatchlist(v.handle)).sites.map((s) => s.name)).toEqual(['Mine']);

    const good = join(v.files, 'good.json');
    const incoming = watchlistOf([{ url: v.url('/ok/imported-1'), name: 'Imported one', group: 'Tests', expectText: 'Parliament', hosts: ['127.0.0.1'], slowMs: 2500 }, { url: v.url('/ok/mine'), name: 'Mine again' }], v.canaries());
    writeFileSync(good, JSON.stringify(incoming));
    await v.handle.uploadFile(page as never, '#import-file', good);
    await waitFor(async () => (await text(page, '.preview')).includes('holds 2 sites (1 not watched yet)'), { message: 'the preview' });
    await clickButton(page, 'Add');
    await waitFor(async () => (await storedWatchlist(v.handle)).sites.length === 2, { message: 'the added site to be stored' });
    expect((await storedWatchlist(v.handle)).sites.map((s) => s.name)).toEqual(['Mine', 'Imported one']);
    expect((await storedWatchlist(v.handle)).sites[1]).toEqual(incoming.sites[0]);

    const replacement = watchlistOf([{ url: v.url('/ok/replacement'), name: 'Only me' }], v.canaries(), { attempts: 2, delaySeconds: 3 });
    writeFileSync(good, JSON.stringify(replacement));
    await v.handle.uploadFile(page as never, '#import-file', good);
    await waitFor(async () => (await text(page, '.preview')).includes('holds 1 site'), { message: 'the second preview' });
    await clickButton(page, 'Replace');
    await waitFor(async () => (await storedWatchlist(v.handle)).sites.length === 1, { message: 'the replacement' });
    expect(await storedWatchlist(v.handle)).toEqual(replacement);
  });

  it('"Export watchlist" downloads the watchlist file, which imports back unchanged', async () => {
    const list = watchlistOf([{ url: v.url('/ok/export'), name: 'Exported', group: 'G', expectText: 'Parliament', hosts: ['127.0.0.1'], slowMs: 1234 }], v.canaries(), { attempts: 3, delaySeconds: 7 });
    await setWatchlist(v.handle, list);
    const page = await v.options();
    await waitForTableRows(page, 1);
    const file = await v.handle.download(page as never, () => clickButton(page, 'Export watchlist'));
    expect(file.filename).toMatch(/^vigil-watchlist-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual(list);
  });
});
