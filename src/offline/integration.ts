/**
 * The offline feature's build step, after the site and its search index are
 * written: each language's web app manifest (for adding the library to a
 * home screen), the per-language offline manifests (`offline/<code>.json`), their
 * revisions (`offline/revisions.json`), and `sw.js`. Prints each language's
 * offline size. The worker's bytes change whenever any manifest does, so a
 * new deploy is picked up on the reader's next visit.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { readUiStrings } from '../i18n/read-ui-strings.ts';
import { createTranslator } from '../i18n/translate.ts';
import type en from '../i18n/ui/en.ts';
import { webManifest, WEB_MANIFEST_FILE } from './web-manifest.ts';
import { buildOfflineManifests } from './build-manifests.ts';
import { formatMegabytes, OFFLINE_DIR, type OfflineRevisions } from './manifest.ts';

/** Writes `/<lang>/manifest.webmanifest` for every language, from its UI strings (English where one is missing). */
async function writeWebManifests(root: string, base: string): Promise<void> {
  const dictionaries = (await readUiStrings()) as { en: typeof en } & Record<Locale, Partial<typeof en>>;
  await Promise.all(
    LOCALES.map((l) => {
      const t = createTranslator<keyof typeof en>(l.code, dictionaries);
      const manifest = webManifest({ base, code: l.code, tag: l.tag, dir: l.dir, name: t('site.name'), description: t('site.tagline') });
      return writeFile(`${root}/${l.code}/${WEB_MANIFEST_FILE}`, JSON.stringify(manifest));
    }),
  );
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'iop-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        await writeWebManifests(root, base);
        const { manifests, install } = await buildOfflineManifests(root, base, LOCALES);
        await mkdir(`${root}/${OFFLINE_DIR}`, { recursive: true });
        const revisions: OfflineRevisions = Object.fromEntries(manifests.map((m) => [m.locale, m.revision]));
        await Promise.all([
          ...manifests.map((m) => writeFile(`${root}/${OFFLINE_DIR}/${m.locale}.json`, JSON.stringify(m))),
          writeFile(`${root}/${OFFLINE_DIR}/revisions.json`, JSON.stringify(revisions)),
        ]);
        for (const m of manifests) logger.info(`offline ${m.locale}: ${m.files.length} files, ${m.bytes} bytes (${formatMegabytes(m.bytes, 'en')})`);
        await build({
          entryPoints: [fileURLToPath(new URL('./service-worker.ts', import.meta.url))],
          outfile: `${root}/sw.js`,
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          legalComments: 'none',
          define: {
            __BASE__: JSON.stringify(base),
            __LOCALES__: JSON.stringify(LOCALES.map((l) => l.code)),
            __INSTALL__: JSON.stringify(install),
            // Workbox drops its development logging.
            'process.env.NODE_ENV': '"production"',
          },
          // Names the content it serves, so every new deploy is a new worker.
          banner: { js: `// offline revisions ${JSON.stringify(revisions)}` },
          logLevel: 'silent',
        });
        logger.info('wrote sw.js');
      },
    },
  };
}
