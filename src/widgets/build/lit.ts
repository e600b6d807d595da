/**
 * How the widgets get Lit: the `lit` package as published, production build,
 * with one change: its Trusted Types policy is named `iop-widgets` instead of
 * `lit-html`, because a host page that runs its own Lit under
 * `trusted-types lit-html` (without 'allow-duplicates') would otherwise make
 * the widgets' policy fail. The partner bundle (esbuild), the site's pages and
 * the widgets' browser tests (Vite) all load Lit through this module, so what
 * is tested is what ships.
 *
 * Upgrading Lit: bump `lit` in package.json and build. If Lit ever renames or
 * re-quotes the policy, `renameTrustedTypesPolicy` fails the build, naming the
 * file and the text it looked for; update `LIT_POLICY` to match.
 */

import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** The Trusted Types policy name the widgets' Lit uses, so a host page's own Lit never collides with it. */
export const TRUSTED_TYPES_POLICY = 'iop-widgets';

/** The exact text in lit-html's production build that creates its policy. */
export const LIT_POLICY = 'createPolicy("lit-html"';

/** lit-html's production build, the one file the rename applies to. */
export const LIT_HTML_FILE = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;

/**
 * Renames Lit's Trusted Types policy: one exact string replacement, which
 * throws unless `LIT_POLICY` occurs exactly once in `source`.
 * @example
 * renameTrustedTypesPolicy('s.createPolicy("lit-html",{…})') // => 's.createPolicy("iop-widgets",{…})'
 */
export function renameTrustedTypesPolicy(source: string, path = 'lit-html/lit-html.js'): string {
  const found = source.split(LIT_POLICY).length - 1;
  if (found !== 1) {
    throw new Error(
      `widgets' Lit: expected ${LIT_POLICY} once in ${path}, found it ${found} times. Lit changed how it names its Trusted Types policy; update LIT_POLICY in src/widgets/build/lit.ts.`,
    );
  }
  return source.replace(LIT_POLICY, `createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}`);
}

/** esbuild plugin for the partner bundle: loads lit-html with the renamed policy. */
export const litForEsbuild: EsbuildPlugin = {
  name: 'iop-widgets-lit',
  setup(build) {
    build.onLoad({ filter: LIT_HTML_FILE }, async ({ path }) => ({ contents: renameTrustedTypesPolicy(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};

/**
 * Vite plugin for the site and the browser tests: the same rename, on the
 * same production build of Lit (Vite would pick Lit's `development` build in
 * dev and test runs, which logs a dev-mode warning and differs from what
 * ships), and Lit kept out of dependency pre-bundling, which would skip it.
 */
export function litForVite(): VitePlugin {
  return {
    name: 'iop-widgets-lit',
    enforce: 'pre',
    config: () => ({ optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] } }),
    async resolveId(source, importer, options) {
      if (!/^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Lit's package exports map `development` to a `development/` twin of each production file.
      return resolved && { ...resolved, id: resolved.id.replace(/([\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/])development[\\/]/, '$1') };
    },
    transform(code, id) {
      return LIT_HTML_FILE.test(id.split('?')[0]!) ? { code: renameTrustedTypesPolicy(code, id), map: null } : undefined;
    },
  };
}
