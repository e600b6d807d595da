import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transformSync, type Plugin } from 'esbuild';
import type { Checklist } from '../schemas/checklist.ts';
import { VERSION } from '../widgets/shared/version.ts';

/** One file of the widget distribution. */
export interface WidgetFile {
  /** File name under `widgets/`, e.g. `iop-widgets.0.1.0.js`. */
  readonly name: string;
  readonly contents: Uint8Array;
  /** Subresource Integrity value, `sha384-…`. */
  readonly integrity: string;
}

/** The Trusted Types policy name the bundled Lit uses instead of `lit-html`, so a host page's own Lit never collides with it. */
export const TRUSTED_TYPES_POLICY = 'iop-widgets';

/** The widget files for a version: classic script and ES module, each versioned and as a stable alias. */
export function widgetFileNames(version = VERSION) {
  return {
    script: `iop-widgets.${version}.js`,
    scriptAlias: 'iop-widgets.js',
    module: `iop-widgets.${version}.mjs`,
    moduleAlias: 'iop-widgets.mjs',
  } as const;
}

/**
 * Edits to Lit's published files, each of which must match exactly once (a
 * Lit upgrade that changes them fails the build instead of shipping
 * unpatched): rename the Trusted Types policy, drop the
 * `window.litHtmlVersions`-style globals Lit adds, ignore a
 * `window.litHtmlPolyfillSupport` hook (a host page must not reach into the
 * widgets' Lit), let unused `svg`/`mathml` tags and `ChildPart.setConnected`
 * (for async directives, which LitElement drives and the widgets' base does
 * not) drop out, keep the metadata map for standard decorators (which the
 * widgets do not use) off `window`, and reduce `resolveDirective` to passing
 * values through: the widgets use no directives, and with none it returns
 * every value unchanged.
 */
