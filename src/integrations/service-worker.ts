import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { LOCALE_CODES } from '../i18n/locales.ts';

/** A hash of every built file's name and bytes: a new build gets a new cache. */
async function buildId(dir: URL): Promise<string> {
  const hash = createHash('sha256');
  const root = fileURLToPath(dir);
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  for (const file of files.map((f) => `${f.parentPath}/${f.name}`).sort()) {
    hash.update(file.slice(root.length)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Writes `sw.js`, the offline service worker, after the build: pages a
 * reader visits stay readable offline, and every language's help page is
 * cached on the first visit.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  let root: URL;
  return {
    name: 'iop-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const id = await buildId(dir);
        await build({
          entryPoints: [fileURLToPath(new URL('src/offline/service-worker.ts', root))],
          outfile: fileURLToPath(new URL('sw.js', dir)),
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          legalComments: 'none',
          define: { __BUILD_ID__: JSON.stringify(id), __BASE__: JSON.stringify(base), __LOCALES__: JSON.stringify(LOCALE_CODES) },
          logLevel: 'silent',
        });
        logger.info(`wrote sw.js (cache iop-library-${id})`);
      },
    },
  };
}
