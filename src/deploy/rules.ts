/**
 * The site's HTTP response headers as data: one list of rules that the build
 * writes out for each kind of host (see formats.ts). Pure: the build passes
 * in the list of built files and the pages' merged policy.
 *
 * Rule paths are exact (`/sw.js`) or a folder with a trailing splat
 * (`/_astro/*`, everything under it). No two rules that match one built
 * file set the same header: hosts differ in what they do then (Netlify keeps
 * one value, Cloudflare joins them with commas), so the build refuses it.
 */
import { PAGEFIND_HASHED } from '../search/bundle.ts';

/** One block of headers for a path pattern. */
export interface HeaderRule {
  /** `/exact/path`, or `/folder/*` for everything under the folder (`/*`: every path). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Cache-Control values. */
export const CACHE = {
  /** Files whose name changes when their bytes do. */
  immutable: 'public, max-age=31536000, immutable',
  /** Files at a fixed URL whose bytes change with a build: HTML, `sw.js`, aliases, Pagefind's entry files. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** `Permissions-Policy`: every powerful feature off; the library needs none of them. */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media',
  'fullscreen', 'geolocation', 'gyroscope', 'hid', 'identity-credentials-get', 'magnetometer', 'microphone', 'midi',
  'payment', 'picture-in-picture', 'publickey-credentials-create', 'publickey-credentials-get', 'screen-wake-lock',
  'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/**
 * Every page's Content-Security-Policy, before the hash of its inline
 * stylesheet is added to `style-src` (csp.ts, `pagePolicy`). No inline
 * scripts: every script is a file of the site. Search runs Pagefind's
 * WebAssembly: 'wasm-unsafe-eval' allows compiling it, and nothing else (no eval).
 */
export const PAGE_DIRECTIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
]);

/** Directives a `<meta>` policy cannot carry, added to the header's. */
export const HEADER_ONLY_DIRECTIVES = new Map([['frame-ancestors', ["'none'"]]]);

/** Headers for every response. `csp` is the pages' merged policy (csp.ts). */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Headers for the widget files only: partners load them from other origins, with SRI (`crossorigin`) or as modules. */
export const WIDGET_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
} as const;

/** Folders of the build, relative to its root. */
const ASTRO_ASSETS = '_astro';
const PAGEFIND = 'pagefind';
const WIDGETS = 'widgets';
/** Files the build writes for hosts, never served. */
export const DEPLOY_FILES = { headersFile: '_headers', folder: '_deploy' } as const;
/** The files the build writes, relative to its root: `_headers` (Netlify, Cloudflare Pages), the JSON list, the nginx include. */
export const DEPLOY_OUTPUT = {
  headers: DEPLOY_FILES.headersFile,
  json: `${DEPLOY_FILES.folder}/headers.json`,
  nginx: `${DEPLOY_FILES.folder}/nginx.conf`,
} as const;

/** Vite's content hash in an asset name: `Base.4cme82LK.css`, `page-Dyr_1oLG.js`. */
const VITE_HASHED = /[.-][\w-]{8}\.[a-z0-9]+$/i;

/**
 * Every rule for a build. `files` lists the built files relative to its
 * root (`en/help/index.html`, `_astro/page-Dyr_1oLG.js`); `base` is the
 * site's base path (`/` or `/some/path/`); `versionedWidgets` names the
 * widget files whose name carries their version (the rest are aliases).
 * Throws when a file in a folder cached as immutable has no content hash in
 * its name.
 */
export function headerRules(site: { base: string; csp: string; files: readonly string[]; versionedWidgets: readonly string[] }): HeaderRule[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const versioned = new Set(site.versionedWidgets);
  const rules: HeaderRule[] = [
    { path: `${base}*`, headers: securityHeaders(site.csp) },
    { path: `${base}${WIDGETS}/*`, headers: WIDGET_HEADERS },
  ];
  const cache = (path: string, value: string) => rules.push({ path: `${base}${path}`, headers: { 'Cache-Control': value } });
  const immutableFolder = (folder: string, files: readonly string[], hashed: RegExp) => {
    const unhashed = files.filter((file) => !hashed.test(file));
    if (unhashed.length > 0) {
      throw new Error(`${folder}/ is cached as immutable, but these files have no content hash in their name: ${unhashed.join(', ')}. Fix src/deploy/rules.ts.`);
    }
    cache(`${folder}/*`, CACHE.immutable);
  };
  const tree = groupByFolder(site.files.filter((file) => !file.startsWith(`${DEPLOY_FILES.folder}/`) && file !== DEPLOY_FILES.headersFile));
  for (const [folder, files] of tree) {
    if (folder === '') {
      for (const file of files) {
        cache(file, CACHE.revalidate);
        if (file === 'index.html') cache('', CACHE.revalidate);
      }
    } else if (folder === ASTRO_ASSETS) {
      immutableFolder(folder, files, VITE_HASHED);
    } else if (folder === PAGEFIND) {
      for (const [sub, subFiles] of groupByFolder(files)) {
        if (sub !== '') immutableFolder(`${folder}/${sub}`, subFiles, PAGEFIND_HASHED);
        else for (const file of subFiles) cache(`${folder}/${file}`, PAGEFIND_HASHED.test(file) ? CACHE.immutable : CACHE.revalidate);
      }
    } else if (folder === WIDGETS) {
      for (const file of files) cache(`${folder}/${file}`, versioned.has(file) ? CACHE.immutable : CACHE.revalidate);
    } else {
      cache(`${folder}/*`, CACHE.revalidate);
    }
  }
  return rules;
}

/** Files by their first path segment (`''` for files at the top): `a/b/c` goes to `a` as `b/c`. */
function groupByFolder(files: readonly string[]): Map<string, string[]> {
  const tree = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const slash = file.indexOf('/');
    const [folder, rest] = slash === -1 ? ['', file] : [file.slice(0, slash), file.slice(slash + 1)];
    tree.set(folder, [...(tree.get(folder) ?? []), rest]);
  }
  return tree;
}

/**
 * Whether a rule's path matches a request path.
 * @example
 * ruleMatches('/_astro/*', '/_astro/page-Dyr_1oLG.js') // => true
 * ruleMatches('/sw.js', '/sw.js?x') // => false (pass the path without its query)
 */
export function ruleMatches(rulePath: string, pathname: string): boolean {
  return rulePath.endsWith('/*') ? pathname.startsWith(rulePath.slice(0, -1)) : pathname === rulePath;
}

/**
 * The headers a request path gets: those of every matching rule. Throws
 * when two matching rules set the same header (see the module comment).
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const setBy: Record<string, string> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, pathname))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      if (setBy[key]) throw new Error(`Header rules ${setBy[key]} and ${rule.path} both set ${name} for ${pathname}; hosts disagree on what that means. Fix src/deploy/rules.ts.`);
      setBy[key] = rule.path;
      headers[name] = value;
    }
  }
  return headers;
}
