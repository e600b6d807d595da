/**
 * The widgets' browser entry (and the partner bundle's): registers
 * `<iop-call-to-action>` and `<iop-checklist>` (each only if its tag is free)
 * and exports their classes.
 */
export { IopCallToAction } from './call-to-action/call-to-action.ts';
export { IopChecklist, type ChecklistChangeDetail } from './checklist/checklist.ts';
export { VERSION } from './shared/version.ts';
