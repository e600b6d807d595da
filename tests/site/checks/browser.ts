import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Response } from 'playwright-core';
import type { HeaderRule } from '../../../src/deploy/rules.ts';
import { intentMismatches, ruleMismatches, seenResponse } from './headers.ts';
import type { Problem } from './problem.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule sets axe checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A Chromium tab that audits pages one after another; see {@link openAuditTab}. */
export interface AuditTab {
  /** Loads `path` and reports its problems; axe runs unless `axe: false`. */
  audit(path: string, options?: { axe?: boolean }): Promise<Problem[]>;
  close(): Promise<void>;
}

/**
 * Opens one Chromium tab that audits pages in turn, each as a first visit,
 * under the page's own CSP. From one load it reports requests to any other
 * origin, cookies, console errors, CSP violations and axe violations (WCAG
 * 2.2 AA); axe is evaluated through the DevTools protocol, so the CSP stays
 * in force for all the page itself does. With `rules` (the build's
 * generated header rules, applied by the server), also every response of
 * the origin whose headers differ from its rules or miss what the rules are
 * for.
 *
 * One tab serves many pages because a new tab costs a renderer process,
 * more than the load itself. A first visit is kept by design: the HTTP
 * cache is off, so every page fetches (and has checked) all it uses;
 * cookies and storage are cleared after each page; service workers are
 * blocked, since one registered by a page would serve the next
 * (offline-library.test.ts and headers.test.ts cover the worker).
 */
export async function openAuditTab(browser: Browser, origin: string, options: { rules?: readonly HeaderRule[] } = {}): Promise<AuditTab> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // What the page being audited has shown so far; replaced for each page.
  let current = { path: '', problems: [] as Problem[], responses: [] as Response[] };
  const add = (check: Problem['check'], message: string) => current.problems.push({ page: current.path, check, message });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) add('requests', `request to ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') add('console', `${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => add('console', `uncaught: ${error.message}`));
  page.on('response', (response) => void (options.rules && new URL(response.url()).origin === origin && current.responses.push(response)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });

  async function audit(path: string, { axe = true }: { axe?: boolean } = {}): Promise<Problem[]> {
    current = { path, problems: [], responses: [] };
    const { problems, responses } = current;
    await page.goto(origin + path, { waitUntil: 'load' });
    for (const v of await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)) add('csp', v);
    if (axe) {
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
    const documentCookie = await page.evaluate(() => {
      const cookie = document.cookie;
      localStorage.clear();
      sessionStorage.clear();
      return cookie;
    });
    const cookies = await context.cookies();
    if (documentCookie || cookies.length > 0) add('cookies', `cookies set: ${cookies.map((c) => c.name).join(', ') || documentCookie}`);
    await context.clearCookies();
    return problems;
  }

  return { audit, close: () => context.close() };
}

/** Audits one page in a tab of its own (see {@link openAuditTab}). */
export async function auditPage(
  browser: Browser,
  origin: string,
  path: string,
  options: { axe?: boolean; rules?: readonly HeaderRule[] } = {},
): Promise<Problem[]> {
  const tab = await openAuditTab(browser, origin, options);
  try {
    return await tab.audit(path, options);
  } finally {
    await tab.close();
  }
}