const LIT_PATCHES: readonly { file: RegExp; find: RegExp; replace: string }[] = [
  { file: /lit-html[\\/]lit-html\.js$/, find: /createPolicy\("lit-html"/g, replace: `createPolicy("${TRUSTED_TYPES_POLICY}"` },
  { file: /lit-html[\\/]lit-html\.js$/, find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/g, replace: '0' },
  { file: /lit-html[\\/]lit-html\.js$/, find: /\b\w+\.litHtmlPolyfillSupport\b/g, replace: 'void 0' },
  { file: /lit-html[\\/]lit-html\.js$/, find: /(\w+)=(\w+)\(2\),(\w+)=\2\(3\)/g, replace: '$1=/* @__PURE__ */$2(2),$3=/* @__PURE__ */$2(3)' },
  { file: /lit-html[\\/]lit-html\.js$/, find: /setConnected\(t\)\{[^}]*\}/g, replace: '' },
  { file: /lit-html[\\/]lit-html\.js$/, find: /function (\w+)\(t,i,s=t,e\)\{if\(i===\w+\)return i;[^]*?,i\}(?=class )/g, replace: 'function $1(t,i){return i}' },
  { file: /reactive-element[\\/]reactive-element\.js$/, find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/g, replace: '0' },
  { file: /reactive-element[\\/]reactive-element\.js$/, find: /\w+\.litPropertyMetadata\?\?=new WeakMap/g, replace: '0' },
  { file: /reactive-element[\\/]reactive-element\.js$/, find: /\blitPropertyMetadata\.get\(/g, replace: 'new WeakMap().get(' },
  { file: /lit-element[\\/]lit-element\.js$/, find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/g, replace: '0' },
];

const patchLit: Plugin = {
  name: 'iop-patch-lit',
  setup(build) {
    build.onLoad({ filter: /node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/][^\\/]+\.js$/ }, async ({ path }) => {
      if (/lit-html[\\/]directive\.js$/.test(path)) {
        throw new Error('widgets build: a widget imports a Lit directive, but LIT_PATCHES reduce resolveDirective to passing values through. Remove that patch first.');
      }
      let contents = await readFile(path, 'utf8');
      for (const patch of LIT_PATCHES.filter((p) => p.file.test(path))) {
        const count = contents.match(patch.find)?.length ?? 0;
        if (count !== 1) throw new Error(`widgets build: expected one ${patch.find} in ${path}, found ${count}. Update LIT_PATCHES for this Lit version.`);
        contents = contents.replace(patch.find, patch.replace);
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Squeezes the whitespace out of `css` tagged templates, which a minifier
 * must leave alone: runs of spaces and newlines become one space, and the
 * spaces around CSS punctuation go.
 * @example
 * squeezeCss('css`\n  a {\n    color: red;\n  }\n`') // => 'css`a{color:red}`'
 */
export function squeezeCss(source: string): string {
  return source.replace(/\bcss`([^`]*)`/g, (_, body: string) => {
    const squeezed = body.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
    return `css\`${squeezed.trim()}\``;
  });
}

/**
 * Builds the bundled form of a translated checklist: its texts only, with
 * the ids taken from the English file (identical in every language, which
 * this checks). The JSON files stay the one source; the bundle just does not
 * repeat the ids and key names six times.
 */
export function compactChecklist(checklist: Checklist, english: Checklist, file: string): string {
  const texts = checklist.sections.map((section, i) => {
    const source = english.sections[i];
    const ids = (s?: Checklist['sections'][number]) => [s?.id, ...(s?.questions.map((q) => q.id) ?? [])].join();
    if (ids(section) !== ids(source)) {
      throw new Error(`widgets build: ${file} section ${i + 1} has ids ${ids(section)} but en.json has ${ids(source)}. Keep the English ids in translations.`);
    }
    return [section.title, ...section.questions.map((q) => q.text)];
  });
  return `import en from './en.json';const t=${JSON.stringify(texts)};export default{sections:en.sections.map((s,i)=>({id:s.id,title:t[i][0],questions:s.questions.map((q,j)=>({id:q.id,text:t[i][j+1]}))}))}`;
}

/**
 * Reads a widget translation file (`export default { 'key': 'text', … }`)
 * into its object, at build time.
 */
export function evaluateTranslation(source: string): Record<string, string> {
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as { default?: Record<string, string> } };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports.default ?? {};
}

/**
 * Builds the bundled form of a widget translation: its texts only, in the
 * English file's key order, so the six languages do not repeat the keys. The
 * `.ts` files stay the one source (and the type check keeps each complete).
 */
export function compactTranslation(translation: Record<string, string>, english: Record<string, string>, file: string): string {
  const keys = Object.keys(english);
  if (Object.keys(translation).join() !== keys.join()) {
    throw new Error(`widgets build: ${file} has keys ${Object.keys(translation).join()} but en.ts has ${keys.join()}. Keep the English keys and order.`);
  }
  return `import en from './en.ts';const t=${JSON.stringify(keys.map((k) => translation[k]))};export default Object.fromEntries(Object.keys(en).map((k,i)=>[k,t[i]]))`;
}

/**
 * The widgets need a locale's `code`, `tag` and `dir`, not its names: the
 * bundled `locales.ts` leaves out `name` and `englishName`.
 */
export function stripLocaleNames(source: string): string {
  const stripped = source.replace(/ name: '[^']*', englishName: '[^']*',/g, '');
  if (stripped === source || /englishName: '/.test(stripped)) throw new Error('widgets build: could not strip the locale names from locales.ts; update stripLocaleNames.');
  return stripped;
}

const compactSource: Plugin = {
  name: 'iop-compact-source',
  setup(build) {
    build.onLoad({ filter: /src[\\/]widgets[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (/[\\/]translations[\\/](?!en\.ts$|index\.ts$)[^\\/]+\.ts$/.test(path)) {
        const english = evaluateTranslation(await readFile(join(dirname(path), 'en.ts'), 'utf8'));
        return { contents: compactTranslation(evaluateTranslation(source), english, path), loader: 'js', resolveDir: dirname(path) };
      }
      return { contents: squeezeCss(source), loader: 'ts' };
    });
    build.onLoad({ filter: /src[\\/]i18n[\\/]locales\.ts$/ }, async ({ path }) => ({
      contents: stripLocaleNames(await readFile(path, 'utf8')),
      loader: 'ts',
    }));
    build.onLoad({ filter: /src[\\/]content[\\/]checklist[\\/][^\\/]+\.json$/ }, async ({ path }) => {
      if (/[\\/]en\.json$/.test(path)) return undefined;
      const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Checklist;
      const english = await read(join(dirname(path), 'en.json'));
      return { contents: compactChecklist(await read(path), english, path), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/** Base64 SHA-384 in Subresource Integrity form. */
function integrityOf(contents: Uint8Array): string {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/**
 * Bundles `src/widgets/index.ts` with Lit and all six languages into a classic
 * script (IIFE, no globals) and an ES module, minified and deterministic, each
 * under its versioned name and its stable alias, with SRI hashes. `root` is
 * the project root (Astro's `config.root`).
 */
export async function bundleWidgets(root: URL): Promise<WidgetFile[]> {
  const entry = fileURLToPath(new URL('src/widgets/index.ts', root));
  const names = widgetFileNames();
  const files: WidgetFile[] = [];
  for (const format of ['iife', 'esm'] as const) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format,
      target: 'es2022',
      charset: 'utf8',
      mangleProps: /^_\$[A-Z]/,
      legalComments: 'none',
      write: false,
      plugins: [patchLit, compactSource],
      logLevel: 'silent',
    });
    const contents = result.outputFiles[0]!.contents;
    const integrity = integrityOf(contents);
    const [versioned, alias] = format === 'iife' ? [names.script, names.scriptAlias] : [names.module, names.moduleAlias];
    files.push({ name: versioned, contents, integrity }, { name: alias, contents, integrity });
  }
  return files;
}
