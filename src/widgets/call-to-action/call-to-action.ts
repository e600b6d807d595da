import { registerWidget } from '../shared/register.ts';
import { IopCallToAction } from './call-to-action.component.ts';

export { IopCallToAction };

registerWidget('iop-call-to-action', IopCallToAction);

declare global {
  interface HTMLElementTagNameMap {
    'iop-call-to-action': IopCallToAction;
  }
}
