/**
 * Issue 12's trap, in a real Chromium: "Remove the EU institutions group" once removed 15 of the
 * user's own sites that merely used the group name "EU institutions", with no question and no undo.
 * Now a preset's removal is by its own addresses: disabled while none is watched, a question before
 * it removes more than one site, only the preset's sites gone, and Undo brings them back as they were.
 * Every site is paused: nothing here needs a check, so nothing depends on a network.
 */
import { expect, it } from 'vitest';
import { EU_GROUP, EU_INSTITUTIONS } from '../../src/settings/eu-institutions';
import { waitForTableRows } from './support/pages';
import { forBrowsers, useVigil } from './support/session';
import { clickButton, evaluate, setWatchlist, storedWatchlist, text, waitFor, watchlistOf, type AnyPage } from './support/vigil';

/** Whether the button a person finds by its name is there and can be pressed. */
const buttonState = (page: AnyPage, name: string) =>
  evaluate(page, (n: string) => {
    const button = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n);
    return button ? (button.disabled ? 'disabled' : 'enabled') : 'absent';
  }, name);
const focusedName = (page: AnyPage) => evaluate(page, () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
/** The focus moves in an effect after the re-render, a frame after the click: wait for it to land. */
const focusLandsOn = (page: AnyPage, name: string) =>
  waitFor(async () => (await focusedName(page)) === name, { message: `the focus on ${name}` });
const message = (page: AnyPage) => text(page, '#presets-heading ~ .field > .message');

forBrowsers(['chromium'], (kind) => {
  const v = useVigil(kind);
  // The user's own sites, under the preset's group name (local addresses; paused, so never checked).
  const own = Array.from({ length: 15 }, (_, i) => ({ url: `http://127.0.0.1:9/agency-${i}`, name: `Agency ${i}`, group: EU_GROUP, paused: true }));
  const eu = EU_INSTITUTIONS.map((s) => ({ ...s, paused: true }));

  it('with none of the preset watched, its Remove is disabled, and the user’s own "EU institutions" sites are safe', async () => {
    await setWatchlist(v.handle, watchlistOf(own, v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 15);
    expect(await buttonState(page, 'Remove the EU institutions')).toBe('disabled');
    expect(await buttonState(page, 'Remove the sites of Finland')).toBe('disabled');
    expect(await buttonState(page, 'Add all EU institutions')).toBe('enabled');
    expect((await storedWatchlist(v.handle)).sites).toEqual(own);
  });

  it('with the preset watched, it asks first, removes only the preset’s addresses, and Undo brings them back', async () => {
    await setWatchlist(v.handle, watchlistOf([...own, ...eu], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 26);

    await clickButton(page, 'Remove the EU institutions');
    expect(await text(page, '[role="alertdialog"]')).toContain('Remove the 11 sites of EU institutions from your watchlist? Your own sites stay, even those in the same group.');
    // The safe answer has the focus: Enter pressed by habit removes nothing.
    await focusLandsOn(page, 'Keep them');
    await clickButton(page, 'Keep them');
    await focusLandsOn(page, 'Remove the EU institutions');
    expect((await storedWatchlist(v.handle)).sites).toHaveLength(26);

    await clickButton(page, 'Remove the EU institutions');
    await clickButton(page, 'Remove them');
    await waitForTableRows(page, 15, 'the preset’s 11 rows to go');
    expect((await storedWatchlist(v.handle)).sites).toEqual(own);
    await waitFor(async () => (await message(page)).startsWith('Removed 11 sites of EU institutions.'), { message: 'the removal said, with Undo' });
    expect(await buttonState(page, 'Remove the EU institutions')).toBe('disabled');

    await clickButton(page, 'Undo');
    await waitForTableRows(page, 26, 'the preset’s rows back');
    await waitFor(async () => (await message(page)) === 'Brought back 11 sites.', { message: 'the Undo said' });
    const back = (await storedWatchlist(v.handle)).sites;
    expect(back.slice(0, 15)).toEqual(own);
    // Back as they were: names, group, paused.
    expect(back.slice(15)).toEqual(eu);
  });

  it('a preset with one site watched is removed at once, since Undo is there, which puts it back in its place', async () => {
    const one = eu[0]!;
    await setWatchlist(v.handle, watchlistOf([own[0]!, one, own[1]!], v.canaries()));
    const page = await v.options();
    await waitForTableRows(page, 3);
    await clickButton(page, 'Remove the EU institutions');
    await waitForTableRows(page, 2, 'the one preset row to go');
    expect(await evaluate(page, () => document.querySelectorAll('[role="alertdialog"]').length)).toBe(0);
    expect((await storedWatchlist(v.handle)).sites).toEqual(own.slice(0, 2));
    await waitFor(async () => (await message(page)).startsWith('Removed 1 site of EU institutions.'), { message: 'the removal said' });
    await clickButton(page, 'Undo');
    await waitForTableRows(page, 3, 'the row back');
    expect((await storedWatchlist(v.handle)).sites).toEqual([own[0], one, own[1]]);
  });
});
