import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import './call-to-action.ts';
import type { IopCallToAction } from './call-to-action.component.ts';

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
  it("runs on the widgets' edited Lit, as the bundle does (no Lit globals on window)", async () => {
    await mount('<iop-call-to-action></iop-call-to-action>');
    expect(Object.keys(window).filter((key) => /^lit/i.test(key))).toEqual([]);
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
    const links = [...part(el, 'crisis')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:988', 'sms:988']);
    expect(part(el, 'crisis')!.textContent).toContain('988 Suicide & Crisis Lifeline');
  });

  it.each(['button', 'banner', 'inline'])('renders the %s variant', async (variant) => {
    const el = await mount(`<iop-call-to-action variant="${variant}"></iop-call-to-action>`);
    expect(part(el, 'base')!.classList.contains(variant)).toBe(true);
    expect(part(el, 'call')!.getBoundingClientRect().width).toBeGreaterThan(0);
  });
});

describe('<iop-call-to-action>: bad attributes', () => {
  it.each(['call me', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '12', '+0 555 555 5555', '9'.repeat(40)])(
    'falls back to the default for phone=%j, with a warning naming the attribute',
    async (phone) => {
      const el = document.createElement('iop-call-to-action');
      el.phone = phone;
      document.body.append(el);
      await el.updateComplete;
      expect(part(el, 'call')!.getAttribute('href')).toBe('tel:+18555091697');
      expect(warnings().join()).toContain('phone="');
    },
  );

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
