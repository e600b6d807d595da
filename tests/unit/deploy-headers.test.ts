import { describe, expect, it } from 'vitest';
import { coversPolicy, metaPolicy, pagePolicy, parsePolicy, siteWidePolicy, styleHash } from '../../src/deploy/csp.ts';
import { toHeadersFile, toJson, toNginx } from '../../src/deploy/formats.ts';
import { CACHE, HEADER_ONLY_DIRECTIVES, PAGE_DIRECTIVES, headerRules, headersFor, ruleMatches, type HeaderRule } from '../../src/deploy/rules.ts';

const FILES = [
  'index.html',
  '404.html',
  'favicon.svg',
  'sw.js',
  'en/index.html',
  'en/help/index.html',
  '_astro/page-Dyr_1oLG.js',
  '_astro/Base.4cme82LK.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_ee235f7356.pf_meta',
  'pagefind/index/en_13b67c2.pf_index',
  'pagefind/fragment/en_1a7ed83.pf_fragment',
  'widgets/iop-widgets.0.1.0.js',
  'widgets/iop-widgets.js',
  'widgets/integrity.json',
  '_headers',
  '_deploy/headers.json',
];
const VERSIONED = ['iop-widgets.0.1.0.js'];
const CSP = "default-src 'self'; frame-ancestors 'none'";
const rules = headerRules({ base: '/', csp: CSP, files: FILES, versionedWidgets: VERSIONED });

