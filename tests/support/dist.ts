import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEPLOY_OUTPUT, type HeaderRule } from '../../src/deploy/rules.ts';
import type { BuiltPage } from '../site/checks/links.ts';

/** The production build the site tests read (made by `npm test` before Vitest runs). */
export const DIST = 'dist';

/** Every file under a folder, as URL paths under `base` (e.g. `/en/help/index.html`). */
export function builtFiles(root = DIST, base = '/'): string[] {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No build in ${root}/. Run \`npm test\` (it builds first) or \`npx astro build\`.`);
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(root).map((file) => base + relative(root, file).split(sep).join('/'));
}

/** Every built HTML page with its URL path (`/en/help/`) and HTML. */
export function builtPages(root = DIST, base = '/'): BuiltPage[] {
  return builtFiles(root, base)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({
      path: path.replace(/index\.html$/, ''),
      html: readFileSync(join(root, path.slice(base.length)), 'utf8'),
    }));
}

/** The build's generated header rules (the plain JSON list hosts can read). */
export const headerRulesFile = (root = DIST): string => join(root, DEPLOY_OUTPUT.json);

/** The build's generated header rules, parsed. */
export function builtHeaderRules(root = DIST): HeaderRule[] {
  return JSON.parse(readFileSync(headerRulesFile(root), 'utf8')) as HeaderRule[];
}
