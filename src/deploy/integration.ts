/**
 * Writes the site's response headers for every kind of host at the end of
 * `astro build`, from the rules in rules.ts and the policy Astro put in each
 * page's `<meta>`: `_headers` (Netlify, Cloudflare Pages) at the root of the
 * build, and `_deploy/headers.json` and `_deploy/nginx.conf` beside it.
 * Runs after the integrations that write files (search index, widgets,
 * service worker), so every built file gets its rule.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { widgetFileNames } from '../widgets/build/file-names.ts';
import { metaPolicy, siteWidePolicy, type PagePolicy } from './csp.ts';
import { toHeadersFile, toJson, toNginx } from './formats.ts';
import { DEPLOY_FILES, DEPLOY_OUTPUT, HEADER_ONLY_DIRECTIVES, headerRules } from './rules.ts';

/** Every file under `root`, relative to it with `/` separators. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The Astro integration. */
export default function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'iop-deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const pages: PagePolicy[] = [];
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const policy = metaPolicy(await readFile(join(root, file), 'utf8'));
          if (policy === undefined) throw new Error(`${file} has no Content-Security-Policy <meta>; every page needs one (security.csp in astro.config.mjs).`);
          pages.push({ path: file, policy });
        }
        const widgets = widgetFileNames();
        const csp = siteWidePolicy(pages, HEADER_ONLY_DIRECTIVES);
        const rules = headerRules({ base, csp, files, versionedWidgets: [widgets.script, widgets.module] });
        await mkdir(join(root, DEPLOY_FILES.folder), { recursive: true });
        await writeFile(join(root, DEPLOY_OUTPUT.headers), toHeadersFile(rules));
        await writeFile(join(root, DEPLOY_OUTPUT.json), toJson(rules));
        await writeFile(join(root, DEPLOY_OUTPUT.nginx), toNginx(rules));
        logger.info(`wrote ${rules.length} header rules to ${Object.values(DEPLOY_OUTPUT).join(', ')}`);
      },
    },
  };
}
