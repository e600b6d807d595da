/**
 * The widgets' Lit: lit-html's published `lit-html.js`, edited at build time
 * so that it cannot collide with a host page's own Lit, puts nothing on
 * `window`, and carries only the parts the widgets' templates use (they bind
 * text, attributes, properties, booleans and event functions, with no
 * directives, no SVG or MathML, and no bindings inside raw-text elements). The same edits
 * apply to the widget bundle, to the site's build and to the widgets' browser
 * tests, so what is tested is what ships.
 *
 * Each edit must match exactly as often as it says (once unless `count` is
 * given): a Lit upgrade that changes the code fails the build instead of
 * shipping a half-edited Lit. `checkWidgetTemplates` fails the build when a
 * widget starts using something an edit took out.
 */

import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** The Trusted Types policy name the widgets' Lit uses instead of `lit-html`, so a host page's own Lit never collides with it. */
export const TRUSTED_TYPES_POLICY = 'iop-widgets';

interface LitEdit {
  readonly find: RegExp;
  readonly replace: string;
  /** How many matches `find` must have; 1 when left out. */
  readonly count?: number;
}

/** Edits to `lit-html/lit-html.js` (Lit 3's minified production build). */
const LIT_EDITS: readonly LitEdit[] = [
  // Our own Trusted Types policy name.
  { find: /createPolicy\("lit-html"/g, replace: `createPolicy("${TRUSTED_TYPES_POLICY}"` },
  // No `window.litHtmlVersions`, and no `window.litHtmlPolyfillSupport` hook through which a host page could reach in.
  { find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/g, replace: '0' },
  { find: /\b\w+\.litHtmlPolyfillSupport\b/g, replace: 'void 0' },
  // No directives (importing `lit-html/directive.js` fails the build): resolving one returns the value unchanged.
  { find: /function (\w+)\(t,i,s=t,e\)\{if\(i===\w+\)return i;[^]*?,i\}(?=class )/g, replace: 'function $1(t,i){return i}' },
  // What only directives and async directives read: connection state, part types, parent and boundary getters.
  { find: /setConnected\(t\)\{[^}]*\}/g, replace: '' },
  { find: /get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv\}/g, replace: '' },
  { find: /get _\$AU\(\)\{return this\._\$AM\._\$AU\}/g, replace: '', count: 3 },
  { find: /,this\._\$Cv=\w+\?\.isConnected\?\?!0/g, replace: '' },
  { find: /this\._\$AP\?\.\(!1,!0,\w+\);/g, replace: ';' },
  { find: /,?this\._\$AN=void 0/g, replace: '', count: 4 },
  { find: /this\.type=[12],/g, replace: '', count: 2 },
  { find: /constructor\([^)]*\)\{super\([^)]*\),this\.type=[345]\}/g, replace: '', count: 3 },
  { find: /get parentNode\(\)\{[^}]*\}/g, replace: '', count: 2 },
  { find: /get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/g, replace: '' },
  { find: /get tagName\(\)\{return this\.element\.tagName\}/g, replace: '' },
  // No `svg` or `mathml` templates.
  { find: /(\w+)=(\w+)\(2\),(\w+)=\2\(3\)/g, replace: '$1=/* @__PURE__ */$2(2),$3=/* @__PURE__ */$2(3)' },
  { find: /(\w+)=2===(\w+)\?"<svg>":3===\2\?"<math>":""/g, replace: '$1=""' },
  { find: /\+\(2===\w+\?"<\/svg>":3===\w+\?"<\/math>":""\)/g, replace: '' },
  { find: /,2===(\w+)\|\|3===\1\)\{const (\w+)=this\.el\.content\.firstChild;\2\.replaceWith\(\.\.\.\2\.childNodes\)\}/g, replace: ');' },
  // No bindings inside <script>, <style>, <textarea> or <title>.
  { find: /\w+\.test\((\w+)\[2\]\)&&\(\w+=RegExp\("<\/"\+\1\[2\],"g"\)\),/g, replace: '' },
  { find: /if\(\w+\.test\(\w+\.tagName\)\)\{[^]*?\}\}(?=\}else if\(8===)/g, replace: '' },
  // No element bindings (`<div ${x}>`), which only directives use.
  { find: /else (\w+)\.startsWith\(\w+\)&&\(\w+\.push\(\{type:6,index:\w+\}\),\w+\.removeAttribute\(\1\)\)/g, replace: '' },
  { find: /:6===\w+\.type&&\(\w+=new \w+\(\w+,this,\w+\)\)/g, replace: ':0' },
  // Event bindings take functions, never listener objects with options, so the options never change.
  { find: /\|\|(\w+)\.capture!==(\w+)\.capture\|\|\1\.once!==\2\.once\|\|\1\.passive!==\2\.passive/g, replace: '' },
  // No templates from Lit's compiler, and no `creationScope` or `renderBefore` render options.
  { find: /"number"==typeof (\w+)\?this\._\$AC\((\w+)\):\(void 0===\1\.el&&\(\1\.el=\w+\.createElement\(\w+\(\1\.h,\1\.h\[0\]\),this\.options\)\),\1\)/g, replace: 'this._$AC($2)' },
  { find: /\(\w+\?\.creationScope\?\?(\w+)\)\.importNode/g, replace: '$1.importNode' },
  { find: /const (\w+)=\w+\?\.renderBefore\?\?null;/g, replace: 'const $1=null;' },
  { find: /const (\w+)=\w+\?\.renderBefore\?\?(\w+);/g, replace: 'const $1=$2;' },
];

