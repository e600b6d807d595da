/**
 * Writes the site's response headers for every kind of host at the end of
 * `astro build`, from the rules in rules.ts and the policy in each page's
 * `<meta>` (SiteStyle.astro): `_headers` (Netlify, Cloudflare Pages) at the root of the
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

/** The `<meta>` policy of each page among `files`, read in parallel; pages in `known` were read before. */
async function pagePolicies(root: string, files: readonly string[], known: readonly PagePolicy[] = []): Promise<PagePolicy[]> {
  const listed = new Set(files);
  const kept = known.filter((page) => listed.has(page.path));
  const read = new Set(kept.map((page) => page.path));
  const added = await Promise.all(
    files
      .filter((f) => f.endsWith('.html') && !read.has(f))
      .map(async (file) => {
        const policy = metaPolicy(await readFile(join(root, file), 'utf8'));
        if (policy === undefined) throw new Error(`${file} has no Content-Security-Policy <meta>; every page needs one (SiteStyle.astro in src/layouts/).`);
        return { path: file, policy };
      }),
  );
  return [...kept, ...added];
}

/** The Astro integration. */
export default function deployHeaders(): AstroIntegration {
  let base = '/';
  // Pages are read as soon as they are all written, while the search index
  // is built (in Pagefind's own process): the rules need the final file list,
  // so they are made last, but reading the pages need not wait.
  let early: Promise<PagePolicy[]> | undefined;
  return {
    name: 'iop-deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:generated': ({ dir }) => {
        const root = fileURLToPath(dir);
        // Astro may still be removing its own build folders from `dir`: if
        // this read fails, the pages are read again below, errors included.
        early = listFiles(root)
          .then((files) => pagePolicies(root, files))
          .catch(() => []);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        // Pages the early read missed, if any, are read now.
        const pages = await pagePolicies(root, files, (await early) ?? []);
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
