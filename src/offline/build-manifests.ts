/**
 * Build step: the per-language offline manifests. For each language, every
 * page under its folder, the scripts, icons and manifest those pages load
 * (followed through their imports), and its own search index and fragments,
 * with each file's size and revision. Nothing of another language's pages
 * or index goes in.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { init as initLexer, parse as parseImports } from 'es-module-lexer';
import { BUNDLE_DIR, indexKey } from '../search/bundle.ts';
import type { OfflineFile, OfflineManifest } from './manifest.ts';

/** One language to describe. */
export interface ManifestLocale {
  readonly code: string;
  /** Its `<html lang>` tag: Pagefind names the index after it. */
  readonly tag: string;
}

/** What the build step makes. */
export interface OfflineBuild {
  readonly manifests: OfflineManifest[];
  /** Per locale: what the worker caches at install (its help and offline pages and what they load). */
  readonly install: Record<string, string[]>;
}

/** A file's revision: the first 16 hex digits of the SHA-256 of its bytes. */
export function fileRevision(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

// Built HTML quotes every attribute value with double quotes.
/** Every same-origin path in an attribute: what a saved language needs (the search client's address is in a `data-` attribute). */
const ANY_ATTRIBUTE = /="(\/[^"]*)"/g;
/** What the help and offline pages load themselves: scripts, the icon and the offline client; not search. */
const SHELL_ATTRIBUTE = /\s(?:src|href|data-offline-client)="(\/[^"]*)"/g;

interface PagefindEntry {
  readonly languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Builds the manifests from the built site in `root` (a folder path), served under `base`. */
export async function buildOfflineManifests(root: string, base: string, locales: readonly ManifestLocale[]): Promise<OfflineBuild> {
  await initLexer;
  const files = new Set(
    (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/')),
  );
  const read = (file: string) => readFile(join(root, file));
  const known = new Map<string, OfflineFile>();
  const describe = async (file: string): Promise<OfflineFile> => {
    const bytes = await read(file);
    const url = `${base}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
    const described = { url, bytes: bytes.length, revision: fileRevision(bytes) };
    known.set(file, described);
    return described;
  };

  /**
   * Files (not pages, not widgets) that a built file names by absolute path
   * in the HTML attributes `attributes` matches, and what scripts import.
   */
  const needs = async (file: string, attributes: RegExp): Promise<string[]> => {
    const text = (await read(file)).toString('utf8');
    const found = new Set<string>();
    const add = (path: string) => {
      const clean = path.split(/[?#]/)[0]!;
      if (!clean.startsWith(base)) return;
      const rel = decodeURIComponent(clean.slice(base.length));
      if (files.has(rel) && !rel.endsWith('.html') && !rel.startsWith('widgets/')) found.add(rel);
    };
    if (file.endsWith('.html')) {
      for (const match of text.matchAll(attributes)) add(match[1]!);
    } else if (file.endsWith('.js')) {
      for (const spec of parseImports(text)[0].map((i) => i.n).filter((n): n is string => !!n)) {
        add(spec.startsWith('/') ? spec : posix.join(posix.dirname(`${base}${file}`), spec));
      }
    } else if (file.endsWith('.webmanifest')) {
      for (const icon of (JSON.parse(text) as { icons?: { src: string }[] }).icons ?? []) add(icon.src);
    }
    return [...found];
  };
  // The scripts and icons all languages share are read and parsed once, not once per language.
  const needed = new Map<string, Promise<string[]>>();
  const needsOnce = (file: string, attributes: RegExp) => {
    const key = `${attributes.source} ${file}`;
    if (!needed.has(key)) needed.set(key, needs(file, attributes));
    return needed.get(key)!;
  };
  /** A set of files and everything they need, followed to the end. */
  const closure = async (start: readonly string[], attributes: RegExp): Promise<string[]> => {
    const seen = new Set(start);
    for (const file of seen) for (const next of await needsOnce(file, attributes)) seen.add(next);
    return [...seen];
  };

  const entry = files.has(`${BUNDLE_DIR}/pagefind-entry.json`)
    ? (JSON.parse((await read(`${BUNDLE_DIR}/pagefind-entry.json`)).toString('utf8')) as PagefindEntry)
    : { languages: {} };
  const searchFiles = (tag: string): string[] => {
    const key = indexKey(tag);
    const index = entry.languages[key];
    if (!index) return [];
    const own = [...files].filter((f) => /^pagefind\/(index|fragment|filter)\//.test(f) && f.split('/')[2]!.startsWith(`${key}_`));
    return [
      ...['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', `wasm.${index.wasm ?? 'unknown'}.pagefind`, `pagefind.${index.hash}.pf_meta`].map((f) => `${BUNDLE_DIR}/${f}`),
      ...own,
    ].filter((f) => files.has(f));
  };

  const manifests: OfflineManifest[] = [];
  const install: Record<string, string[]> = {};
  for (const { code, tag } of locales) {
    const pages = [...files].filter((f) => f.startsWith(`${code}/`) && (f.endsWith('/index.html') || f.endsWith('.webmanifest')));
    const all = [...new Set([...(await closure(pages, ANY_ATTRIBUTE)), ...searchFiles(tag)])].sort();
    const described = await Promise.all(all.map((f) => known.get(f) ?? describe(f)));
    const revision = fileRevision(described.map((f) => `${f.url} ${f.revision}`).join('\n'));
    manifests.push({ locale: code, revision, bytes: described.reduce((sum, f) => sum + f.bytes, 0), files: described });
    const shell = await closure([`${code}/help/index.html`, `${code}/offline/index.html`].filter((f) => files.has(f)), SHELL_ATTRIBUTE);
    install[code] = shell.filter((f) => !f.endsWith('.webmanifest') && !f.startsWith('icons/')).map((f) => known.get(f)!.url);
  }
  return { manifests, install };
}
