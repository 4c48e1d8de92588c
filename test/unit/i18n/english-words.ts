/**
 * Words that give away an untranslated English message: common in Vigil's English catalog and in
 * no other EU language as a word of its own. Left out on purpose: "is", "of", "in" (Dutch), "are"
 * (Romanian), "add" (Hungarian), "time" (Danish), "offline", "online", "export", "import", "browser"
 * (used as they are in many EU languages).
 */
const TELL_TALE = new Set(
  ('the and with your you not from this that when while which only yet been there here about after before again cannot ' +
    'site sites down checked check checks checking settings setting reachable unreachable watchlist outage outages ' +
    'slow shielded since now remove removed history hours days response failed every could would should please click permission')
    .split(' '),
);

/** Words a language has of its own, so they are no sign of English there. */
const NATIVE: Record<string, Record<string, string>> = {
  site: { fr: 'French "site"', nl: 'Dutch "site"', pt: 'Portuguese "site"', ro: 'Romanian "site", as in "site-ul"' },
  sites: { fr: 'French plural', nl: 'Dutch plural', pt: 'Portuguese plural' },
};

/** Words a message quotes as names, in every language: the watchlist file's JSON fields. */
const QUOTED_NAMES: Record<string, readonly string[]> = {
  file_not_object: ['format', 'version', 'sites'],
};

/** Names kept as they are in every language, taken out before the words are read. */
const NAMES = /\b(Vigil|Globalping|Retry-After|Cloudflare|Akamai|Imperva|DDoS-Guard|Myra Security|Anubis|HTTP|HTTPS|DNS|TLS|JSON|CSV|CERT-EU|EUR-Lex|ENISA)\b/g;

/** The English tell-tale words in one translated message (names, addresses and placeholders taken out). */
export function englishWords(message: string, lang: string, key: string): string[] {
  const text = message
    .replace(/\$[a-z0-9_@]+\$/gi, ' ')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ')
    .replace(NAMES, ' ');
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((w) => TELL_TALE.has(w) && !NATIVE[w]?.[lang] && !QUOTED_NAMES[key]?.includes(w));
}
