import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { transformSync, type Plugin } from 'esbuild';
import type { Checklist } from '../schemas/checklist.ts';
import { checkWidgetTemplates } from './widgets-lit.ts';

/*
 * Build-time compaction of the widgets' sources for the bundle: the source
 * files stay readable and typed, and the bundle does not carry what only the
 * sources need (CSS whitespace, string keys, checklist ids repeated per
 * language, locale names).
 */

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

/** The module that rebuilds a translated checklist from its texts and the English ids, leaving out what is not translated yet (see `compactChecklist`). */
const CHECKLIST_FROM_TEXTS = 'iop-widgets:checklist-from-texts';

/**
 * Builds the bundled form of a translated checklist: its texts only, in the
 * English file's order, with the ids taken from the English file. A section
 * or question the translation does not have yet becomes `null` and is left
 * out in that language, as on the site's pages, until a translator adds it
 * (`npm run i18n:status` lists it). An id that English does not have, or ids
 * out of English order, fail the build. The JSON files stay the one source;
 * the bundle just does not repeat the ids and key names six times.
 */
export function compactChecklist(checklist: Checklist, english: Checklist, file: string): string {
  const englishIds = english.sections.flatMap((s) => [s.id, ...s.questions.map((q) => `${s.id}/${q.id}`)]);
  const texts = new Map<string, string>();
  for (const section of checklist.sections) {
    texts.set(section.id, section.title);
    for (const q of section.questions) texts.set(`${section.id}/${q.id}`, q.text);
  }
  const own = [...texts.keys()];
  const expected = englishIds.filter((id) => texts.has(id));
  const wrong = own.find((id, i) => id !== expected[i]);
  if (wrong !== undefined) {
    throw new Error(`widgets build: ${file} has the id "${wrong}", which en.json does not have in that place. Keep the English ids, in the English order; leave out only what is not translated yet.`);
  }
  return `import fromTexts from '${CHECKLIST_FROM_TEXTS}';export default fromTexts(${JSON.stringify(englishIds.map((id) => texts.get(id) ?? null))})`;
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
 * Builds the bundled form of a widget translation: an array of its texts in
 * the English file's key order, which `indexTranslationKeys` turns the
 * widgets' keys into. The `.ts` files stay the one source (and the type check
 * keeps each complete); the bundle does not carry the keys.
 */
export function compactTranslation(translation: Record<string, string>, english: Record<string, string>, file: string): string {
  const keys = Object.keys(english);
  if (Object.keys(translation).join() !== keys.join()) {
    throw new Error(`widgets build: ${file} has keys ${Object.keys(translation).join()} but en.ts has ${keys.join()}. Keep the English keys and order.`);
  }
  return `export default ${JSON.stringify(keys.map((k) => translation[k]))}`;
}

/**
 * Replaces each widget string key in `this.t('key'…)` calls with its index in
 * the English file, to match `compactTranslation`. Unknown keys, and `t()`
 * calls whose key is not written out, fail the build.
 * @example
 * indexTranslationKeys("this.t('cta.call', v)", ['cta.label', 'cta.call'], 'x.ts') // => 'this.t(1, v)'
 */
export function indexTranslationKeys(source: string, keys: readonly string[], file: string): string {
  const indexed = source.replace(/\bthis\.t\('([^']*)'/g, (_, key: string) => {
    const index = keys.indexOf(key);
    if (index < 0) throw new Error(`widgets build: ${file} uses the string key '${key}', which en.ts does not define.`);
    return `this.t(${index}`;
  });
  if (/\bthis\.t\((?!\d)/.test(indexed)) throw new Error(`widgets build: ${file} calls this.t() without a quoted key; write the key out so the build can index it.`);
  return indexed;
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

const TRANSLATION_FILE = /[\\/]widgets[\\/]translations[\\/](?!index\.ts$)[^\\/]+\.ts$/;

/**
 * The esbuild plugin that applies the compactions above to the widgets'
 * sources (`widgetsDir`, i.e. `src/widgets`) and the checklist content
 * beside them, and refuses templates the widgets' Lit cannot render.
 */
export const compactSource = (widgetsDir: string): Plugin => ({
  name: 'iop-compact-source',
  setup(build) {
    const englishChecklist = join(widgetsDir, '..', 'content', 'checklist', 'en.json');
    const englishChecklistContent = readFile(englishChecklist, 'utf8').then((text) => JSON.parse(text) as Checklist);
    const englishStrings = readFile(join(widgetsDir, 'translations', 'en.ts'), 'utf8').then(evaluateTranslation);
    build.onLoad({ filter: /src[\\/]widgets[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (TRANSLATION_FILE.test(path)) {
        return { contents: compactTranslation(evaluateTranslation(source), await englishStrings, path), loader: 'js' };
      }
      checkWidgetTemplates(source, path);
      const keys = Object.keys(await englishStrings);
      return { contents: squeezeCss(indexTranslationKeys(source, keys, path)), loader: 'ts' };
    });
    build.onLoad({ filter: /src[\\/]i18n[\\/]locales\.ts$/ }, async ({ path }) => ({
      contents: stripLocaleNames(await readFile(path, 'utf8')),
      loader: 'ts',
    }));
    build.onLoad({ filter: /src[\\/]content[\\/]checklist[\\/][^\\/]+\.json$/ }, async ({ path }) => {
      if (/[\\/]en\.json$/.test(path)) return undefined;
      const checklist = JSON.parse(await readFile(path, 'utf8')) as Checklist;
      return { contents: compactChecklist(checklist, await englishChecklistContent, path), loader: 'js' };
    });
    build.onResolve({ filter: new RegExp(`^${CHECKLIST_FROM_TEXTS}$`) }, () => ({ path: CHECKLIST_FROM_TEXTS, namespace: 'iop' }));
    build.onLoad({ filter: /.*/, namespace: 'iop' }, () => ({
      contents: `import en from ${JSON.stringify(englishChecklist)};export default t=>{let i=0;return{sections:en.sections.map(s=>({id:s.id,title:t[i++],questions:s.questions.map(q=>({id:q.id,text:t[i++]})).filter(q=>q.text!==null)})).filter(s=>s.title!==null)}}`,
      loader: 'js',
      resolveDir: dirname(englishChecklist),
    }));
  },
});
