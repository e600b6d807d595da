import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import { distributeInWorker, type WidgetDistribution } from './build/distribution.ts';
import { widgetFileNames } from './build/file-names.ts';
import { litForVite } from './build/lit.ts';

/** The virtual module through which the embed page reads the published widgets' SRI hash and manifest. */
export const WIDGET_DOCS_MODULE = 'virtual:iop-widgets/docs';

/**
 * Builds the embeddable widgets into the site's output after Astro's build:
 * `widgets/iop-widgets.<version>.js` (classic script) and `.mjs` (ES module),
 * each with a stable alias, `custom-elements.json`, `integrity.json` (SRI
 * hashes). Their CORS headers come from src/deploy/rules.ts. The
 * bundle and manifest are made once per build, on a worker thread that a
 * build starts with its configuration: the embed page reads the same ones
 * through `WIDGET_DOCS_MODULE`, so its hash and reference match the files.
 * The site's own pages and the widgets' browser tests get Lit the same way
 * as the bundle (see `build/lit.ts`).
 */
export default function widgets(): AstroIntegration {
  let root: URL;
  let distribution: Promise<WidgetDistribution> | undefined;
  const distribute = () => (distribution ??= distributeInWorker(root));
  return {
    name: 'iop-widgets',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = config.root;
        // A build always publishes the widgets: start now, beside Astro's own
        // work. Dev builds them when the embed page first asks.
        // (A failure is reported where the files are awaited.)
        if (command === 'build') void distribute().catch(() => {});
        const docsModule: VitePlugin = {
          name: 'iop-widgets-docs',
          resolveId: (id) => (id === WIDGET_DOCS_MODULE ? `\0${WIDGET_DOCS_MODULE}` : undefined),
          async load(id) {
            if (id !== `\0${WIDGET_DOCS_MODULE}`) return undefined;
            const { files, manifest } = await distribute();
            const integrity = files.find((f) => f.name === widgetFileNames().script)!.integrity;
            return `export const integrity = ${JSON.stringify(integrity)};\nexport const manifest = ${JSON.stringify(manifest)};\n`;
          },
        };
        updateConfig({ vite: { plugins: [litForVite(), docsModule] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = new URL('widgets/', dir);
        await mkdir(out, { recursive: true });
        const { files, manifest } = await distribute();
        for (const file of files) await writeFile(new URL(file.name, out), file.contents);
        const integrity = Object.fromEntries(files.map((f) => [f.name, f.integrity]));
        await writeFile(new URL('integrity.json', out), `${JSON.stringify(integrity, null, 2)}\n`);
        await writeFile(new URL('custom-elements.json', out), `${JSON.stringify(manifest, null, 2)}\n`);
        logger.info(`wrote ${widgetFileNames().script} and ${files.length + 1} more files to widgets/`);
      },
    },
  };
}
