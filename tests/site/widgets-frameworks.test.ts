import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { widgetFileNames } from '../../src/widgets/build/file-names.ts';
import { questionCount } from '../../src/widgets/checklist/checklist.content.ts';
import { ANGULAR_GUIDE, REACT_GUIDE, VUE_GUIDE, type FrameworkGuide } from '../../src/widgets/embed/guides.ts';

/**
 * The embed page's React 19, Vue 3 and Angular guides, run as apps: each
 * guide's code is bundled with esbuild (the framework's development build, so
 * it warns; Angular compiled just in time, zoneless, in dev mode),
 * and a small harness drives every property through set, change and clear.
 * The widget script comes from another origin (a second loopback port), with
 * SRI, loaded before the app ("widgets first") or after it has rendered
 * ("widgets last", so the framework meets elements that are not upgraded yet).
 */
const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const names = widgetFileNames();
const integrity = JSON.parse(readFileSync(new URL('widgets/integrity.json', dist), 'utf8')) as Record<string, string>;

/** Serves a guide's code as the module `iop-guide`. */
function guideModule(guide: FrameworkGuide, loader: 'jsx' | 'js' | 'ts'): Plugin {
  return {
    name: 'iop-guide',
    setup(b) {
      b.onResolve({ filter: /^iop-guide$/ }, () => ({ path: 'iop-guide', namespace: 'guide' }));
      b.onLoad({ filter: /.*/, namespace: 'guide' }, () => ({ contents: guide.files[0]!.code, loader, resolveDir: fileURLToPath(root) }));
    },
  };
}

/** Every property, as set, changed and cleared; `storageKey` decides where a tick is saved. */
const STEPS = {
  set: { phone: '212-555-0199', sms: '212-555-0100', hours: 'Mon–Fri 9–5', label: 'Talk to us', variant: 'banner', emergencyNote: true, storageKey: 'clinic:set' },
  change: { phone: '(646) 555-0123', sms: '646-555-0100', hours: 'Sat 9–1', label: 'Call the clinic', variant: 'inline', emergencyNote: false, storageKey: 'clinic:change' },
  clear: {},
} as const;

/** What the widgets show for each step. */
const SHOWN = {
  set: { call: 'tel:+12125550199', label: 'Talk to us', sms: 'sms:+12125550100', hours: 'Mon–Fri 9–5', variant: 'banner', crisis: true, saved: 'clinic:set' },
  change: { call: 'tel:+16465550123', label: 'Call the clinic', sms: 'sms:+16465550100', hours: 'Sat 9–1', variant: 'inline', crisis: false, saved: 'clinic:change' },
  clear: { call: 'tel:+18555091697', label: 'Call now', sms: null, hours: null, variant: 'button', crisis: false, saved: 'iop-widgets:checklist' },
};

const HARNESS = {
  react: `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App, ProgramHelp } from 'iop-guide';
window.events = [];
const root = createRoot(document.getElementById('app'));
window.harness = {
  set(props) {
    flushSync(() => root.render(createElement(ProgramHelp, { ...props, onChecklistChange: (detail) => window.events.push(detail) })));
  },
  app() {
    flushSync(() => createRoot(document.getElementById('demo')).render(createElement(App)));
  },
};
window.harness.set(${JSON.stringify(STEPS.set)});
`,
  vue: `
import { createApp, h, nextTick, shallowRef } from 'vue';
import { isCustomElement, mountApp, ProgramHelp } from 'iop-guide';
window.events = [];
const props = shallowRef(${JSON.stringify(STEPS.set)});
const app = createApp({ render: () => h(ProgramHelp, { ...props.value, onChecklistChange: (detail) => window.events.push(detail) }) });
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');
window.harness = {
  async set(next) {
    props.value = next;
    await nextTick();
  },
  app() {
    mountApp('#demo');
  },
};
`,
  // JIT needs the compiler first; ProgramHelp is the guide's component, created as the root of #app.
  angular: `
import '@angular/compiler';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { AppComponent, ProgramHelpComponent } from 'iop-guide';
window.events = [];
const inputs = ${JSON.stringify(Object.keys(STEPS.set))};
(async () => {
  const appRef = await createApplication({ providers: [provideZonelessChangeDetection()] });
  const mount = (component, id) => {
    const ref = createComponent(component, { environmentInjector: appRef.injector, hostElement: document.getElementById(id) });
    appRef.attachView(ref.hostView);
    return ref;
  };
  const help = mount(ProgramHelpComponent, 'app');
  help.instance.checklistChange.subscribe((detail) => window.events.push(detail));
  window.harness = {
    set(props) {
      for (const name of inputs) help.setInput(name, props[name]);
      appRef.tick();
    },
    app() {
      mount(AppComponent, 'demo');
      appRef.tick();
    },
  };
  window.harness.set(${JSON.stringify(STEPS.set)});
})();
`,
};

type Framework = keyof typeof HARNESS;

const GUIDES = { react: [REACT_GUIDE, 'jsx'], vue: [VUE_GUIDE, 'js'], angular: [ANGULAR_GUIDE, 'ts'] } as const;

