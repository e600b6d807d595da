import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import './checklist.ts';
import { DEFAULT_STORAGE_KEY, IopChecklist, type ChecklistChangeDetail } from './checklist.component.ts';
import { questionCount } from './checklist.content.ts';
const TOTAL = questionCount('en');

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  localStorage.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  vi.restoreAllMocks();
});

async function mount(attributes = ''): Promise<IopChecklist> {
  const host = document.createElement('div');
  host.innerHTML = `<iop-checklist ${attributes}><ul><li>Fallback</li></ul></iop-checklist>`;
  document.body.append(host);
  const el = host.querySelector('iop-checklist')!;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const $$ = <T extends Element = HTMLInputElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const boxes = (el: Element, program = 0) => $$(el, `input[type=checkbox][id^="c${program}-"]`);
const progress = (el: Element) => $$<HTMLElement>(el, '[part=progress]').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
const buttons = (el: Element) => $$<HTMLButtonElement>(el, '[part=actions] button');
const warnings = () => warn.mock.calls.map((c) => String(c[0]));

describe('<iop-checklist>: ticking', () => {
  it('renders the five sections and every question, hiding the fallback list', async () => {
    const el = await mount();
    expect($$(el, '[scope=rowgroup]').map((th) => th.textContent)).toEqual([
      'Licenses and credentials', 'How they treat', 'Services and support', 'Schedule and location', 'Cost and insurance',
    ]);
    expect(boxes(el)).toHaveLength(TOTAL);
    expect(el.querySelector('ul')!.getBoundingClientRect().height).toBe(0);
    expect(progress(el)).toEqual([`Program 1 0 of ${TOTAL}`]);
  });

  it('ticks with the keyboard, shows progress and fires a typed, composed change event', async () => {
    const el = await mount();
    const events: ChecklistChangeDetail[] = [];
    document.addEventListener('iop-checklist-change', (e) => events.push(e.detail), { once: true });
    boxes(el)[2]!.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(boxes(el)[2]!.checked).toBe(true);
    expect(progress(el)).toEqual([`Program 1 1 of ${TOTAL}`]);
    expect(events).toEqual([{ programs: [{ name: '', checked: ['licensed-staff'] }], total: TOTAL }]);
  });

  it('ticks by clicking the question text', async () => {
    const el = await mount();
    await userEvent.click($(el, 'label[for="c0-family"]'));
    expect($<HTMLInputElement>(el, '#c0-family').checked).toBe(true);
  });

  it('reaches every control with Tab', async () => {
    const el = await mount();
    $(el, '#name-0').focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(boxes(el)[0]);
  });
});

describe('<iop-checklist>: comparing programs', () => {
  it('adds up to three named programs, each with its own ticks, and removes them', async () => {
    const el = await mount();
    const [add] = buttons(el);
    await userEvent.click(add!);
    await userEvent.click(add!);
    expect($$(el, '[part=program-name]')).toHaveLength(3);
    expect(add!.disabled).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe($(el, '#name-2'));
    await userEvent.fill($(el, '#name-1'), 'Riverside IOP');
    $(el, '#name-1').dispatchEvent(new Event('change'));
    await el.updateComplete;
    await userEvent.click($(el, '#c1-insurance'));
    await el.updateComplete;
    expect(progress(el)).toEqual([`Program 1 0 of ${TOTAL}`, `\u2068Riverside IOP\u2069 1 of ${TOTAL}`, `Program 3 0 of ${TOTAL}`]);
    expect($(el, '#c1-insurance').getAttribute('aria-labelledby')).toBe('q-insurance program-1');
    const remove = $$<HTMLButtonElement>(el, '.remove');
    expect(remove[1]!.textContent).toBe('Remove \u2068Riverside IOP\u2069');
    await userEvent.click(remove[0]!);
    expect(progress(el)).toEqual([`\u2068Riverside IOP\u2069 1 of ${TOTAL}`, `Program 2 0 of ${TOTAL}`]);
  });

  it('clears everything with reset', async () => {
    const el = await mount();
    await userEvent.click(boxes(el)[0]!);
    await userEvent.click(buttons(el)[0]!);
    await userEvent.click(buttons(el)[2]!);
    expect(progress(el)).toEqual([`Program 1 0 of ${TOTAL}`]);
    expect(boxes(el).some((b) => b.checked)).toBe(false);
  });

  it('prints only the checklist, then restores the page', async () => {
    const el = await mount();
    let during = { attribute: false, sheets: 0 };
    vi.spyOn(window, 'print').mockImplementation(() => {
      during = { attribute: el.hasAttribute('data-iop-print'), sheets: document.adoptedStyleSheets.length };
      dispatchEvent(new Event('afterprint'));
    });
    const before = document.adoptedStyleSheets.length;
    await userEvent.click(buttons(el)[1]!);
    expect(during).toEqual({ attribute: true, sheets: before + 1 });
    expect(el.hasAttribute('data-iop-print')).toBe(false);
    expect(document.adoptedStyleSheets.length).toBe(before);
  });
});

describe('<iop-checklist>: saved state', () => {
  it('keeps ticks and names in localStorage under the namespaced key, across a reload', async () => {
    const el = await mount();
    await userEvent.click(boxes(el)[0]!);
    expect(JSON.parse(localStorage.getItem(DEFAULT_STORAGE_KEY)!)).toEqual({ v: 1, programs: [{ name: '', checked: ['state-license'] }] });
    el.remove();
    const again = await mount();
    expect(boxes(again)[0]!.checked).toBe(true);
  });

  it('uses storage-key to keep checklists apart', async () => {
    const a = await mount('storage-key="clinic-a"');
    await userEvent.click(boxes(a)[0]!);
    const b = await mount('storage-key="clinic-b"');
    expect(boxes(b)[0]!.checked).toBe(false);
    expect(localStorage.getItem('clinic-a')).toContain('state-license');
  });

  it.each(['{not json', '{"v":1,"programs":"<script>alert(1)</script>"}', '{"v":1,"programs":[{"name":{},"checked":[]}]}'])(
    'resets corrupt saved state %j with a warning',
    async (saved) => {
      localStorage.setItem(DEFAULT_STORAGE_KEY, saved);
      const el = await mount();
      expect(progress(el)).toEqual([`Program 1 0 of ${TOTAL}`]);
      expect(warnings().join()).toContain(`localStorage["${DEFAULT_STORAGE_KEY}"]`);
    },
  );

  it('shows a saved name as text, never as markup', async () => {
    localStorage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ v: 1, programs: [{ name: '<img src=x onerror=alert(1)>', checked: [] }] }));
    const el = await mount();
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect($<HTMLInputElement>(el, '#name-0').value).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps working in memory when storage is blocked, and says so', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const el = await mount();
    expect($(el, '[part=note]').textContent).toContain('Not saved');
    await userEvent.click(boxes(el)[1]!);
    expect(progress(el)).toEqual([`Program 1 1 of ${TOTAL}`]);
  });
});

