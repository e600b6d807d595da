import { registerWidget } from '../shared/register.ts';
import { IopChecklist, type ChecklistChangeDetail } from './checklist.component.ts';

export { IopChecklist, type ChecklistChangeDetail };

registerWidget('iop-checklist', IopChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'iop-checklist': IopChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'iop-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
