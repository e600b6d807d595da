import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  MAX_NAME_LENGTH,
  MAX_PROGRAMS,
  addProgram,
  parseState,
  removeProgram,
  renameProgram,
  serializeState,
  toggleQuestion,
} from '../../src/widgets/checklist/checklist.state.ts';

const ids = new Set(['a', 'b', 'c']);
const order = ['a', 'b', 'c'];

describe('parseState: reading saved state', () => {
  it('gives the empty state when nothing is saved or storage is blocked', () => {
    expect(parseState(null, ids)).toEqual({ state: EMPTY_STATE });
    expect(parseState(undefined, ids)).toEqual({ state: EMPTY_STATE });
  });

  it('round-trips what serializeState writes', () => {
    const state = { programs: [{ name: 'Clinic A', checked: ['a', 'c'] }, { name: '', checked: [] }] };
    expect(parseState(serializeState(state), ids)).toEqual({ state });
  });

  it('drops ticks for questions the checklist no longer has, and duplicates, without an error', () => {
    const saved = JSON.stringify({ v: 1, programs: [{ name: 'A', checked: ['a', 'gone', 'a'] }] });
    expect(parseState(saved, ids)).toEqual({ state: { programs: [{ name: 'A', checked: ['a'] }] } });
  });

  it('cuts long names', () => {
    const saved = JSON.stringify({ v: 1, programs: [{ name: 'x'.repeat(500), checked: [] }] });
    expect(parseState(saved, ids).state.programs[0]!.name).toHaveLength(MAX_NAME_LENGTH);
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['no version', JSON.stringify({ programs: [{ name: '', checked: [] }] })],
    ['a future version', JSON.stringify({ v: 2, programs: [{ name: '', checked: [] }] })],
    ['no programs', JSON.stringify({ v: 1, programs: [] })],
    ['too many programs', JSON.stringify({ v: 1, programs: Array(MAX_PROGRAMS + 1).fill({ name: '', checked: [] }) })],
    ['a name that is not text', JSON.stringify({ v: 1, programs: [{ name: 1, checked: [] }] })],
    ['ticks that are not text', JSON.stringify({ v: 1, programs: [{ name: '', checked: [{}] }] })],
    ['a null program', JSON.stringify({ v: 1, programs: [null] })],
  ])('resets %s with an error', (_, saved) => {
    const { state, error } = parseState(saved, ids);
    expect(state).toBe(EMPTY_STATE);
    expect(error).toMatch(/\w/);
  });
});

describe('changing state', () => {
  it('ticks and unticks, keeping checklist order', () => {
    const once = toggleQuestion(EMPTY_STATE, 0, 'c', order);
    const twice = toggleQuestion(once, 0, 'a', order);
    expect(twice.programs[0]!.checked).toEqual(['a', 'c']);
    expect(toggleQuestion(twice, 0, 'a', order).programs[0]!.checked).toEqual(['c']);
    expect(EMPTY_STATE.programs[0]!.checked).toEqual([]);
  });

  it('adds programs up to the limit, and never removes the last one', () => {
    let state = EMPTY_STATE;
    for (let i = 0; i < 5; i++) state = addProgram(state);
    expect(state.programs).toHaveLength(MAX_PROGRAMS);
    state = toggleQuestion(state, 1, 'b', order);
    expect(removeProgram(state, 0).programs.map((p) => p.checked)).toEqual([['b'], []]);
    expect(removeProgram(EMPTY_STATE, 0)).toBe(EMPTY_STATE);
  });

  it('renames one program and cuts long names', () => {
    const state = renameProgram(addProgram(EMPTY_STATE), 1, 'y'.repeat(100));
    expect(state.programs.map((p) => p.name.length)).toEqual([0, MAX_NAME_LENGTH]);
  });
});
