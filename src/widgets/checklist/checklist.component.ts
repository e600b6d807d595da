import { html, nothing, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.ts';
import { readStored, writeStored } from '../shared/storage.ts';
import { isolate, readText } from '../shared/values.ts';
import { VERSION } from '../shared/version.ts';
import { CHECKLISTS } from './checklist.content.ts';
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
  type ChecklistState,
} from './checklist.state.ts';
import { CHECKLIST_PROPERTIES, DEFAULT_STORAGE_KEY } from './checklist.options.ts';
import styles from './checklist.styles.ts';

export { DEFAULT_STORAGE_KEY };

/** Question ids in checklist order; the same in every language. */
const QUESTION_IDS = CHECKLISTS.en.sections.flatMap((s) => s.questions.map((q) => q.id));

/** What `iop-checklist-change` tells the page: each program's name and ticked question ids. */
export interface ChecklistChangeDetail extends ChecklistState {
  /** How many questions each program can tick. */
  readonly total: number;
}

/** The checklists on this page, so that two with the same key stay in step (the `storage` event only reaches other tabs). */
const connected = new Set<IopChecklist>();

/** Print-only page styles: hide everything but the checklist being printed. */
const PRINT_RULES = `@media print{body *{visibility:hidden}[data-iop-print],[data-iop-print] *{visibility:visible}[data-iop-print]{position:absolute;inset:0 0 auto}}`;

/**
 * @summary The questions to ask before choosing a program, as a checklist the reader ticks, keeps in this browser, prints, and uses to compare up to three programs side by side.
 * @tag iop-checklist
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} iop-checklist-change - When the reader ticks, renames, adds, removes or clears. `detail.programs` gives each program's `name` and ticked question ids (`checked`); `detail.total` the number of questions.
 *
 * @slot - The no-JavaScript fallback, e.g. a plain list of the questions. Shown until the widget runs, hidden after.
 *
 * @csspart base - The wrapper around everything.
 * @csspart title - The heading.
 * @csspart table - The table of questions (rows) and programs (columns).
 * @csspart program-name - Each program's name field.
 * @csspart progress - Each program's "3 of 15" count.
 * @csspart checkbox - Each tick box.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button (add, print, clear, remove).
 * @csspart note - The warning shown when this browser cannot keep ticks.
 *
 * @cssprop [--iop-accent=#0b5cad] - Tick boxes and buttons.
 * @cssprop [--iop-surface=#fff] - Background.
 * @cssprop [--iop-color=#1b1f24] - Text color.
 * @cssprop [--iop-border-color=#c4ccd6] - Border and row lines.
 * @cssprop [--iop-radius=8px] - Corner radius.
 * @cssprop [--iop-font-family=inherit] - Font; inherited from the page unless set.
 * @cssprop [--iop-font-size=16px] - Text size.
 * @cssprop [--iop-focus-color=#1a5fb4] - Keyboard focus ring.
 */
export class IopChecklist extends IopElement {
  static override styles = styles;
  static override properties = {
    /** The `localStorage` key the ticks are kept under. Give each checklist on a site its own key to keep them apart; checklists with the same key stay in step. */
    storageKey: { attribute: 'storage-key' },
  };
  /** This widget's version; a second, different copy on the page warns and stays unused. */
  static readonly version = VERSION;

  declare storageKey: string | null | undefined;

  /** The ticks and names. */
  #state: ChecklistState = EMPTY_STATE;
  /** Whether `localStorage` failed, so the state lives in memory only. */
  #unsaved = false;

  /** The key in use: `storageKey`, or the default when it is not set or not text. */
  #key: string = DEFAULT_STORAGE_KEY;

  constructor() {
    super();
    this.storageKey = CHECKLIST_PROPERTIES.storageKey.default;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    addEventListener('storage', this.#handleStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    removeEventListener('storage', this.#handleStorage);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storageKey')) {
      this.#key = readText(this.storageKey, 'storage-key', this.warn) ?? DEFAULT_STORAGE_KEY;
      this.#load();
    }
  }

