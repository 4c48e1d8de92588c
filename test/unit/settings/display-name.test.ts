import { describe, expect, it } from 'vitest';
import { displayName, withDisplayNames } from '../../../src/settings/presets/display-name';
import { EU_INSTITUTIONS } from '../../../src/settings/eu-institutions';
import { presetById } from '../../../src/settings/presets/index';

const EP = EU_INSTITUTIONS[0]!;

describe('displayName', () => {
  it('shows an EU institution in the reader’s language, its stored English name kept', () => {
    expect(EP.name).toBe('European Parliament');
    expect(displayName(EP, 'fr')).toBe('Parlement européen');
    expect(displayName(EP, 'de-AT')).toBe('Europäisches Parlament');
    expect(displayName(EP, 'pl')).toBe('Parlament Europejski');
    expect(displayName(EP, 'el')).toBe('Ευρωπαϊκό Κοινοβούλιο');
    expect(displayName(EP, 'ga')).toBe('Parlaimint na hEorpa');
    expect(displayName(EP, 'en-GB')).toBe('European Parliament');
  });

  it('keeps a name the user chose, and any site that is not a preset’s', () => {
    expect(displayName({ ...EP, name: 'Parliament (work)' }, 'fr')).toBe('Parliament (work)');
    expect(displayName({ url: 'https://example.org/', name: 'Example' }, 'fr')).toBe('Example');
    // The same address with another path is another site.
    expect(displayName({ url: 'https://www.europarl.europa.eu/news/', name: 'European Parliament' }, 'fr')).toBe('European Parliament');
  });

  it('a preset name stored in another language still follows the reader', () => {
    expect(displayName({ ...EP, name: 'Europäisches Parlament' }, 'fr')).toBe('Parlement européen');
  });

  it('falls back to the country’s own language where the reader’s is missing', () => {
    const fi = presetById('fi')!.entries.find((e) => e.kind === 'parliament')!;
    expect(fi.name).toBe(fi.names.fi);
    expect(displayName(fi, 'sv')).toBe(fi.names.sv);
    expect(displayName(fi, 'ja')).toBe(fi.names.fi);
    expect(displayName(fi, 'en')).toBe(fi.names.en ?? fi.names.fi);
  });

  it('withDisplayNames renames only what it must and never touches the address', () => {
    const mine = { url: 'https://example.org/', name: 'Example', group: 'Mine' };
    const out = withDisplayNames([EP, mine], 'fr');
    expect(out[0]).toEqual({ ...EP, name: 'Parlement européen' });
    expect(out[1]).toBe(mine);
  });
});