describe('the site-wide Content-Security-Policy', () => {
  const a = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-AAA=' 'sha256-CCC='; style-src 'self' 'sha256-S1='";
  const b = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-BBB=' 'sha256-AAA='; style-src 'self' 'sha256-S2='";

  it('joins every page’s hashes, keeps the other sources, and adds frame-ancestors', () => {
    const merged = siteWidePolicy([{ path: 'a', policy: a }, { path: 'b', policy: b }], HEADER_ONLY_DIRECTIVES);
    expect(merged).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='; style-src 'self' 'sha256-S1=' 'sha256-S2='; frame-ancestors 'none'",
    );
    expect(coversPolicy(parsePolicy(merged), parsePolicy(a))).toBe(true);
    expect(coversPolicy(parsePolicy(merged), parsePolicy(b))).toBe(true);
  });

  it('does not cover a page with a hash or source it lacks', () => {
    expect(coversPolicy(parsePolicy(a), parsePolicy(b))).toBe(false);
    expect(coversPolicy(parsePolicy("default-src 'self' https:"), parsePolicy("default-src 'self'"))).toBe(false);
  });

  it('refuses pages that differ in more than hashes, naming them', () => {
    expect(() => siteWidePolicy([{ path: 'en/a/index.html', policy: a }, { path: 'en/b/index.html', policy: "default-src 'none'" }])).toThrow(
      /en\/b\/index\.html differs from that of en\/a\/index\.html/,
    );
    expect(() => siteWidePolicy([])).toThrow(/No page carries/);
  });

  it('writes a page’s policy: the site’s directives, and its inline stylesheet allowed by its SHA-256 alone', () => {
    // As `printf '%s' 'p{}' | openssl dgst -sha256 -binary | base64` gives it.
    expect(styleHash('p{}')).toBe("'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='");
    const policy = parsePolicy(pagePolicy(['p{}']));
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect([...policy.keys()]).toEqual([...PAGE_DIRECTIVES.keys()]);
    expect([...policy.values()].flat().filter((s) => /^'unsafe-/.test(s))).toEqual([]);
    expect(metaPolicy(`<meta http-equiv="content-security-policy" content="${pagePolicy(['p{}']).replaceAll("'", '&#39;')}">`)).toBe(pagePolicy(['p{}']));
  });

  it('reads a page’s <meta> policy', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self'"></head>`)).toBe(
      "default-src 'self'; style-src 'self'",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('header rules', () => {
  it.each([
    ['/en/help/', CACHE.revalidate],
    ['/', CACHE.revalidate],
    ['/404.html', CACHE.revalidate],
    ['/sw.js', CACHE.revalidate],
    ['/_astro/page-Dyr_1oLG.js', CACHE.immutable],
    ['/pagefind/pagefind.js', CACHE.revalidate],
    ['/pagefind/pagefind-entry.json', CACHE.revalidate],
    ['/pagefind/wasm.en.pagefind', CACHE.revalidate],
    ['/pagefind/pagefind.en_ee235f7356.pf_meta', CACHE.immutable],
    ['/pagefind/index/en_13b67c2.pf_index', CACHE.immutable],
    ['/pagefind/fragment/en_1a7ed83.pf_fragment', CACHE.immutable],
    ['/widgets/iop-widgets.0.1.0.js', CACHE.immutable],
    ['/widgets/iop-widgets.js', CACHE.revalidate],
    ['/widgets/integrity.json', CACHE.revalidate],
  ])('%s: Cache-Control %s', (path, cache) => {
    expect(headersFor(rules, path)['Cache-Control']).toBe(cache);
  });

  it('sends the security headers everywhere and CORS only on the widget files', () => {
    for (const path of ['/en/help/', '/_astro/page-Dyr_1oLG.js', '/widgets/iop-widgets.js', '/nowhere']) {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy']).toBe(CSP);
      expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
      expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
      expect(headers['Access-Control-Allow-Origin']).toBe(path.startsWith('/widgets/') ? '*' : undefined);
      expect(headers['Cross-Origin-Resource-Policy']).toBe(path.startsWith('/widgets/') ? 'cross-origin' : undefined);
    }
  });

  it('writes no rule for the files hosts read (_headers, _deploy/)', () => {
    expect(rules.some((r) => r.path.includes('_headers') || r.path.includes('_deploy'))).toBe(false);
  });

  it('puts every rule under the base path', () => {
    const based = headerRules({ base: '/some/path/', csp: CSP, files: FILES, versionedWidgets: VERSIONED });
    expect(based.every((r) => r.path.startsWith('/some/path/'))).toBe(true);
    expect(headersFor(based, '/some/path/_astro/page-Dyr_1oLG.js')['Cache-Control']).toBe(CACHE.immutable);
    expect(headersFor(based, '/some/path/')['Cache-Control']).toBe(CACHE.revalidate);
  });

  it('refuses to cache a file as immutable when its name has no hash', () => {
    expect(() => headerRules({ base: '/', csp: CSP, files: ['_astro/logo.svg'], versionedWidgets: [] })).toThrow(/_astro\/ .*logo\.svg/);
    expect(() => headerRules({ base: '/', csp: CSP, files: ['pagefind/index/en.pf_index'], versionedWidgets: [] })).toThrow(/pagefind\/index\//);
  });

  it('refuses two matching rules that set the same header', () => {
    const clash: HeaderRule[] = [
      { path: '/*', headers: { 'Cache-Control': 'no-cache' } },
      { path: '/_astro/*', headers: { 'cache-control': CACHE.immutable } },
    ];
    expect(() => headersFor(clash, '/_astro/x.js')).toThrow(/\/\* and \/_astro\/\* both set cache-control/);
  });

  it('matches exact paths and folders', () => {
    expect(ruleMatches('/*', '/anything/at/all')).toBe(true);
    expect(ruleMatches('/en/*', '/en/help/')).toBe(true);
    expect(ruleMatches('/en/*', '/es/help/')).toBe(false);
    expect(ruleMatches('/', '/index.html')).toBe(false);
  });
});

describe('host formats', () => {
  it('_headers reads back as the same rules', () => {
    const text = toHeadersFile(rules);
    const parsed: HeaderRule[] = [];
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || line === '') continue;
      if (!line.startsWith(' ')) parsed.push({ path: line, headers: {} });
      else {
        const [name, ...value] = line.trim().split(': ');
        (parsed.at(-1)!.headers as Record<string, string>)[name!] = value.join(': ');
      }
    }
    expect(parsed).toEqual(rules);
    expect(JSON.parse(toJson(rules))).toEqual(rules);
  });

  it('_headers stays within Cloudflare Pages’ limits or says why not', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ path: `/${i}`, headers: { 'Cache-Control': 'no-cache' } }));
    expect(() => toHeadersFile(many)).toThrow(/101 header rules; Cloudflare Pages reads at most 100/);
    expect(() => toHeadersFile([{ path: '/*', headers: { 'Content-Security-Policy': 'x'.repeat(2000) } }])).toThrow(/at most 2000/);
  });

  it('nginx gets one location per rule, each with every header that applies there', () => {
    const text = toNginx(rules);
    const block = (location: string) => new RegExp(`location ${location.replace(/[/.*^$]/g, '\\$&')} \\{\\n([^}]*)\\}`).exec(text)?.[1] ?? '';
    expect(block('/')).toMatch(/add_header Content-Security-Policy \$iop_content_security_policy always;/);
    expect(block('/')).not.toMatch(/Cache-Control|Access-Control/);
    expect(block('^~ /_astro/')).toMatch(/Content-Security-Policy[\s\S]*Cache-Control "public, max-age=31536000, immutable" always;/);
    expect(block('= /widgets/iop-widgets.js')).toMatch(/Access-Control-Allow-Origin[\s\S]*Cache-Control/);
    expect(block('= /')).toMatch(/Cache-Control/);
    expect(text).toContain(`set $iop_content_security_policy "${CSP}";`);
    expect(() => toNginx([{ path: '/*', headers: { X: 'a"b' } }])).toThrow(/nginx would read specially/);
  });
});
