import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheKey, entryLocale, isContentHashed, languageOfflinePage, localeOfPath, offlinePagePath, requestKind, slashedPagePath } from '../../src/offline/routes.ts';
import { formatMegabytes, parseManifest, planUpdate, snapshotCacheName } from '../../src/offline/manifest.ts';
import { EMPTY_STATE, parseState, referencedCaches } from '../../src/offline/state.ts';
import { webManifest, ICONS } from '../../src/offline/web-manifest.ts';
import { languageName } from '../../src/offline/language-name.ts';
import { createWriteGate } from '../../src/offline/write-gate.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

const codes = [...LOCALE_CODES];

describe('which requests the worker answers', () => {
  it('pages, the search bundle and page assets; never widgets, the worker, the manifests or other paths', () => {
    expect(requestKind('/en/help/', '/', true)).toBe('page');
    expect(requestKind('/pagefind/pagefind-entry.json', '/', false)).toBe('search');
    expect(requestKind('/_astro/page-Dyr_1oLG.js', '/', false)).toBe('asset');
    expect(requestKind('/favicon.svg', '/', false)).toBe('asset');
    expect(requestKind('/fr/manifest.webmanifest', '/', false)).toBe('asset');
    expect(requestKind('/icons/icon-192.png', '/', false)).toBe('asset');
    expect(requestKind('/widgets/iop-widgets.js', '/', false)).toBeUndefined();
    expect(requestKind('/widgets/demo.html', '/', true)).toBeUndefined();
    expect(requestKind('/sw.js', '/', false)).toBeUndefined();
    expect(requestKind('/offline/en.json', '/', false)).toBeUndefined();
    expect(requestKind('/sitemap-index.xml', '/', false)).toBeUndefined();
    expect(requestKind('/es/search/', '/', false)).toBe('page');
    expect(requestKind('/en/help/', '/some/path/', true)).toBeUndefined();
    expect(requestKind('/some/path/en/help/', '/some/path/', true)).toBe('page');
  });
  it('knows content-hashed files', () => {
    expect(isContentHashed('/_astro/x.Dyr_1oLG.js', '/')).toBe(true);
    expect(isContentHashed('/pagefind/index/en_45a843c.pf_index', '/')).toBe(true);
    expect(isContentHashed('/pagefind/pagefind.en_3d22382768.pf_meta', '/')).toBe(true);
    expect(isContentHashed('/pagefind/pagefind-entry.json', '/')).toBe(false);
    expect(isContentHashed('/pagefind/wasm.en.pagefind', '/')).toBe(false);
  });
  it('finds the language of a page, of an index file, and of the entry request', () => {
    expect(localeOfPath('/zh-Hans/help/', '/', codes)).toBe('zh-Hans');
    expect(localeOfPath('/pagefind/fragment/zh-hans_0a1b2c3.pf_fragment', '/', codes)).toBe('zh-Hans');
    expect(localeOfPath('/pagefind/pagefind.ar_227b6a6cfd.pf_meta', '/', codes)).toBe('ar');
    expect(localeOfPath('/pagefind/pagefind.js', '/', codes)).toBeUndefined();
    expect(localeOfPath('/xx/page/', '/', codes)).toBeUndefined();
    expect(entryLocale(new URL('https://x/pagefind/pagefind-entry.json?ts=vi'), codes)).toBe('vi');
    expect(entryLocale(new URL('https://x/pagefind/pagefind-entry.json?ts=1700000000'), codes)).toBeUndefined();
  });
  it('keys every entry without its query or fragment', () => {
    expect(cacheKey('https://x/en/search/?q=overdose#r')).toBe('https://x/en/search/');
    expect(cacheKey('https://x/pagefind/pagefind-entry.json?ts=en')).toBe('https://x/pagefind/pagefind-entry.json');
  });
  it('falls back to the language\'s offline page, or English outside any language', () => {
    expect(offlinePagePath('/ar/cbt/', '/', codes)).toBe('/ar/offline/');
    expect(offlinePagePath('/p/', '/p/', codes)).toBe('/p/en/offline/');
    expect(languageOfflinePage('/p/', 'fr')).toBe('/p/fr/offline/');
  });
  it('sends a page address without its trailing slash to the one with it, as a host does, and leaves files alone', () => {
    expect(slashedPagePath('/fr/group-therapy')).toBe('/fr/group-therapy/');
    expect(slashedPagePath('/p/en')).toBe('/p/en/');
    expect(slashedPagePath('/fr/group-therapy/')).toBeUndefined();
    expect(slashedPagePath('/404.html')).toBeUndefined();
    expect(slashedPagePath('/icons/icon-192.png')).toBeUndefined();
  });
});