async function bundleApp(framework: Framework): Promise<string> {
  const vue = framework === 'vue';
  const [guide, loader] = GUIDES[framework];
  const result = await build({
    stdin: { contents: HARNESS[framework], resolveDir: fileURLToPath(root), loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
    jsx: 'automatic',
    plugins: [guideModule(guide, loader)],
    // Angular's decorators, as its CLI compiles them.
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    // Vue compiles templates in the browser only in its full build, as the Vue guide says.
    alias: vue ? { vue: 'vue/dist/vue.esm-bundler.js' } : {},
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let browser: Browser;
let widgets: StaticServer;
let host: Server;
let hostOrigin: string;
const apps: Record<string, string> = {};

beforeAll(async () => {
  [apps.react, apps.vue, apps.angular] = await Promise.all([bundleApp('react'), bundleApp('vue'), bundleApp('angular')]);
  widgets = await serveStatic(fileURLToPath(dist), { headers: (path) => (path.startsWith('/widgets/') ? { 'Access-Control-Allow-Origin': '*' } : {}) });
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const app = apps[url.pathname.slice(1).replace(/\.js$/, '')];
    if (app) return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(app);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname !== '/') return void res.writeHead(404).end();
    const widgetScript = `<script src="${widgets.origin}/widgets/${names.script}" integrity="${integrity[names.script]}" crossorigin="anonymous"${url.searchParams.has('widgets-last') ? ' defer' : ''}></script>`;
    const appScript = `<script src="/${url.searchParams.get('app')}.js"></script>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner app</title>${url.searchParams.has('widgets-last') ? '' : widgetScript}</head>
<body><div id="app"></div><div id="demo"></div>${appScript}${url.searchParams.has('widgets-last') ? widgetScript : ''}</body></html>`,
    );
  });
  hostOrigin = await new Promise((resolve) => host.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(host.address() as AddressInfo).port}`)));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await widgets?.close();
  host?.close();
});

/** What the two widgets in `#app` show, and where a tick is saved. */
async function shown(page: Page) {
  return page.evaluate(async () => {
    const cta = document.querySelector('#app iop-call-to-action') as HTMLElement & { updateComplete: Promise<unknown> };
    const list = document.querySelector('#app iop-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([cta.updateComplete, list.updateComplete]);
    const part = (name: string) => cta.shadowRoot!.querySelector(`[part=${name}]`);
    localStorage.clear();
    list.shadowRoot!.querySelector<HTMLInputElement>('[part=checkbox]')!.click();
    return {
      call: part('call')?.getAttribute('href'),
      label: part('label')?.textContent,
      sms: part('sms')?.getAttribute('href') ?? null,
      hours: part('hours')?.textContent ?? null,
      variant: ['button', 'banner', 'inline'].find((v) => part('base')!.classList.contains(v)),
      crisis: !!part('crisis'),
      saved: Object.keys(localStorage).join(),
    };
  });
}

describe.each(['react', 'vue', 'angular'] as const)('the %s guide as an app, with the widgets from another origin', (framework) => {
  it.each(['widgets first', 'widgets last'])('sets, changes and clears every property, and hears the event (%s)', async (order) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${hostOrigin}/?app=${framework}${order === 'widgets last' ? '&widgets-last' : ''}`);
    await page.waitForFunction(() => customElements.get('iop-checklist') && document.querySelector('#app iop-checklist')?.shadowRoot?.querySelector('table'));
    for (const step of ['set', 'change', 'clear'] as const) {
      if (step !== 'set') await page.evaluate((props) => (window as unknown as { harness: { set(p: object): unknown } }).harness.set(props), STEPS[step]);
      expect(await shown(page), `${framework}, ${order}, ${step}`).toEqual(SHOWN[step]);
    }
    const events = await page.evaluate(() => (window as unknown as { events: { programs: { checked: string[] }[]; total: number }[] }).events);
    expect(events.map((e) => [e.programs[0]!.checked, e.total])).toEqual(Array(3).fill([['state-license'], questionCount('en')]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("runs the guide's App: state drives a prop and the event updates state", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${hostOrigin}/?app=${framework}`);
    await page.waitForFunction(() => customElements.get('iop-checklist'));
    await page.evaluate(() => (window as unknown as { harness: { app(): void } }).harness.app());
    await page.waitForFunction(() => document.querySelector('#demo iop-checklist')?.shadowRoot?.querySelector('table'));
    await page.locator('#demo iop-checklist [part=checkbox]').first().click();
    await expect.poll(() => page.locator('#demo').getByText(/^Questions ticked:/).textContent()).toBe('Questions ticked: 1');
    const crisisOrHours = () => page.locator('#demo iop-call-to-action').evaluate((el) => [!!el.shadowRoot!.querySelector('[part=hours]'), !!el.shadowRoot!.querySelector('[part=crisis]')]);
    const before = await crisisOrHours();
    await page.locator('#demo > main > button, #demo > button').click();
    await expect.poll(crisisOrHours).not.toEqual(before);
    expect(problems).toEqual([]);
    await page.close();
  });
});
