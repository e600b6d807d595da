/**
 * Logs a console warning that names the element, so a partner's developer can
 * find the tag and attribute to fix.
 * @example
 * warn('iop-call-to-action', 'phone="abc" is not a phone number.')
 * // console: '<iop-call-to-action>: phone="abc" is not a phone number.'
 */
export function warn(tag: string, message: string): void {
  console.warn(`<${tag}>: ${message}`);
}

/**
 * Cleans a free-text attribute for display: trims it, cuts it to `max`
 * characters and warns about text that is too long or looks like HTML (it is
 * always shown as plain text, never parsed).
 * @example
 * cleanText('iop-call-to-action', 'hours', ' Mon–Fri 9–5 ', 120) // => 'Mon–Fri 9–5'
 */
export function cleanText(tag: string, attribute: string, value: string, max: number): string {
  const text = value.trim();
  if (/<[a-z!/?]/i.test(text)) warn(tag, `${attribute} contains HTML; it is shown as plain text.`);
  if (text.length <= max) return text;
  warn(tag, `${attribute} is longer than ${max} characters, so it is cut.`);
  return `${text.slice(0, max - 1)}…`;
}
