import { afterEach, describe, expect, it, vi } from 'vitest';
import { LitElement } from 'lit';
import { registerWidget } from '../../src/widgets/shared/register.ts';
import '../../src/widgets/index.ts';
import { IopChecklist } from '../../src/widgets/checklist/checklist.component.ts';

afterEach(() => vi.restoreAllMocks());

describe('registerWidget: loading the widgets twice', () => {
  it('registers both tags', () => {
    expect(customElements.get('iop-checklist')).toBe(IopChecklist);
    expect(customElements.get('iop-call-to-action')).toBeDefined();
  });

  it('keeps the first copy silently when the same version loads again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Again extends IopChecklist {}
    expect(() => registerWidget('iop-checklist', Again)).not.toThrow();
    expect(customElements.get('iop-checklist')).toBe(IopChecklist);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the first copy and warns when another version loads', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Newer extends LitElement {
      static readonly version = '99.0.0';
    }
    expect(() => registerWidget('iop-checklist', Newer)).not.toThrow();
    expect(customElements.get('iop-checklist')).toBe(IopChecklist);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/<iop-checklist>: version .* is already on this page, so version 99\.0\.0 is not used/);
  });
});
