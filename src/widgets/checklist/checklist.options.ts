/**
 * The public properties of `<iop-checklist>` as data (see
 * `call-to-action.options.ts`): the element, the manifest and the docs read it.
 */

/** The default `storage-key`. */
export const DEFAULT_STORAGE_KEY = 'iop-widgets:checklist';

/** Each property's attribute, type and default. */
export const CHECKLIST_PROPERTIES = {
  storageKey: { attribute: 'storage-key', type: 'string', default: DEFAULT_STORAGE_KEY },
} as const;
