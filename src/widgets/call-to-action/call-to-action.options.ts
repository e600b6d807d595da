import { DEFAULT_PROGRAM_PHONE } from '../../config/site.ts';

/**
 * The public properties of `<iop-call-to-action>` as data: their attributes,
 * types and defaults. The element, the custom-elements manifest and the docs
 * all read this table, so a default is written once, as a value.
 */

/** The layouts `variant` accepts; the first is the default. */
export const CTA_VARIANTS = ['button', 'banner', 'inline'] as const;

/** A layout of the call-to-action. */
export type CtaVariant = (typeof CTA_VARIANTS)[number];

/** Each property's attribute, type (as TypeScript text, for the manifest) and default. `undefined` means "not set". */
export const CTA_PROPERTIES = {
  phone: { attribute: 'phone', type: 'string', default: DEFAULT_PROGRAM_PHONE },
  sms: { attribute: 'sms', type: 'string', default: undefined },
  variant: { attribute: 'variant', type: CTA_VARIANTS.map((v) => `'${v}'`).join(' | '), default: CTA_VARIANTS[0] },
  hours: { attribute: 'hours', type: 'string', default: undefined },
  label: { attribute: 'label', type: 'string', default: undefined },
  emergencyNote: { attribute: 'emergency-note', type: 'boolean', default: false },
} as const;

/** The longest `hours` shown. */
export const MAX_HOURS_LENGTH = 120;

/** The longest `label` shown. */
export const MAX_LABEL_LENGTH = 60;
