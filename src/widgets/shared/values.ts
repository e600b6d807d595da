/**
 * How the widgets read what a partner's page gives them. An attribute can be
 * removed and a property set to anything (`undefined`, `null`, a number, an
 * object), before or after the element upgrades: these readers never throw.
 * A missing value quietly gives the documented default; a wrong one gives the
 * default too, with a console warning that names the attribute.
 */

/** Receives a warning about one attribute, e.g. `hours is longer than 120 characters`. */
export type Warn = (message: string) => void;

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which could reorder what is shown. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Describes a value for a warning: `phone="abc"` for text, `phone (a number)` for anything else. */
function describe(name: string, value: unknown): string {
  if (typeof value === 'string') return `${name}="${value}"`;
  return `${name} (${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`})`;
}

/**
 * The text of a string property, or `undefined` when it is not set
 * (`undefined`, `null` or blank). Anything but a string warns and counts as
 * not set.
 * @example
 * readText(' 9–5 ', 'hours', warn) // => '9–5'
 * readText(42, 'hours', warn)      // => undefined, and warns 'hours (a number) is not text …'
 */
export function readText(value: unknown, name: string, warn: Warn): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') {
    warn(`${describe(name, value)} is not text, so the default is used.`);
    return undefined;
  }
  return value.trim() || undefined;
}

/**
 * A boolean property: `true` or `false` as given; not set is `false`; any
 * other value warns and counts as `false`.
 * @example
 * readBoolean(undefined, 'emergency-note', warn) // => false
 * readBoolean('yes', 'emergency-note', warn)     // => false, and warns
 */
export function readBoolean(value: unknown, name: string, warn: Warn): boolean {
  if (typeof value === 'boolean') return value;
  if (value != null) warn(`${describe(name, value)} is not true or false, so false is used.`);
  return false;
}

/**
 * One of `allowed`, or `fallback` (the first) when not set; an unknown value warns.
 * @example
 * readChoice('huge', 'variant', ['button', 'banner'], warn) // => 'button', and warns
 */
export function readChoice<T extends string>(value: unknown, name: string, allowed: readonly T[], warn: Warn): T {
  const text = readText(value, name, warn);
  if (text === undefined) return allowed[0]!;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  warn(`${describe(name, value)} is unknown, so "${allowed[0]}" is used. Use one of: ${allowed.join(', ')}.`);
  return allowed[0]!;
}

/**
 * Free text for display: as `readText`, and then bidirectional control
 * characters are removed (a U+202E must not reverse what is shown), text
 * that looks like HTML warns (it is always shown as text, never parsed),
 * and text over `max` characters is cut, with a warning. `''` when not set.
 * @example
 * readDisplayText('\u202EMon–Fri', 'hours', 120, warn) // => 'Mon–Fri', and warns
 */
export function readDisplayText(value: unknown, name: string, max: number, warn: Warn): string {
  const raw = readText(value, name, warn);
  if (raw === undefined) return '';
  const text = raw.replace(BIDI_CONTROLS, '').trim();
  if (text !== raw) warn(`${name} contains bidirectional control characters, which are removed.`);
  if (/<[a-z!/?]/i.test(text)) warn(`${name} contains HTML; it is shown as plain text.`);
  if (text.length <= max) return text;
  warn(`${name} is longer than ${max} characters, so it is cut.`);
  return `${text.slice(0, max - 1)}…`;
}

/**
 * The attribute converter for the widgets' boolean attributes: present means
 * `true`, except the text `false`, which frameworks such as Vue write for a
 * `false` binding.
 * @example
 * booleanAttribute.fromAttribute('')      // => true
 * booleanAttribute.fromAttribute('false') // => false
 * booleanAttribute.fromAttribute(null)    // => false
 */
export const booleanAttribute = {
  fromAttribute: (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false',
};

/**
 * Wraps text in First Strong Isolate … Pop Directional Isolate, so a name
 * typed in another script cannot reorder the sentence around it.
 * @example
 * isolate('مركز') // => '\u2068مركز\u2069'
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
