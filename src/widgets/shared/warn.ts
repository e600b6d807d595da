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