/** The Lit file the edits apply to. */
export const LIT_HTML_FILE = /node_modules[\\/]lit-html[\\/]lit-html\.js$/;

/** Lit modules whose features the edits took out. */
const UNSUPPORTED_LIT_FILE = /node_modules[\\/]lit-html[\\/](directive|async-directive|directive-helpers|static)\.js$|node_modules[\\/]lit-html[\\/]directives[\\/]/;

/**
 * Applies the edits to the source of `lit-html/lit-html.js`, or throws naming
 * the edit that no longer matches.
 */
export function editLit(source: string, path = 'lit-html.js'): string {
  let edited = source;
  for (const edit of LIT_EDITS) {
    const found = edited.match(edit.find)?.length ?? 0;
    const expected = edit.count ?? 1;
    if (found !== expected) {
      throw new Error(`widgets' Lit: expected ${expected} of ${edit.find} in ${path}, found ${found}. Update LIT_EDITS in src/integrations/widgets-lit.ts for this Lit version.`);
    }
    edited = edited.replace(edit.find, edit.replace);
  }
  return edited;
}

/** Throws when a module the edited Lit cannot serve is imported. */
export function refuseUnsupportedLit(path: string): void {
  if (UNSUPPORTED_LIT_FILE.test(path)) {
    throw new Error(`widgets' Lit: ${path} is imported, but the widgets' Lit has no directives or static templates (see src/integrations/widgets-lit.ts).`);
  }
}

/**
 * Throws when a widget's source uses something the edited Lit left out:
 * `svg`/`mathml` templates, or a template with a raw-text element.
 */
export function checkWidgetTemplates(source: string, path: string): void {
  const problem = /import\s*\{[^}]*\b(svg|mathml)\b[^}]*\}\s*from\s*'lit/.test(source)
    ? 'imports svg or mathml templates'
    : /html`[^`]*<(script|style|textarea|title)\b/i.test(source)
      ? 'has a <script>, <style>, <textarea> or <title> in a template'
      : undefined;
  if (problem) throw new Error(`widgets' Lit: ${path} ${problem}, which the widgets' Lit leaves out (see src/integrations/widgets-lit.ts).`);
}

/** esbuild plugin: loads lit-html with the edits, and refuses the modules they leave unsupported. */
export const litEditsForEsbuild: EsbuildPlugin = {
  name: 'iop-widgets-lit',
  setup(build) {
    build.onLoad({ filter: /node_modules[\\/]lit-html[\\/].*\.js$/ }, async ({ path }) => {
      refuseUnsupportedLit(path);
      return LIT_HTML_FILE.test(path) ? { contents: editLit(await readFile(path, 'utf8'), path), loader: 'js' } : undefined;
    });
  },
};

/**
 * Vite plugin doing the same for the site's own pages and the widgets'
 * browser tests. It resolves Lit to its production build in development too
 * (the edits are for that build), and keeps Lit out of Vite's dependency
 * pre-bundling, which would skip them.
 */
export function litEditsForVite(): VitePlugin {
  return {
    name: 'iop-widgets-lit',
    enforce: 'pre',
    config: () => ({ optimizeDeps: { exclude: ['lit', 'lit-html'] } }),
    async resolveId(source, importer, options) {
      if (!/^lit(-html)?(\/|$)/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, id: resolved.id.replace(/([\\/]node_modules[\\/]lit(?:-html)?[\\/])development[\\/]/, '$1') };
    },
    transform(code, id) {
      const path = id.split('?')[0]!;
      refuseUnsupportedLit(path);
      return LIT_HTML_FILE.test(path) ? { code: editLit(code, path), map: null } : undefined;
    },
  };
}
