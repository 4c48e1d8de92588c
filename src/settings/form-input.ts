import { message, type Message, type MessageKey } from '../i18n/translator';
import { cleanText, isInvisible } from './clean-text';
import { normaliseCanaryUrl, type CanaryRules } from './site-url';
import { LOOPBACK_CANARIES_ALLOWED } from './build-flags';

/**
 * What a person typed into a form field, read as the watchlist format wants it. A refusal speaks of
 * the field as the form labels it ("Give up after must be 2 to 25 seconds"), never of the file's
 * path ("settings.timeoutSeconds"): the import keeps the paths, the forms keep their words.
 */

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: Message };

/** How the form names a field, and the unit its number counts. */
export interface NumberField {
  /** The field's name as its label says it, without the unit ("Give up after"). */
  label: MessageKey;
  unit: 'seconds' | 'milliseconds' | 'none';
  min: number;
  max: number;
}

const RANGE: Record<NumberField['unit'], MessageKey> = {
  seconds: 'input_range_seconds',
  milliseconds: 'input_range_ms',
  none: 'input_range',
};

/**
 * A whole number from a text field. An emptied field is "required", not "0" (Number('') is 0);
 * "1.5" and "1e1" are refused for not being whole numbers as written.
 */
export function readWholeNumber(raw: string, field: NumberField): FieldCheck<number> {
  const label = message(field.label);
  const text = raw.trim();
  if (!text) return { ok: false, error: message('input_required_number', label) };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, error: message('input_not_number', label, text) };
  if (!/^[+-]?\d+$/.test(text) || !Number.isInteger(value)) return { ok: false, error: message('input_not_whole', label, text) };
  if (value < field.min || value > field.max) return { ok: false, error: message(RANGE[field.unit], label, field.min, field.max) };
  return { ok: true, value };
}

/**
 * A name, group or expected text: controls and bidi overrides removed. Empty is allowed (the caller
 * falls back to a default); text that showed nothing once cleaned is refused.
 */
export function readText(raw: string, label: MessageKey, max: number): FieldCheck<string> {
  const clean = cleanText(raw);
  if (raw.trim() && isInvisible(clean)) return { ok: false, error: message('input_invisible', message(label)) };
  if (clean.length > max) return { ok: false, error: message('input_too_long', message(label), max) };
  return { ok: true, value: clean };
}

/**
 * The connection checks text area (the file's `canaries`): one address per line (or space), each one
 * public and https. Refused in the form's words: a person never read the word "canary".
 */
export function readCanaries(raw: string, max: number, rules: CanaryRules = { allowLoopback: LOOPBACK_CANARIES_ALLOWED }): FieldCheck<string[]> {
  const lines = raw.split(/\s+/).filter(Boolean);
  if (lines.length > max) return { ok: false, error: message('options_too_many_checks', max, lines.length) };
  const urls: string[] = [];
  for (const line of lines) {
    const checked = normaliseCanaryUrl(line, rules);
    if (!checked.ok) return { ok: false, error: message('input_field_problem', message('options_field_connection_checks'), inFormWords(checked.error)) };
    urls.push(checked.url);
  }
  return { ok: true, value: urls };
}

/** The address checks speak of "a canary" (the file's word); the form says "a connection check". */
function inFormWords(error: Message): Message {
  const key = FORM_WORDS[error.key];
  return key ? { ...error, key } : error;
}
const FORM_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  input_canary_not_public: 'options_check_not_public',
  input_canary_not_https: 'options_check_not_https',
};

/** Host names a site may redirect to, separated by commas or spaces, as the site editor takes them. */
export function readHosts(raw: string, label: MessageKey, max: number): FieldCheck<string[]> {
  const hosts = raw.split(/[\s,]+/).filter(Boolean);
  if (hosts.length > max) return { ok: false, error: message('options_hosts_over_limit', message(label), max) };
  // The file's rule (a DNS name, labels of letters, digits and hyphens), told with an example.
  const bad = hosts.find((h) => !/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/i.test(h));
  if (bad !== undefined) return { ok: false, error: message('options_hosts_bad', message(label), bad) };
  return { ok: true, value: hosts.map((h) => h.toLowerCase()) };
}
