/**
 * Names, groups and expected texts come from files and forms and end up in notification titles,
 * where a right-to-left override turns "Parliament ‮gnp.exe‬" into something else on screen, and
 * invisible-only text makes a row with no name. Cleaned at the door, so every page shows the same.
 */

// C0 and C1 controls, DEL; bidi embeddings, overrides and isolates (U+202A–E, U+2066–9); the
// direction marks (U+200E/F, U+061C); zero-width space, word joiner and invisible operators
// (U+200B, U+2060–4), the BOM (U+FEFF), the Mongolian vowel separator (U+180E), interlinear
// annotation marks (U+FFF9–B), the tag characters (U+E0000–7F, invisible, used to smuggle text)
// and halves of a broken surrogate pair.
const REMOVED = /[\p{Cs}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;
// Line breaks and tabs in a one-line field become spaces (then runs of spaces become one).
const SPACING = /[\t\n\r\u2028\u2029\u0085]/g;
// Zero-width (non-)joiners shape Persian, Indic scripts and emoji sequences: kept between two
// visible characters, removed anywhere else (where they could only hide something).
const STRAY_JOINER = /(?<![^\s\u200C\u200D])[\u200C\u200D]+|[\u200C\u200D]+(?![^\s\u200C\u200D])/gu;
// Characters that draw nothing on their own: spaces, marks, format characters, Hangul fillers, the Braille blank.
const INVISIBLE = /^[\s\p{Z}\p{M}\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

export function cleanText(text: string): string {
  return text.replace(SPACING, ' ').replace(REMOVED, '').replace(STRAY_JOINER, '').replace(/\s+/gu, ' ').trim();
}

/** True when nothing would show on screen: the text is refused rather than stored as a blank name. */
export function isInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** For quoting what a file held in an error message: every removed character shown as \uXXXX. */
export function showInvisible(text: string): string {
  return text.replace(new RegExp(`${REMOVED.source}|[\\u200C\\u200D]`, 'gu'), (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
