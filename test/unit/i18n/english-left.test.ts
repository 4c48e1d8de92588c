import { describe, expect, it } from 'vitest';
import { catalogs, languages, source } from './catalogs';
import { englishWords } from './english-words';

/**
 * No English left in a translated catalog: a message word for word the English one, or one with a
 * word only English has, is a message nobody translated. Names (Vigil, HTTP, Globalping …) are no
 * translation's business; they are taken out before the words are read.
 */

/** Messages that are the same in English and in every language, and why. */
const SAME_EVERYWHERE: Record<string, string> = {
  ext_short_name: 'the name, Vigil',
  badge_line: '"Vigil — " and the summary, which is translated',
  popup_heading_prefix: '"Vigil: " before the summary',
  reason_http: 'HTTP and its status code',
  evidence_retry_after: 'the Retry-After header by its name, and the SI symbol s',
  badge_offline_text: 'the badge has room for three letters; "off" is the README\'s and the tests\' symbol for "your connection is down"',
};

/** Messages the same as English in one language, because that language writes them so. */
const SAME_IN: Record<string, Record<string, string>> = {
  fr: {
    evidence_total: '"total" is French',
    options_link: '"Options" is French',
    options_title: '"Vigil — Options": French',
    section_notifications: '"Notifications" is French',
    table_actions: '"Actions" is French',
    interval_minutes_one: '"minute" is French',
    interval_minutes_many: '"minutes" is French',
    interval_minutes_other: '"minutes" is French',
  },
  de: {
    add_name: '"Name (optional)" is German',
    editor_name: '"Name" is German',
    input_field_name: '"Name" is German',
    export_heading: '"Export" is German',
    options_table_status: '"Status" is German',
    options_status_offline: '"Offline" is German',
  },
  cs: { export_heading: '"Export" is Czech (export dat)' },
  da: { options_table_status: '"Status" is Danish (as in "Statuskode")' },
  sk: { export_heading: '"Export" is Slovak (export údajov)' },
  sv: { export_heading: '"Export" is Swedish', uptime_period: '"Period" is Swedish', options_table_status: '"Status" is Swedish (HTTP-status, status)' },
  lt: { interval_minutes_few: '"minutes" is the Lithuanian accusative plural of minutė ("kas 2 minutes")' },
  nl: { options_table_status: '"Status" is Dutch (de status), the usual column heading in Dutch interfaces' },
};

describe('no English left in a translation', () => {
  const translated = languages.filter((lang) => lang !== 'en');

  it.each(translated)('%s: no message is the English one word for word, except names (listed with the reason)', (lang) => {
    const same = Object.entries(catalogs[lang]!)
      // A key English no longer has is the locale test's to report.
      .filter(([key, entry]) => key !== 'locale' && entry.message === source(key)?.message)
      // A message of placeholders and punctuation only has nothing to translate.
      .filter(([, entry]) => /\p{L}/u.test(entry.message.replace(/\$[a-z0-9_@]+\$/gi, '')))
      .map(([key]) => key)
      .filter((key) => !(key in SAME_EVERYWHERE) && !(key in (SAME_IN[lang] ?? {})));
    expect(same).toEqual([]);
  });

  it.each(translated)('%s: no message holds a word only English has', (lang) => {
    const found = Object.entries(catalogs[lang]!).flatMap(([key, entry]) => englishWords(entry.message, lang, key).map((word) => `${key}: "${word}" in ${entry.message}`));
    expect(found).toEqual([]);
  });

  it('finds what it looks for', () => {
    expect(englishWords('Le site est en panne', 'fr', 'x')).toEqual([]);
    expect(englishWords('Witryna jest niedostępna: check the settings', 'pl', 'x')).toEqual(['check', 'the', 'settings']);
    expect(englishWords('Strona $NAME$ jest down', 'pl', 'x')).toEqual(['down']);
    expect(englishWords('Sites surveillés', 'fr', 'x')).toEqual([]);
    expect(englishWords('Vigil — Globalping, Retry-After, https://www.europarl.europa.eu/', 'pl', 'x')).toEqual([]);
  });
});
