/**
 * Every locale's UI strings, read in Node, outside Vite (build steps and the
 * status tool), where src/i18n/ui/index.ts's `import.meta.glob` does not run.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The UI strings of each file in `dir` (src/i18n/ui/ by default), keyed by locale code (the file name). */
export async function readUiStrings(dir = fileURLToPath(new URL('./ui/', import.meta.url))): Promise<Record<string, Record<string, string>>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  const modules = await Promise.all(
    names.map(async (name) => [name.slice(0, -'.ts'.length), ((await import(pathToFileURL(join(dir, name)).href)) as { default: Record<string, string> }).default] as const),
  );
  return Object.fromEntries(modules);
}
