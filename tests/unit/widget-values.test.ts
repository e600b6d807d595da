import { describe, expect, it, vi } from 'vitest';
import { booleanAttribute, isolate, readBoolean, readChoice, readDisplayText, readText } from '../../src/widgets/shared/values.ts';

describe('widget value readers: never throwing, defaults for missing values, warnings for wrong ones', () => {
  it.each([
    [undefined, undefined, 0],
    [null, undefined, 0],
    ['  ', undefined, 0],
    [' 9–5 ', '9–5', 0],
    [42, undefined, 1],
    [{ a: 1 }, undefined, 1],
    [['x'], undefined, 1],
  ])('readText(%j) => %j with %i warnings', (value, expected, warnings) => {
    const warn = vi.fn();
    expect(readText(value, 'hours', warn)).toBe(expected);
    expect(warn).toHaveBeenCalledTimes(warnings);
  });

  it('names the attribute and what was wrong', () => {
    const warn = vi.fn();
    readText(42, 'hours', warn);
    readChoice('huge', 'variant', ['button', 'banner'], warn);
    expect(warn.mock.calls.flat()).toEqual([
      'hours (a number) is not text, so the default is used.',
      'variant="huge" is unknown, so "button" is used. Use one of: button, banner.',
    ]);
  });

  it.each([[true, true, 0], [false, false, 0], [undefined, false, 0], [null, false, 0], ['yes', false, 1], [1, false, 1]])(
    'readBoolean(%j) => %j with %i warnings',
    (value, expected, warnings) => {
      const warn = vi.fn();
      expect(readBoolean(value, 'emergency-note', warn)).toBe(expected);
      expect(warn).toHaveBeenCalledTimes(warnings);
    },
  );

  it('reads boolean attributes as HTML does, except the text "false" (what Vue writes for false)', () => {
    expect([null, '', 'emergency-note', 'true', 'false', ' FALSE '].map(booleanAttribute.fromAttribute)).toEqual([false, true, true, true, false, false]);
  });

  it('removes bidirectional controls, warns about HTML, and cuts long text', () => {
    const warn = vi.fn();
    expect(readDisplayText('\u202EMon\u2066–Fri', 'hours', 120, warn)).toBe('Mon–Fri');
    expect(readDisplayText('<b>9</b>', 'hours', 120, warn)).toBe('<b>9</b>');
    expect(readDisplayText('x'.repeat(10), 'label', 5, warn)).toBe('xxxx…');
    expect(readDisplayText(undefined, 'label', 5, warn)).toBe('');
    expect(warn.mock.calls.flat()).toEqual([
      'hours contains bidirectional control characters, which are removed.',
      'hours contains HTML; it is shown as plain text.',
      'label is longer than 5 characters, so it is cut.',
    ]);
  });

  it('isolates names typed in any script', () => {
    expect(isolate('مركز')).toBe('\u2068مركز\u2069');
  });
});