  #load(): void {
    const saved = readStored(this.#key);
    const { state, error } = parseState(saved, new Set(QUESTION_IDS));
    if (error) this.warn(`the checklist saved in localStorage["${this.#key}"] ${error}, so it was cleared.`);
    this.#unsaved = saved === undefined;
    this.#state = state;
  }

  #commit(next: ChecklistState): void {
    this.#state = next;
    this.#unsaved = !writeStored(this.#key, serializeState(next));
    this.requestUpdate();
    for (const other of connected) {
      if (other !== this && other.#key === this.#key) {
        other.#state = next;
        other.#unsaved = this.#unsaved;
        other.requestUpdate();
      }
    }
    const detail: ChecklistChangeDetail = { programs: next.programs, total: QUESTION_IDS.length };
    this.dispatchEvent(new CustomEvent('iop-checklist-change', { detail, bubbles: true, composed: true }));
  }

  #handleStorage = (event: StorageEvent): void => {
    if (event.key === this.#key) {
      this.#load();
      this.requestUpdate();
    }
  };

  async #handleProgramCount(next: ChecklistState): Promise<void> {
    this.#commit(next);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#name-${next.programs.length - 1}`)?.focus();
  }

  #handlePrint(): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.setAttribute('data-iop-print', '');
    addEventListener(
      'afterprint',
      () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        this.removeAttribute('data-iop-print');
      },
      { once: true },
    );
    print();
  }

  override render() {
    const { info, locale } = this;
    const { programs } = this.#state;
    const names = programs.map((p, i) => (p.name.trim() ? isolate(p.name.trim()) : this.t('checklist.program', { n: i + 1 })));
    const single = !programs[1];
    return html`<section part="base" class="base" lang=${info.tag} dir=${info.dir} aria-labelledby="title">
<h2 part="title" id="title">${this.t('checklist.title')}</h2>
<table part="table"><thead><tr><td></td>${programs.map(
      (p, i) => html`<th><input part="program-name" id="name-${i}" maxlength=${MAX_NAME_LENGTH} autocomplete="off" aria-label=${this.t('checklist.name')}
placeholder=${this.t('checklist.program', { n: i + 1 })} .value=${p.name} @change=${(e: Event) => this.#commit(renameProgram(this.#state, i, (e.target as HTMLInputElement).value))}>
<span part="progress"><span class="hidden" id="program-${i}">${names[i]} </span>${this.t('checklist.progress', { done: p.checked.length, total: QUESTION_IDS.length })}</span>
${single ? nothing : html`<button part="button" class="remove" @click=${() => this.#handleProgramCount(removeProgram(this.#state, i))}>${this.t('checklist.remove', { name: names[i]! })}</button>`}</th>`,
    )}</tr></thead>
${CHECKLISTS[locale].sections.map(
  (section) => html`<tbody><tr><th scope="rowgroup" colspan=${programs.length + 1}>${section.title}</th></tr>
${section.questions.map(
  (q) => html`<tr><th scope="row" id="q-${q.id}">${single ? html`<label for="c0-${q.id}">${q.text}</label>` : q.text}</th>
${programs.map(
  (p, i) => html`<td><input part="checkbox" type="checkbox" id="c${i}-${q.id}" aria-labelledby="q-${q.id} program-${i}"
.checked=${p.checked.includes(q.id)} @change=${() => this.#commit(toggleQuestion(this.#state, i, q.id, QUESTION_IDS))}></td>`,
)}</tr>`,
)}</tbody>`,
)}</table>
<div part="actions" class="actions">
<button part="button" ?disabled=${!!programs[MAX_PROGRAMS - 1]} @click=${() => this.#handleProgramCount(addProgram(this.#state))}>${this.t('checklist.add')}</button>
<button part="button" @click=${this.#handlePrint}>${this.t('checklist.print')}</button>
<button part="button" @click=${() => this.#commit(EMPTY_STATE)}>${this.t('checklist.reset')}</button>
</div>
${this.#unsaved ? html`<p part="note">${this.t('checklist.notSaved')}</p>` : nothing}
</section>`;
  }
}
