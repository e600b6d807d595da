import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { LitElement } from 'lit';
import './call-to-action.ts';
import { IopCallToAction } from './call-to-action.component.ts';
import { CTA_PROPERTIES } from './call-to-action.options.ts';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  warn.mockRestore();
});

async function mount(markup: string): Promise<IopCallToAction> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('iop-call-to-action')!;
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const warnings = () => warn.mock.calls.map((c) => String(c[0]));

describe('<iop-call-to-action>: the call link', () => {
  it("runs on stock LitElement, production build, as the bundle does (Lit's dev build would add litIssuedWarnings)", async () => {
    const el = await mount('<iop-call-to-action></iop-call-to-action>');
    expect(el).toBeInstanceOf(customElements.get('iop-call-to-action')!);
    expect(el).toBeInstanceOf(LitElement);
    expect('litIssuedWarnings' in window).toBe(false);
  });

  it('dials the default number from E.164 and shows it formatted', async () => {
    const el = await mount('<iop-call-to-action></iop-call-to-action>');
    expect(part(el, 'call')!.getAttribute('href')).toBe('tel:+18555091697');
    expect(part(el, 'number')!.textContent).toBe('855-509-1697');
    expect(part(el, 'label')!.textContent).toBe('Call now');
    expect(warnings()).toEqual([]);
  });

  it("dials a partner's own number", async () => {
    const el = await mount('<iop-call-to-action phone="(212) 555-0199"></iop-call-to-action>');
    expect(part(el, 'call')!.getAttribute('href')).toBe('tel:+12125550199');
    expect(part(el, 'number')!.textContent).toBe('212-555-0199');
  });

  it('adds an sms: link, hours and a custom label as text', async () => {
    const el = await mount('<iop-call-to-action sms="555-234-5678" hours="Mon–Fri 8–8" label="Talk to us"></iop-call-to-action>');
    expect(part(el, 'sms')!.getAttribute('href')).toBe('sms:+15552345678');
    expect(part(el, 'sms')!.textContent).toBe('Text 555-234-5678');
    expect(part(el, 'hours')!.textContent).toBe('Mon–Fri 8–8');
    expect(part(el, 'label')!.textContent).toBe('Talk to us');
  });

  it('shows the 988 note only when asked', async () => {
    const el = await mount('<iop-call-to-action></iop-call-to-action>');
    expect(part(el, 'crisis')).toBeNull();
    el.emergencyNote = true;
    await el.updateComplete;
    expect(part(el, 'crisis')).not.toBeNull();
    el.setAttribute('emergency-note', 'false');
    await el.updateComplete;
    expect(part(el, 'crisis')).toBeNull();
    el.setAttribute('emergency-note', '');
    await el.updateComplete;
    const links = [...part(el, 'crisis')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:988', 'sms:988']);
    expect(part(el, 'crisis')!.textContent).toContain('988 Suicide & Crisis Lifeline');
  });

  it.each([['button', 'inline-block'], ['banner', 'block'], ['inline', 'inline']])('renders the %s variant, set as attribute or property', async (variant, display) => {
    const el = await mount(`<iop-call-to-action variant="${variant}"></iop-call-to-action>`);
    expect(part(el, 'base')!.classList.contains(variant)).toBe(true);
    expect(getComputedStyle(el).display).toBe(display);
    expect(part(el, 'call')!.getBoundingClientRect().width).toBeGreaterThan(0);
    const other = await mount('<iop-call-to-action></iop-call-to-action>');
    other.variant = variant as 'button';
    await other.updateComplete;
    expect(getComputedStyle(other).display).toBe(display);
    expect(other.hasAttribute('variant')).toBe(false);
  });
});

describe('<iop-call-to-action>: bad attributes', () => {
  it.each(['call me', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '12', '+0 555 555 5555', '9'.repeat(40)])(
    'shows the SAMHSA National Helpline, labelled as such, for phone=%j without fallback content, with a warning',
    async (phone) => {
      const el = document.createElement('iop-call-to-action');
      el.phone = phone;
      document.body.append(el);
      await el.updateComplete;
      expect(part(el, 'call')!.getAttribute('href')).toBe('tel:+18006624357');
      expect(part(el, 'label')!.textContent).toBe('SAMHSA National Helpline, free and 24/7');
      expect(part(el, 'number')!.textContent).toBe('1-800-662-4357');
      expect(el.shadowRoot!.innerHTML).not.toContain('855');
      expect(warnings().join()).toContain('phone="');
    },
  );

  it("keeps the partner's own fallback content visible for an invalid phone, and never dials another number", async () => {
    const el = await mount('<iop-call-to-action phone="212-555-019" hours="9-5"><a href="tel:+12125550199">Call 212-555-0199</a></iop-call-to-action>');
    expect(part(el, 'call')).toBeNull();
    expect(part(el, 'hours')).toBeNull();
    expect(el.shadowRoot!.querySelector('slot')).not.toBeNull();
    expect(el.querySelector('a')!.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
    expect(warnings().join()).toContain('phone="212-555-019" is not a number that can be dialled, so your fallback content is shown');
    el.phone = '212-555-0199';
    await el.updateComplete;
    expect(part(el, 'call')!.getAttribute('href')).toBe('tel:+12125550199');
    expect(el.querySelector('a')!.getBoundingClientRect().width).toBe(0);
  });

  it('leaves out an invalid sms link, with a warning', async () => {
    const el = await mount('<iop-call-to-action sms="javascript:alert(1)"></iop-call-to-action>');
    expect(part(el, 'sms')).toBeNull();
    expect(warnings().join()).toMatch(/<iop-call-to-action>: sms="javascript:alert\(1\)"/);
  });

  it('shows HTML in text attributes as text, never as markup, with a warning', async () => {
    (window as { pwned?: boolean }).pwned = false;
    const el = await mount('<iop-call-to-action label="<img src=x onerror=&quot;window.pwned=true&quot;>" hours="<b>9-5</b>"></iop-call-to-action>');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(part(el, 'label')!.textContent).toContain('<img');
    expect((window as { pwned?: boolean }).pwned).toBe(false);
    expect(warnings().filter((w) => w.includes('HTML'))).toHaveLength(2);
  });

  it('cuts very long text, with a warning', async () => {
    const el = await mount(`<iop-call-to-action hours="${'open '.repeat(200)}"></iop-call-to-action>`);
    expect(part(el, 'hours')!.textContent!.length).toBeLessThanOrEqual(120);
    expect(warnings().join()).toContain('hours is longer than 120');
  });

  it('uses the button for an unknown variant, with a warning', async () => {
    const el = await mount('<iop-call-to-action variant="huge"></iop-call-to-action>');
    expect(part(el, 'base')!.classList.contains('button')).toBe(true);
    expect(warnings().join()).toContain('variant="huge"');
  });

  it('keeps text from attributes in its own direction: U+202E cannot reverse what is shown', async () => {
    const el = await mount('<iop-call-to-action hours="&#x202E;Mon 9-5" label="&#x202E;Call us"></iop-call-to-action>');
    const hours = part(el, 'hours')!;
    expect(hours.textContent).toBe('Mon 9-5');
    expect(getComputedStyle(hours).unicodeBidi).toBe('isolate');
    expect(getComputedStyle(part(el, 'label')!).unicodeBidi).toBe('isolate');
    const x = (node: Node, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const text = hours.firstChild!.nodeType === Node.TEXT_NODE ? hours.firstChild! : [...hours.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent)!;
    const start = text.textContent!.indexOf('M');
    expect(x(text, start)).toBeLessThan(x(text, start + 2));
    const label = part(el, 'label')!.getBoundingClientRect();
    expect(label.left).toBeLessThan(part(el, 'number')!.getBoundingClientRect().left);
    expect(warnings().filter((w) => w.includes('bidirectional control'))).toHaveLength(2);
  });
});

/** The rendered shadow DOM, without Lit's comment markers, for comparing with a widget on its defaults. */
const shown = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');

async function defaultRendering(): Promise<string> {
  const el = await mount('<iop-call-to-action></iop-call-to-action>');
  const html = shown(el);
  el.parentElement!.remove();
  return html;
}

/** A valid value for each attribute, to set before removing or clearing it. */
const VALID: Record<keyof typeof CTA_PROPERTIES, string> = {
  phone: '212-555-0199', sms: '212-555-0100', variant: 'banner', hours: 'Mon–Fri', label: 'Talk to us', emergencyNote: '',
};

describe('<iop-call-to-action>: never blank, never throwing', () => {
  it.each(Object.entries(CTA_PROPERTIES))('removing the %s attribute gives the default, with no warning', async (name, { attribute }) => {
    const expected = await defaultRendering();
    const el = await mount(`<iop-call-to-action ${attribute}="${VALID[name as keyof typeof VALID]}"></iop-call-to-action>`);
    expect(shown(el)).not.toBe(expected);
    el.removeAttribute(attribute);
    await el.updateComplete;
    expect(shown(el)).toBe(expected);
    expect(warnings()).toEqual([]);
  });

  const WRONG: [string, unknown, boolean][] = [['undefined', undefined, false], ['null', null, false], ['a number', 42, true], ['an object', { a: 1 }, true]];
  describe.each(Object.keys(CTA_PROPERTIES).filter((name) => name !== 'phone'))('%s', (name) => {
    it.each(WRONG)('set to %s after upgrade gives the default', async (_, value, warns) => {
      const expected = await defaultRendering();
      const el = await mount(`<iop-call-to-action ${CTA_PROPERTIES[name as keyof typeof CTA_PROPERTIES].attribute}="${VALID[name as keyof typeof VALID]}"></iop-call-to-action>`);
      (el as unknown as Record<string, unknown>)[name] = value;
      await el.updateComplete;
      expect(shown(el)).toBe(expected);
      expect(warnings().some((w) => w.startsWith('<iop-call-to-action>'))).toBe(warns);
    });

    it.each(WRONG)('set to %s before upgrade gives the default', async (_, value, warns) => {
      const expected = await defaultRendering();
      const el = document.implementation.createHTMLDocument().createElement('iop-call-to-action');
      (el as unknown as Record<string, unknown>)[name] = value;
      expect(el).not.toBeInstanceOf(IopCallToAction);
      document.body.append(document.adoptNode(el));
      expect(el).toBeInstanceOf(IopCallToAction);
      await (el as IopCallToAction).updateComplete;
      expect(shown(el)).toBe(expected);
      expect(warnings().some((w) => w.startsWith('<iop-call-to-action>'))).toBe(warns);
    });
  });

  it.each([['undefined', undefined], ['null', null], ['an empty string', '']])('phone set to %s gives the default number, with no warning', async (_, value) => {
    const el = await mount('<iop-call-to-action phone="212-555-0199"></iop-call-to-action>');
    el.phone = value as string;
    await el.updateComplete;
    expect(part(el, 'call')!.getAttribute('href')).toBe(`tel:${CTA_PROPERTIES.phone.default}`);
    expect(warnings()).toEqual([]);
  });

  it.each([['a number', 2125550199], ['an object', {}]])('phone set to %s before upgrade never dials another number: the fallback shows', async (_, value) => {
    const el = document.implementation.createHTMLDocument().createElement('iop-call-to-action');
    el.innerHTML = '<a href="tel:+12125550199">Call 212-555-0199</a>';
    (el as unknown as Record<string, unknown>).phone = value;
    document.body.append(document.adoptNode(el));
    await (el as IopCallToAction).updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).not.toBeNull();
    expect(el.shadowRoot!.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
    expect(warnings().join()).toContain('is not text');
  });

  it('label = undefined before the first render shows the default label, not a blank widget', async () => {
    const el = document.createElement('iop-call-to-action');
    el.label = undefined;
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).toBe('Call now');
    expect(part(el, 'call')!.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('shows its light-DOM fallback if rendering fails, with a warning and no exception', async () => {
    const render = vi.spyOn(IopCallToAction.prototype, 'render').mockImplementation(() => {
      throw new TypeError('boom');
    });
    const el = await mount('<iop-call-to-action><a href="tel:+12125550199">Call 212-555-0199</a></iop-call-to-action>');
    expect(el.querySelector('a')!.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(warnings().join()).toContain('<iop-call-to-action>: could not render (boom), so its fallback content is shown.');
    render.mockRestore();
    el.hours = 'later';
    await el.updateComplete;
    expect(el.querySelector('a')!.getBoundingClientRect().width).toBeGreaterThan(0);
  });
});

describe('<iop-call-to-action>: language', () => {
  it.each([
    ['es-MX', 'es', 'Llame ahora', 'ltr'],
    ['fr', 'fr', 'Appelez maintenant', 'ltr'],
    ['zh-CN', 'zh-Hans', '立即致电', 'ltr'],
    ['vi', 'vi', 'Gọi ngay', 'ltr'],
    ['ar-EG', 'ar', 'اتصل الآن', 'rtl'],
  ])('speaks %s as %s', async (lang, tag, label, dir) => {
    const el = await mount(`<iop-call-to-action lang="${lang}"></iop-call-to-action>`);
    expect(part(el, 'label')!.textContent).toBe(label);
    expect(part(el, 'base')!.getAttribute('lang')).toBe(tag);
    expect(part(el, 'base')!.getAttribute('dir')).toBe(dir);
  });

  it('takes the nearest [lang] ancestor, then the document, and re-renders when it changes', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount('<section><iop-call-to-action></iop-call-to-action></section>');
    expect(part(el, 'label')!.textContent).toBe('Appelez maintenant');
    el.parentElement!.lang = 'es';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).toBe('Llame ahora');
    el.lang = 'ar';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, 'base')!.dir).toBe('rtl');
  });

  it('shows English for an unknown language, with one warning', async () => {
    const el = await mount('<iop-call-to-action lang="xx-YY"></iop-call-to-action>');
    el.hours = 'again';
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).toBe('Call now');
    expect(warnings().filter((w) => w.includes('lang="xx-YY"'))).toHaveLength(1);
  });
});

describe('<iop-call-to-action>: host page CSS', () => {
  it('keeps its size and line height under hostile global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'html{font-size:62.5%} *{line-height:0.8 !important; font-size: 8px} a{all:unset}';
    document.head.append(style);
    try {
      const el = await mount('<iop-call-to-action></iop-call-to-action>');
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.fontSize).toBe('16px');
      expect(base.lineHeight).toBe('24px');
      expect(getComputedStyle(part(el, 'call')!).paddingTop).toBe('12px');
    } finally {
      style.remove();
    }
  });
});
