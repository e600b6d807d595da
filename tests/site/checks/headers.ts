import { setTimeout as sleep } from 'node:timers/promises';
import type { Response } from 'playwright-core';
import { coversPolicy, metaPolicy, parsePolicy } from '../../../src/deploy/csp.ts';
import { CACHE, headersFor, type HeaderRule } from '../../../src/deploy/rules.ts';
import { widgetFileNames } from '../../../src/widgets/build/file-names.ts';

/** A response's headers as Chromium received them (names lower-cased). */
export interface SeenResponse {
  readonly path: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Reads a response's headers as Chromium received them. Resolves to a
 * message instead when they never come, so a check reports it rather than hangs.
 */
export async function seenResponse(response: Response): Promise<SeenResponse | string> {
  const path = new URL(response.url()).pathname;
  // Unreferenced: a wait that lost the race keeps nothing running.
  const headers = await Promise.race([response.allHeaders(), sleep(10_000, undefined, { ref: false })]);
  return headers ? { path, status: response.status(), headers } : `${path}: Chromium reported no headers`;
}

/** Each header the rules give the path that the response lacks or carries with another value, as `name: value`. */
export function ruleMismatches(rules: readonly HeaderRule[], { path, headers }: SeenResponse): string[] {
  return Object.entries(headersFor(rules, path))
    .filter(([name, value]) => headers[name.toLowerCase()] !== value)
    .map(([name]) => `${name}: ${headers[name.toLowerCase()] ?? '(none)'}`);
}

/**
 * What a response of the site at `/` must carry, from what the rules are
 * for (not from the rules themselves): security headers, CORS on the widget
 * files only, caching by kind of file. Each miss as `name: value`.
 */
export function intentMismatches({ path, headers }: SeenResponse): string[] {
  const wrong: string[] = [];
  const expectHeader = (name: string, ok: (value: string | undefined) => boolean) => {
    if (!ok(headers[name])) wrong.push(`${name}: ${headers[name] ?? '(none)'}`);
  };
  expectHeader('content-security-policy', (v) => !!v && /frame-ancestors 'none'/.test(v) && /script-src 'self'/.test(v) && !/unsafe-inline/.test(v));
  expectHeader('strict-transport-security', (v) => Number(/max-age=(\d+)/.exec(v ?? '')?.[1]) >= 31_536_000);
  expectHeader('referrer-policy', (v) => v === 'no-referrer');
  expectHeader('x-content-type-options', (v) => v === 'nosniff');
  expectHeader('cross-origin-opener-policy', (v) => v === 'same-origin');
  expectHeader('permissions-policy', (v) => ['camera', 'microphone', 'geolocation', 'payment', 'usb'].every((f) => v?.includes(`${f}=()`)));
  const widget = path.startsWith('/widgets/');
  expectHeader('access-control-allow-origin', (v) => v === (widget ? '*' : undefined));
  expectHeader('cross-origin-resource-policy', (v) => v === (widget ? 'cross-origin' : undefined));
  const names = widgetFileNames();
  const hashed =
    path.startsWith('/_astro/') ||
    /^\/pagefind\/(index|fragment|filter)\//.test(path) ||
    /\.pf_meta$/.test(path) ||
    path === `/widgets/${names.script}` ||
    path === `/widgets/${names.module}`;
  expectHeader('cache-control', (v) => v === (hashed ? CACHE.immutable : CACHE.revalidate));
  return wrong;
}

/** Whether a page's own `<meta>` policy is covered by the policy its header rules give (false when either is missing). */
export function metaPolicyCovered(rules: readonly HeaderRule[], path: string, html: string): boolean {
  const header = headersFor(rules, path)['Content-Security-Policy'];
  const meta = metaPolicy(html);
  return !!header && !!meta && coversPolicy(parsePolicy(header), parsePolicy(meta));
}
