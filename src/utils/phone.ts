/**
 * Phone number handling shared by the site and the widgets. Pure functions:
 * numbers are normalized to E.164 for dialling and formatted for reading.
 */

/** Short codes that are dialled as written (988, 911, SMS short codes). */
const SHORT_CODE = /^\d{3,6}$/;

/**
 * Normalizes a phone number as people write it to the form used in `tel:`
 * links, or returns `undefined` if it is not a plausible number.
 * North American numbers without a country code get `+1`.
 * @example
 * toDialable('855-509-1697')    // => '+18555091697'
 * toDialable('+44 20 7946 0958') // => '+442079460958'
 * toDialable('988')             // => '988'
 * toDialable('call me')         // => undefined
 */
export function toDialable(input: string | null | undefined): string | undefined {
  if (typeof input !== 'string') return undefined;
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > 32) return undefined;
  if (!/^\+?[\d\s().\-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined;
  }
  if (SHORT_CODE.test(digits) && digits.length === trimmed.replace(/\s/g, '').length) return digits;
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+1${digits}`;
  if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+${digits}`;
  return undefined;
}

/**
 * Formats a dialable number for reading. North American numbers read as
 * `855-509-1697` (or `1-800-662-4357` with `trunkPrefix`, the way national
 * helplines publish theirs); others keep their E.164 form; short codes stay.
 * @example
 * formatPhone('+18555091697')                          // => '855-509-1697'
 * formatPhone('+18006624357', { trunkPrefix: true })   // => '1-800-662-4357'
 * formatPhone('988')                                   // => '988'
 */
export function formatPhone(dialable: string, options: { trunkPrefix?: boolean } = {}): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(dialable);
  if (nanp) return `${options.trunkPrefix ? '1-' : ''}${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  return dialable;
}
