import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import { bundleWidgetCode } from './bundle.ts';

/** Bytes of a file: raw, gzip (level 9) and brotli (quality 11). */
export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Measures `code` as served. */
export function sizesOf(code: string | Uint8Array): Sizes {
  const bytes = typeof code === 'string' ? Buffer.from(code) : Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const minus = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

/** An esbuild plugin that loads `contents` instead of every file matching `filter` (except `keep`). */
const replace = (name: string, filter: RegExp, contents: string, loader: 'js' | 'json', keep?: RegExp): Plugin => ({
  name,
  setup(build) {
    build.onLoad({ filter }, ({ path }) => (keep?.test(path) ? undefined : { contents, loader }));
  },
});

/** What one part of the classic script costs. */
export interface PartSizes {
  readonly total: Sizes;
  /** Lit alone: `LitElement`, `html`, `css` and `nothing`, bundled and minified on their own. */
  readonly lit: Sizes;
  /** The six languages' widget strings and checklists: the bundle minus a bundle with them empty. */
  readonly strings: Sizes;
  /** The widgets' CSS: the bundle minus a bundle with empty styles. */
  readonly css: Sizes;
  /** The rest: our elements and helpers. */
  readonly code: Sizes;
}

/**
 * What each part of the classic script costs, by building it again without
 * that part (compressed sizes do not add up exactly, so these are marginal
 * costs; `code` is what remains). `root` is the project root; `shipped` the
 * classic script as built (built again when left out).
 */
export async function measureWidgetParts(root: URL, shipped?: Uint8Array): Promise<PartSizes> {
  const total = sizesOf(shipped ?? (await bundleWidgetCode(root, { format: 'iife' })));
  const noStrings = sizesOf(
    await bundleWidgetCode(root, {
      format: 'iife',
      plugins: [
        replace('no-strings', /[\\/]widgets[\\/]translations[\\/][^\\/]+\.ts$/, 'export default {}', 'js', /[\\/]index\.ts$/),
        replace('no-checklists', /[\\/]content[\\/]checklist[\\/][^\\/]+\.json$/, '{"sections":[]}', 'json'),
      ],
    }),
  );
  const noCss = sizesOf(
    await bundleWidgetCode(root, {
      format: 'iife',
      plugins: [replace('no-css', /[\\/]widgets[\\/].*\.styles\.ts$/, "import { css } from 'lit'; export default css``; export const baseStyles = css``;", 'js')],
    }),
  );
  const litEntry = fileURLToPath(new URL('src/widgets/build/lit-only.ts', root));
  const lit = sizesOf(await bundleWidgetCode(root, { format: 'iife', entry: litEntry }));
  const strings = minus(total, noStrings);
  const css = minus(total, noCss);
  return { total, lit, strings, css, code: minus(minus(minus(total, lit), strings), css) };
}
