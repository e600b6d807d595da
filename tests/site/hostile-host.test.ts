import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { widgetFileNames } from '../../src/widgets/build/file-names.ts';
import { DEFAULT_EMBED, htmlSnippet } from '../../src/widgets/embed/snippets.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { interpolate } from '../../src/i18n/translate.ts';
import { CHECKLISTS, questionCount } from '../../src/widgets/checklist/checklist.content.ts';
import { WIDGET_STRINGS } from '../../src/widgets/translations/index.ts';

/**
 * A partner page at its worst, on another origin than the widget file: a
 * strict CSP with Trusted Types, global CSS that breaks most components, and
 * the widget script included twice. The widgets are placed with the embed
 * page's HTML snippet (the plain-HTML and WordPress guide), as a partner
 * pastes it. Everything runs on 127.0.0.1.
 */
const dist = new URL('../../dist/', import.meta.url);
const names = widgetFileNames();
const integrity = JSON.parse(readFileSync(new URL('widgets/integrity.json', dist), 'utf8')) as Record<string, string>;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Headers `_headers` gives the widget path, applied by the test server as a host would. */
function widgetHeaders(): Record<string, string> {
  const block = readFileSync(new URL('_headers', dist), 'utf8').split(/\n(?=\S)/).find((b) => /\/widgets\/\*/.test(b)) ?? '';
  return Object.fromEntries(block.split('\n').slice(1).filter(Boolean).map((line) => line.trim().split(/:\s*/, 2) as [string, string]));
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const HOSTILE_CSS = 'html{font-size:62.5%}button{all:unset}*{line-height:0.8}a{color:red;font-size:30px}table,td,th{border:5px solid red;padding:30px}';

function hostPage(widgetOrigin: string, { scripts = true, lang = 'en', hostLit = false } = {}): string {
  const src = `${widgetOrigin}/widgets/${names.script}`;
  const snippet = htmlSnippet(
    { ...DEFAULT_EMBED, phone: '212-555-0199', hours: 'Mon–Fri 9–5', storageKey: 'partner-test' },
    { src, integrity: integrity[names.script]!, checklistPage: 'https://iop-library.example.org/en/choosing-a-program/' },
  );
  const [scriptTag, ...elements] = snippet.split('\n');
  const tags = hostLit
    ? `<script src="/host-lit.js"></script><script src="${src}"></script>`
    : scripts
    ? `${scriptTag}\n<script src="${widgetOrigin}/widgets/${names.scriptAlias}"></script>`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner clinic</title>
<link rel="stylesheet" href="/hostile.css">${tags}</head><body><main><h1>Partner clinic</h1>
${elements.join('\n')}
</main></body></html>`;
}

let browser: Browser;
let widgets: StaticServer;
let host: Server;
let widgetOrigin: string;
let hostOrigin: string;

beforeAll(async () => {
  const headers = widgetHeaders();
  widgets = await serveStatic(fileURLToPath(dist), { headers: (path) => (path.startsWith('/widgets/') ? headers : {}) });
  widgetOrigin = widgets.origin;
  const csp = `default-src 'none'; script-src ${widgetOrigin}; style-src 'self'; require-trusted-types-for 'script'; base-uri 'none'`;
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/hostile.css') return void res.writeHead(200, { 'Content-Type': 'text/css' }).end(HOSTILE_CSS);
    // Stands in for the host page's own Lit, which claims the `lit-html` Trusted Types policy first.
    if (url.pathname === '/host-lit.js') {
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end("trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });");
    }
    if (url.pathname !== '/') return void res.writeHead(404).end();
    const hostLit = url.searchParams.has('host-lit');
    const page = hostPage(widgetOrigin, { scripts: url.searchParams.get('scripts') !== 'no', lang: url.searchParams.get('lang') ?? 'en', hostLit });
    // With the host's own Lit, the page names the policies it allows and forbids duplicates.
    const policy = hostLit ? `${csp.replace('script-src', "script-src 'self'")}; trusted-types lit-html iop-widgets` : csp;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy }).end(page);
  });
  hostOrigin = await listen(host);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await widgets?.close();
  host?.close();
});

interface Visit {
  page: Page;
  problems: string[];
  requests: string[];
}

async function visit(path = '/'): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(hostOrigin + path);
  await page.waitForFunction(() => customElements.get('iop-checklist') && document.querySelector('iop-checklist')?.shadowRoot?.querySelector('table'));
  return { page, problems, requests };
}

describe('widgets on a hostile partner page', () => {
  it('render with no console errors or warnings, and request nothing but the script', async () => {
    const { page, problems, requests } = await visit();
    expect(problems).toEqual([]);
    expect(requests.sort()).toEqual(
      [`${hostOrigin}/`, `${hostOrigin}/hostile.css`, `${widgetOrigin}/widgets/${names.script}`, `${widgetOrigin}/widgets/${names.scriptAlias}`].sort(),
    );
    await expect(page.locator('iop-call-to-action [part=call]').getAttribute('href')).resolves.toBe('tel:+12125550199');
    await page.context().close();
  });

  it("do not collide with the host page's own Lit Trusted Types policy", async () => {
    const { page, problems } = await visit('/?host-lit');
    expect(problems).toEqual([]);
    await expect(page.locator('iop-checklist [part=checkbox]').count()).resolves.toBe(questionCount('en'));
    await page.context().close();
  });

  it('keep their own sizes under the page CSS', async () => {
    const { page } = await visit();
    const sizes = await page.evaluate(() => {
      const base = document.querySelector('iop-checklist')!.shadowRoot!.querySelector('.base')!;
      const call = document.querySelector('iop-call-to-action')!.shadowRoot!.querySelector('.call')!;
      return { font: getComputedStyle(base).fontSize, line: getComputedStyle(base).lineHeight, callPadding: getComputedStyle(call).paddingTop };
    });
    expect(sizes).toEqual({ font: '16px', line: '24px', callPadding: '12px' });
    await page.context().close();
  });

  it("put nothing on window but Lit's own version records", async () => {
    const context = await browser.newContext();
    const plain = await context.newPage();
    await plain.goto(`${hostOrigin}/?scripts=no`);
    const before = await plain.evaluate(() => Object.getOwnPropertyNames(window));
    const { page } = await visit();
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((name) => !before.includes(name)).sort()).toEqual(['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
    await Promise.all([context.close(), page.context().close()]);
  });

  it('work with the keyboard and keep ticks across a reload', async () => {
    const { page } = await visit();
    const focused = () => page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}${(el as HTMLInputElement).id ? `#${(el as HTMLInputElement).id}` : ''}` : '';
    });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a[part=call]');
    for (let i = 0; i < 10 && (await focused()) !== 'input[part=checkbox]#c0-state-license'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('input[part=checkbox]#c0-state-license');
    await page.keyboard.press('Space');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('iop-checklist')?.shadowRoot?.querySelector('table'));
    expect(await page.locator('iop-checklist #c0-state-license').isChecked()).toBe(true);
    await page.context().close();
  });

  // The bundle carries the strings and checklists in a compact form made at build time; this reads them back.
  it.each(LOCALE_CODES)('show the %s strings and checklist of the source files', async (locale) => {
    const { page, problems } = await visit(`/?lang=${locale}`);
    const shown = await page.evaluate(() => {
      const cta = document.querySelector('iop-call-to-action')!.shadowRoot!;
      const list = document.querySelector('iop-checklist')!.shadowRoot!;
      const texts = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent!.trim());
      return {
        label: texts(cta, '[part=label]'),
        crisis: texts(cta, '[part=crisis] a'),
        title: texts(list, '[part=title]'),
        sections: texts(list, '[scope=rowgroup]'),
        questions: texts(list, '[scope=row]'),
        progress: texts(list, '[part=progress]'),
        buttons: texts(list, '[part=actions] button'),
      };
    });
    const t = WIDGET_STRINGS[locale];
    const { sections } = CHECKLISTS[locale];
    const total = sections.flatMap((s) => s.questions).length;
    expect(shown).toEqual({
      label: [t['cta.label']],
      crisis: [interpolate(t['cta.call'], { number: '988' }), interpolate(t['cta.text'], { number: '988' })],
      title: [t['checklist.title']],
      sections: sections.map((s) => s.title),
      questions: sections.flatMap((s) => s.questions.map((q) => q.text)),
      progress: [`${interpolate(t['checklist.program'], { n: 1 })} ${interpolate(t['checklist.progress'], { done: 0, total })}`],
      buttons: [t['checklist.add'], t['checklist.print'], t['checklist.reset']],
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['en', 'es-MX', 'zh-CN', 'ar-EG'])('pass axe in %s', async (lang) => {
    const { page } = await visit(`/?lang=${lang}`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [['iop-call-to-action'], ['iop-checklist']] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('run no script from bad attributes', async () => {
    const { page, problems } = await visit();
    const result = await page.evaluate(async () => {
      (window as { pwned?: boolean }).pwned = false;
      const cta = document.createElement('iop-call-to-action');
      cta.setAttribute('phone', 'javascript:window.pwned=true');
      cta.setAttribute('sms', '<img src=x onerror="window.pwned=true">');
      cta.setAttribute('label', '<img src=x onerror="window.pwned=true">');
      cta.setAttribute('lang', 'xx');
      document.body.append(cta);
      await cta.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      return { pwned: (window as { pwned?: boolean }).pwned, href: cta.shadowRoot!.querySelector('[part=call]')!.getAttribute('href'), img: !!cta.shadowRoot!.querySelector('img') };
    });
    // No fallback content and an invalid phone: the national helpline, never the library's program line.
    expect(result).toEqual({ pwned: false, href: 'tel:+18006624357', img: false });
    expect(problems.filter((p) => p.startsWith('warning: <iop-call-to-action>'))).toHaveLength(4);
    expect(problems.filter((p) => !p.startsWith('warning'))).toEqual([]);
    await page.context().close();
  });
});
