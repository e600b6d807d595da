/**
 * The checklist's saved state and the pure steps that change it. The widget
 * keeps one `ChecklistState`, saves it as JSON and never trusts what it reads
 * back: `parseState` checks every field.
 */

/** One program the reader is looking at. */
export interface ProgramState {
  /** The name the reader typed; empty means "Program 1" etc. in the page's language. */
  readonly name: string;
  /** Ids of the questions ticked for this program, in checklist order. */
  readonly checked: readonly string[];
}

/** Everything the checklist remembers. */
export interface ChecklistState {
  /** One to `MAX_PROGRAMS` programs, compared side by side. */
  readonly programs: readonly ProgramState[];
}

/** How many programs a reader can compare. */
export const MAX_PROGRAMS = 3;

/** The longest program name kept. */
export const MAX_NAME_LENGTH = 60;

/** Format version written with the state, so a later format can migrate it. */
const STATE_VERSION = 1;

/** The state of a checklist nobody has touched: one unnamed program, nothing ticked. */
export const EMPTY_STATE: ChecklistState = { programs: [{ name: '', checked: [] }] };

/** The result of reading saved state: the state, and what was wrong if it had to be reset. */
export interface ParsedState {
  readonly state: ChecklistState;
  readonly error?: string;
}

/**
 * Reads saved JSON back into a state. Missing state gives `EMPTY_STATE`; state
 * that is not valid JSON or has the wrong shape gives `EMPTY_STATE` and an
 * `error`. Ticks for question ids the checklist no longer has are dropped
 * quietly (the content changed, the state is not corrupt).
 * @example
 * parseState('{"v":1,"programs":[{"name":"A","checked":["family"]}]}', new Set(['family']))
 * // => { state: { programs: [{ name: 'A', checked: ['family'] }] } }
 * parseState('{oops', ids).error // => 'it is not valid JSON'
 */
export function parseState(saved: string | null | undefined, questionIds: ReadonlySet<string>): ParsedState {
  if (saved == null) return { state: EMPTY_STATE };
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return { state: EMPTY_STATE, error: 'it is not valid JSON' };
  }
  const programs = (data as { programs?: unknown } | null)?.programs;
  const valid = (program: unknown) => {
    const { name, checked } = (program ?? {}) as { name?: unknown; checked?: unknown };
    return typeof name === 'string' && Array.isArray(checked) && checked.every((id) => typeof id === 'string');
  };
  if (
    (data as { v?: unknown } | null)?.v !== STATE_VERSION ||
    !Array.isArray(programs) ||
    programs.length < 1 ||
    programs.length > MAX_PROGRAMS ||
    !programs.every(valid)
  ) {
    // Wrong version, 0 or more than MAX_PROGRAMS programs, or a program without a "name" text and a "checked" list.
    return { state: EMPTY_STATE, error: `it is not version ${STATE_VERSION} checklist state` };
  }
  const parsed = (programs as ProgramState[]).map(({ name, checked }) => ({
    name: name.slice(0, MAX_NAME_LENGTH),
    checked: [...new Set(checked)].filter((id) => questionIds.has(id)),
  }));
  return { state: { programs: parsed } };
}

/** The JSON that `parseState` reads back. */
export function serializeState(state: ChecklistState): string {
  return JSON.stringify({ v: STATE_VERSION, programs: state.programs });
}

/**
 * Ticks or unticks one question for one program, keeping ticks in checklist order.
 * @example
 * toggleQuestion(EMPTY_STATE, 0, 'family', ['insurance', 'family']).programs[0].checked // => ['family']
 */
export function toggleQuestion(state: ChecklistState, program: number, id: string, order: readonly string[]): ChecklistState {
  return updateProgram(state, program, (p) => {
    const ticked = new Set(p.checked);
    if (!ticked.delete(id)) ticked.add(id);
    return { ...p, checked: order.filter((q) => ticked.has(q)) };
  });
}

/** Renames one program; names are cut to `MAX_NAME_LENGTH`. */
export function renameProgram(state: ChecklistState, program: number, name: string): ChecklistState {
  return updateProgram(state, program, (p) => ({ ...p, name: name.slice(0, MAX_NAME_LENGTH) }));
}

/** Adds an empty program, unless `MAX_PROGRAMS` are already there. */
export function addProgram(state: ChecklistState): ChecklistState {
  if (state.programs.length >= MAX_PROGRAMS) return state;
  return { programs: [...state.programs, { name: '', checked: [] }] };
}

/** Removes one program, unless it is the last one. */
export function removeProgram(state: ChecklistState, program: number): ChecklistState {
  if (state.programs.length <= 1) return state;
  return { programs: state.programs.filter((_, i) => i !== program) };
}

function updateProgram(state: ChecklistState, index: number, change: (p: ProgramState) => ProgramState): ChecklistState {
  return { programs: state.programs.map((p, i) => (i === index ? change(p) : p)) };
}
