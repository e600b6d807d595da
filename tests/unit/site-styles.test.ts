/**
 * Every stylesheet under src/ reaches the pages: a module imports it as text
 * (`?inline`: the site's stylesheet in SiteStyle.astro, a template's rules,
 * the search client's), directly or through `@import`. A component's CSS
 * file that nothing reaches would leave the component unstyled, silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => join('src', f));
const imports = (file: string, pattern: RegExp) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => resolve(dirname(file), m[1]!));

describe('the site’s stylesheets', () => {
  it('are each reached from a module that imports CSS as text', () => {
    const roots = files.filter((f) => /\.(astro|ts)$/.test(f)).flatMap((f) => imports(f, /from '([^']+\.css)\?inline'/g));
    const reached = new Set<string>();
    for (let queue = [...roots], file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (reached.has(file)) continue;
      reached.add(file);
      queue.push(...imports(file, /@import '([^']+\.css)';/g));
    }
    expect(roots.length).toBeGreaterThan(1);
    const css = files.filter((f) => f.endsWith('.css'));
    expect(css.filter((f) => !reached.has(resolve(f))).map((f) => relative('.', f))).toEqual([]);
  });
});
