import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { topicSchema } from '../schemas/topic.ts';
import { pageSchema } from '../schemas/page.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { checkJsonSource, checkMdxSource, type FileCheck } from './check-file.ts';
import { referenceViolations, type KnownTargets } from './references.ts';
import type { Violation } from './rules.ts';

/** The stand-alone page served at `/<lang>/` itself (see src/routing/alternates.ts). */
const HOME_SLUG = 'home';

/** The content collections, where their files live and how they are checked. */
export const CONTENT_COLLECTIONS = [
  { name: 'topics', base: 'src/content/topics', format: 'mdx', schema: topicSchema },
  { name: 'pages', base: 'src/content/pages', format: 'mdx', schema: pageSchema },
  { name: 'glossary', base: 'src/content/glossary', format: 'json', schema: glossarySchema },
  { name: 'checklist', base: 'src/content/checklist', format: 'json', schema: checklistSchema },
] as const satisfies readonly { name: string; base: string; format: 'mdx' | 'json'; schema: z.ZodType }[];

type Collection = (typeof CONTENT_COLLECTIONS)[number];

/** A content collection's name, e.g. `'topics'`. */
export type ContentCollectionName = Collection['name'];

/**
 * The collection a path belongs to, by its folders: `src/content/topics/es/cbt.mdx` → topics.
 * The folders may sit under another root (`tests/fixtures/…/src/content/topics/es/x.mdx`).
 */
export function collectionOf(path: string): Collection | undefined {
  return CONTENT_COLLECTIONS.find((c) => (path.startsWith(`${c.base}/`) || path.includes(`/${c.base}/`)) && path.endsWith(`.${c.format}`));
}

/** Checks one file's text as a member of its collection. */
export function checkContentSource(collection: Collection, source: string): FileCheck {
  return collection.format === 'mdx' ? checkMdxSource(source, collection.schema) : checkJsonSource(source, collection.schema);
}

function filesUnder(root: string, base: string, format: string): string[] {
  if (!existsSync(join(root, base))) return [];
  return readdirSync(join(root, base), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(`.${format}`))
    .map((name) => `${base}/${name.split(sep).join('/')}`)
    .sort();
}

/** Every content file of the project, project-relative. */
export function allContentFiles(root = '.'): string[] {
  return CONTENT_COLLECTIONS.flatMap((c) => filesUnder(root, c.base, c.format));
}

/** Pages and glossary terms a link may point to, read from the English content and the routes. */
export function knownTargets(root = '.'): KnownTargets {
  const slugs = (base: string) => filesUnder(root, `${base}/${DEFAULT_LOCALE}`, 'mdx').map((p) => p.slice(p.lastIndexOf('/') + 1, -'.mdx'.length));
  const routes = readdirSync(join(root, 'src/pages/[lang]'))
    .filter((name) => name.endsWith('.astro') && !name.startsWith('[') && name !== 'index.astro')
    .map((name) => name.slice(0, -'.astro'.length));
  let terms: string[] = [];
  try {
    const glossary = JSON.parse(readFileSync(join(root, `src/content/glossary/${DEFAULT_LOCALE}.json`), 'utf8')) as { terms?: { id?: unknown }[] };
    terms = (glossary.terms ?? []).map((t) => String(t.id));
  } catch {
    // A broken English glossary is reported as its own file's error.
  }
  return { pages: new Set([...slugs('src/content/topics'), ...slugs('src/content/pages'), ...routes]), terms: new Set(terms) };
}

/**
 * Checks content files (all of them by default) against every rule, and MDX
 * links against the pages and glossary terms that exist. Returns each file's
 * problems; files without problems are left out.
 */
export function checkProject(root = '.', files: readonly string[] = allContentFiles(root)): Map<string, Violation[]> {
  const known = knownTargets(root);
  const problems = new Map<string, Violation[]>();
  for (const file of files) {
    const path = relative(root, join(root, file)).split(sep).join('/');
    const collection = collectionOf(path);
    let violations: Violation[];
    if (!collection) {
      violations = [{ rule: 'schema', message: `not a content file: content lives in ${CONTENT_COLLECTIONS.map((c) => `${c.base}/…${c.format === 'mdx' ? '/<slug>.mdx' : '/<lang>.json'}`).join(', ')}` }];
    } else {
      const result = checkContentSource(collection, readFileSync(join(root, path), 'utf8'));
      violations = [...result.violations, ...(result.tree ? referenceViolations(result.tree, known, path.endsWith(`/${HOME_SLUG}.mdx`) && collection.name === 'pages') : [])];
    }
    if (violations.length > 0) problems.set(path, violations);
  }
  return problems;
}
