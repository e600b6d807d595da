import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import { VERSION } from '../widgets/shared/version.ts';
import { compactSource } from './widgets-compact.ts';
import { litEditsForEsbuild } from './widgets-lit.ts';

/** One file of the widget distribution. */
export interface WidgetFile {
  /** File name under `widgets/`, e.g. `iop-widgets.0.1.0.js`. */
  readonly name: string;
  readonly contents: Uint8Array;
  /** Subresource Integrity value, `sha384-…`. */
  readonly integrity: string;
}

/** The widget files for a version: classic script and ES module, each versioned and as a stable alias. */
export function widgetFileNames(version = VERSION) {
  return {
    script: `iop-widgets.${version}.js`,
    scriptAlias: 'iop-widgets.js',
    module: `iop-widgets.${version}.mjs`,
    moduleAlias: 'iop-widgets.mjs',
  } as const;
}

/** Base64 SHA-384 in Subresource Integrity form. */
function integrityOf(contents: Uint8Array): string {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/**
 * Bundles `src/widgets/index.ts` with Lit and all six languages into a classic
 * script (IIFE, no globals) and an ES module, each under its versioned name
 * and its stable alias, with SRI hashes. esbuild bundles and minifies;
 * Terser then compresses further (it saves about 2% gzip on top). The output
 * is deterministic. `root` is the project root (Astro's `config.root`).
 */
export async function bundleWidgets(root: URL): Promise<WidgetFile[]> {
  const entry = fileURLToPath(new URL('src/widgets/index.ts', root));
  const names = widgetFileNames();
  const files: WidgetFile[] = [];
  for (const format of ['iife', 'esm'] as const) {
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format,
      target: 'es2022',
      charset: 'utf8',
      mangleProps: /^_\$[A-Z]/,
      legalComments: 'none',
      write: false,
      plugins: [litEditsForEsbuild, compactSource(fileURLToPath(new URL('src/widgets/', root)))],
      logLevel: 'silent',
    });
    const minified = await minify(bundled.outputFiles[0]!.text, {
      module: format === 'esm',
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    });
    const contents = new TextEncoder().encode(minified.code);
    const integrity = integrityOf(contents);
    const [versioned, alias] = format === 'iife' ? [names.script, names.scriptAlias] : [names.module, names.moduleAlias];
    files.push({ name: versioned, contents, integrity }, { name: alias, contents, integrity });
  }
  return files;
}