describe('offline manifests', () => {
  const file = (url: string, revision: string, bytes = 10) => ({ url, revision, bytes });
  it('plans an update: unchanged files are reused, new and changed ones downloaded', () => {
    const plan = planUpdate({ files: [file('/a', '1'), file('/b', '1'), file('/gone', '1')] }, { files: [file('/a', '1'), file('/b', '2', 30), file('/c', '1', 5)] });
    expect(plan.reuse.map((f) => f.url)).toEqual(['/a']);
    expect(plan.download.map((f) => f.url)).toEqual(['/b', '/c']);
    expect(plan.bytes).toBe(35);
    expect(planUpdate(undefined, { files: [file('/a', '1')] }).download).toHaveLength(1);
  });
  it('rejects a manifest of the wrong shape or language, naming the file', () => {
    const good = { locale: 'fr', revision: 'r', bytes: 10, files: [file('/fr/', 'x')] };
    expect(parseManifest(good, 'fr')).toEqual(good);
    expect(() => parseManifest({ ...good, locale: 'es' }, 'fr')).toThrow(/offline\/fr\.json: expected/);
    expect(() => parseManifest({ ...good, files: [{ url: '/fr/' }] }, 'fr')).toThrow(/files: \[\{ url, bytes, revision \}\]/);
    expect(() => parseManifest(null, 'fr')).toThrow();
  });
  it('names one cache per language and revision', () => {
    expect(snapshotCacheName('zh-Hans', 'abc')).toBe('iop-saved-zh-Hans-abc');
  });
  it('formats sizes in the reader\'s language', () => {
    expect(formatMegabytes(1_840_000, 'en')).toBe('1.8 MB');
    expect(formatMegabytes(1_902_660, 'es')).toBe('1,9 MB');
    expect(formatMegabytes(10, 'en')).toBe('0.1 MB');
  });
});

describe('the offline record', () => {
  afterEach(() => vi.restoreAllMocks());
  it('reads a good record and lists the caches it names', () => {
    const state = parseState(JSON.stringify({ saved: { es: { cache: 'iop-saved-es-1', revision: '1' } }, pending: { fr: { cache: 'iop-saved-fr-2', revision: '2' } } }));
    expect([...referencedCaches(state)]).toEqual(['iop-saved-es-1', 'iop-saved-fr-2']);
    expect(parseState(undefined)).toBe(EMPTY_STATE);
  });
  it('resets a corrupt record to nothing saved, with a console warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseState('{"saved": 3')).toBe(EMPTY_STATE);
    expect(parseState('{"saved":{"es":{"cache":1}},"pending":{}}')).toBe(EMPTY_STATE);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toMatch(/record of saved languages was unreadable/);
  });
});

describe('installing on a home screen', () => {
  it('has a localized web app manifest with its own icons, one maskable', () => {
    const manifest = webManifest({ base: '/p/', code: 'ar', tag: 'ar', dir: 'rtl', name: 'مكتبة', description: 'وصف' });
    expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', name: 'مكتبة', start_url: '/p/ar/', scope: '/p/', display: 'standalone' });
    expect(manifest.icons.map((i) => i.src)).toEqual(ICONS.map((i) => `/p${i.path}`));
    expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
    expect(manifest.icons.every((i) => !/^https?:/.test(i.src))).toBe(true);
  });
  it('names languages in the reader\'s language', () => {
    expect(languageName('es', 'es')).toBe('español');
    expect(languageName('fr', 'en')).toBe('French');
  });
});

describe('the worker\'s write gate (quick exit)', () => {
  type Gate = ReturnType<typeof createWriteGate>;
  const request = new Request('https://x/en/');
  const event = new Event('fetch') as ExtendableEvent;
  /** The three moments of a write, as Workbox reports them to the plugin. */
  const willCache = (gate: Gate, state: object, status = 200) => gate.plugin.cacheWillUpdate!({ request, response: new Response('x', { status }), event, state });
  const didCache = (gate: Gate, state: object) => gate.plugin.cacheDidUpdate!({ cacheName: 'c', request, newResponse: new Response('x'), event, state });
  const handled = (gate: Gate, state: object) => gate.plugin.handlerDidComplete!({ request, event, error: new Error('quota'), state });
  /** Whether `promise` has settled once pending tasks have run. */
  const settled = async (promise: Promise<unknown>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    return done;
  };

  it('lets 200 responses be cached until it closes, then none', async () => {
    const gate = createWriteGate();
    const state = {};
    expect(await willCache(gate, state)).toBeInstanceOf(Response);
    expect(await willCache(gate, {}, 404)).toBeNull();
    await didCache(gate, state);
    await gate.close();
    expect(await willCache(gate, {})).toBeNull();
  });

  it('closes only when the writes under way have landed, or their request has finished when a put failed', async () => {
    const gate = createWriteGate();
    const landing = {};
    const failing = {};
    await willCache(gate, landing);
    await willCache(gate, failing);
    const closed = gate.close();
    expect(await settled(closed)).toBe(false);
    await didCache(gate, landing);
    expect(await settled(closed)).toBe(false);
    await handled(gate, failing);
    expect(await settled(closed)).toBe(true);
  });

  it('waits for other cache work it runs, and runs none once closed', async () => {
    const gate = createWriteGate();
    const work = Promise.withResolvers<void>();
    void gate.run(() => work.promise);
    const closed = gate.close();
    expect(await settled(closed)).toBe(false);
    work.resolve();
    expect(await settled(closed)).toBe(true);
    const late = vi.fn(async () => undefined);
    await gate.run(late);
    expect(late).not.toHaveBeenCalled();
  });
});