describe('<iop-checklist>: never blank, never throwing', () => {
  it('keeps two checklists with the same key on one page in step', async () => {
    const a = await mount('storage-key="shared"');
    const b = await mount('storage-key="shared"');
    const other = await mount('storage-key="other"');
    await userEvent.click(boxes(a)[3]!);
    await b.updateComplete;
    expect(boxes(b)[3]!.checked).toBe(true);
    expect(progress(b)).toEqual([`Program 1 1 of ${TOTAL}`]);
    expect(boxes(other)[3]!.checked).toBe(false);
    await userEvent.click(buttons(b)[0]!);
    await a.updateComplete;
    expect(progress(a)).toHaveLength(2);
  });

  it('uses the default key after removeAttribute("storage-key"): ticks are saved and announced', async () => {
    const el = await mount('storage-key="clinic-a"');
    el.removeAttribute('storage-key');
    await el.updateComplete;
    const events: ChecklistChangeDetail[] = [];
    el.addEventListener('iop-checklist-change', (e) => events.push(e.detail));
    await userEvent.click(boxes(el)[0]!);
    expect(JSON.parse(localStorage.getItem(DEFAULT_STORAGE_KEY)!).programs[0].checked).toEqual(['state-license']);
    expect(events).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  const WRONG: [string, unknown, boolean][] = [['undefined', undefined, false], ['null', null, false], ['a number', 42, true], ['an object', { a: 1 }, true]];
  it.each(WRONG)('storageKey set to %s, before or after upgrade, uses the default key', async (_, value, warns) => {
    localStorage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ v: 1, programs: [{ name: '', checked: ['family'] }] }));
    const after = await mount('storage-key="clinic-a"');
    after.storageKey = value as string;
    await after.updateComplete;
    expect($<HTMLInputElement>(after, '#c0-family').checked).toBe(true);
    const before = document.implementation.createHTMLDocument().createElement('iop-checklist');
    (before as unknown as Record<string, unknown>).storageKey = value;
    document.body.append(document.adoptNode(before));
    await (before as IopChecklist).updateComplete;
    expect($<HTMLInputElement>(before, '#c0-family').checked).toBe(true);
    expect(warnings().filter((w) => w.includes('storage-key'))).toHaveLength(warns ? 2 : 0);
  });

  it('shows its light-DOM fallback if rendering fails, with a warning and no exception', async () => {
    vi.spyOn(IopChecklist.prototype, 'render').mockImplementation(() => {
      throw new Error('boom');
    });
    const el = await mount();
    expect(el.querySelector('ul')!.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(warnings().join()).toContain('<iop-checklist>: could not render (boom)');
  });
});

describe('<iop-checklist>: language', () => {
  it.each([
    ['es-MX', 'es', 'Costo y seguro', 'ltr'],
    ['fr-CA', 'fr', 'Coût et assurance', 'ltr'],
    ['zh-SG', 'zh-Hans', '费用与保险', 'ltr'],
    ['vi', 'vi', 'Chi phí và bảo hiểm', 'ltr'],
    ['ar-EG', 'ar', 'التكلفة والتأمين', 'rtl'],
  ] as const)('shows the %s checklist (%s)', async (lang, locale, lastTitle, dir) => {
    const el = await mount(`lang="${lang}"`);
    expect($$(el, '[scope=rowgroup]').at(-1)!.textContent).toBe(lastTitle);
    expect($(el, '[part=base]').dir).toBe(dir);
    expect(boxes(el)).toHaveLength(questionCount(locale));
  });

  it('lays out right to left in Arabic', async () => {
    const el = await mount('lang="ar"');
    const question = $(el, '#q-family').getBoundingClientRect();
    const box = $(el, '#c0-family').getBoundingClientRect();
    expect(question.left).toBeGreaterThan(box.left);
  });

  it('keeps ticks when the page language changes at run time', async () => {
    const el = await mount();
    await userEvent.click($(el, '#c0-family'));
    document.documentElement.lang = 'es';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, 'h2').textContent).toBe('Preguntas para un programa');
    expect($<HTMLInputElement>(el, '#c0-family').checked).toBe(true);
  });
});
