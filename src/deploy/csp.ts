/**
 * Content-Security-Policy text: write each page's policy for its `<meta>`,
 * read it back from the built pages, and merge every page's policy into the
 * one the server sends as a header. Pure: no file system.
 */
import { createHash } from 'node:crypto';
import { PAGE_DIRECTIVES } from './rules.ts';

/** A policy as directives in order, each with its sources in order. */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** A page's policy as found in the build. */
export interface PagePolicy {
  /** The page's URL path, for error messages. */
  readonly path: string;
  readonly policy: string;
}

/**
 * Parses policy text into directives (lower-cased names) and sources.
 * @example
 * parsePolicy("default-src 'self'; img-src 'self' data:") // => Map { 'default-src' => ["'self'"], 'img-src' => ["'self'", 'data:'] }
 */
export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * Writes a policy as header text.
 * @example
 * serializePolicy(new Map([['default-src', ["'self'"]], ['object-src', ["'none'"]]])) // => "default-src 'self'; object-src 'none'"
 */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The CSP source that allows one inline `<style>` with exactly this text.
 * @example
 * styleHash('') // => "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hKjdI='"
 */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * A page's policy: the site's directives (rules.ts), with `style-src`
 * allowing exactly the page's inline stylesheets by their hashes.
 * @example
 * pagePolicy([]) // => "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"
 */
export function pagePolicy(inlineStyles: readonly string[]): string {
  const policy = new Map(PAGE_DIRECTIVES);
  policy.set('style-src', [...(policy.get('style-src') ?? []), ...inlineStyles.map(styleHash)]);
  return serializePolicy(policy);
}

/**
 * The site-wide header policy: every page's directives, with the union of
 * their `'sha…'` hashes (sorted, so the output is stable), plus `extra`
 * directives that a `<meta>` cannot carry (`frame-ancestors`). Served next
 * to a page's own `<meta>` policy, the browser enforces both, so each page
 * stays exactly as strict as its own policy.
 * Throws, naming the pages, when two pages differ in anything but hashes.
 */
export function siteWidePolicy(pages: readonly PagePolicy[], extra: Policy = new Map()): string {
  const [first, ...rest] = pages;
  if (!first) throw new Error('No page carries a Content-Security-Policy <meta>: check SiteStyle.astro in src/layouts/.');
  const merged = new Map<string, Set<string>>();
  const shape = (policy: Policy) =>
    [...policy].map(([name, sources]) => `${name} ${sources.filter((s) => !isHash(s)).join(' ')}`).join('; ');
  const expected = shape(parsePolicy(first.policy));
  for (const page of [first, ...rest]) {
    const policy = parsePolicy(page.policy);
    if (shape(policy) !== expected) {
      throw new Error(
        `The Content-Security-Policy of ${page.path} differs from that of ${first.path} in more than hashes:\n` +
          `  ${shape(policy)}\n  ${expected}\n` +
          'One header cannot serve both. Set directives in PAGE_DIRECTIVES (src/deploy/rules.ts), not per page.',
      );
    }
    for (const [name, sources] of policy) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  const sorted = new Map<string, string[]>(
    [...merged].map(([name, set]) => [name, [...[...set].filter((s) => !isHash(s)), ...[...set].filter(isHash).sort()]]),
  );
  for (const [name, sources] of extra) {
    if (sorted.has(name)) throw new Error(`The pages' policy already sets ${name}; remove it from the header's extra directives.`);
    sorted.set(name, [...sources]);
  }
  return serializePolicy(sorted);
}

/**
 * The policy of a page's `<meta http-equiv="content-security-policy">`, or
 * undefined when it has none.
 */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * Whether `header` allows at least what `page` allows: every directive of
 * the page is in the header with the same sources, hashes included.
 */
export function coversPolicy(header: Policy, page: Policy): boolean {
  return [...page].every(([name, sources]) => {
    const allowed = new Set(header.get(name) ?? []);
    return header.has(name) && sources.every((s) => allowed.has(s)) && [...allowed].every((s) => isHash(s) || sources.includes(s));
  });
}
