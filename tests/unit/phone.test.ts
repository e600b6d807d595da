import { describe, expect, it } from 'vitest';
import { formatPhone, toDialable } from '../../src/utils/phone.ts';

describe('phone numbers', () => {
  it.each([
    ['855-509-1697', '+18555091697'],
    ['(855) 509-1697', '+18555091697'],
    ['1-800-662-4357', '+18006624357'],
    ['+1 800 662 4357', '+18006624357'],
    ['+44 20 7946 0958', '+442079460958'],
    ['988', '988'],
    ['435748', '435748'],
  ])('%j dials as %j', (input, expected) => {
    expect(toDialable(input)).toBe(expected);
  });
  it.each(['', 'call me', 'javascript:alert(1)', '<b>988</b>', '123-45', '+0123', '555-0100', '9'.repeat(40), null, undefined])(
    '%j is not a number',
    (input) => {
      expect(toDialable(input as string)).toBeUndefined();
    },
  );
  it('formats North American numbers for reading', () => {
    expect(formatPhone('+18555091697')).toBe('855-509-1697');
    expect(formatPhone('+18006624357', { trunkPrefix: true })).toBe('1-800-662-4357');
    expect(formatPhone('988')).toBe('988');
    expect(formatPhone('+442079460958')).toBe('+442079460958');
  });
});
