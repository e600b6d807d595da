import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Response } from 'playwright-core';
import type { HeaderRule } from '../../../src/deploy/rules.ts';
import { intentMismatches, ruleMismatches, seenResponse } from './headers.ts';
import type { Problem } from './problem.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule sets axe checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Loads one page in a fresh Chromium context under the page's own CSP and
 * reports, from that one load: requests to any other origin, cookies, console
 * errors, CSP violations and (unless `axe: false`) axe violations (WCAG 2.2
 * AA). axe is evaluated through the DevTools protocol, so the CSP stays in
 * force for all the page itself does. With `rules` (the build's generated
 * header rules, applied by the server), also every response of the origin
 * whose headers differ from its rules or miss what the rules are for.
 */
export async function auditPage(
  browser: Browser,
  origin: string,
  path: string,
  options: { axe?: boolean; rules?: readonly HeaderRule[] } = {},
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (check: Problem['check'], message: string) => problems.push({ page: path, check, message });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) add('requests', `request to ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') add('console', `${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => add('console', `uncaught: ${error.message}`));
  const responses: Response[] = [];
  if (options.rules) page.on('response', (response) => void (new URL(response.url()).origin === origin && responses.push(response)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    for (const v of await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)) add('csp', v);
    if (options.axe !== false) {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      }, AXE_TAGS);
      for (const v of violations) add('axe', `${v.id}: ${v.help} at ${v.targets.join(', ')}`);
    }
    if (options.rules) {
      for (const seen of await Promise.all(responses.map(seenResponse))) {
        if (typeof seen === 'string') add('headers', seen);
        else {
          // What the rules are for applies to files served; a miss gets the rules' headers only.
          const wrong = [...ruleMismatches(options.rules, seen), ...(seen.status === 200 ? intentMismatches(seen) : [])];
          for (const message of wrong) add('headers', `${seen.path} ${message}`);
        }
      }
    }
    const documentCookie = await page.evaluate(() => document.cookie);
    const cookies = await context.cookies();
    if (documentCookie || cookies.length > 0) add('cookies', `cookies set: ${cookies.map((c) => c.name).join(', ') || documentCookie}`);
  } finally {
    await context.close();
  }
  return problems;
}
