import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.ts';

/** Launches headless Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A browser context that lets only `origin` through: every other request is aborted and recorded in `foreign`. */
export async function sameOriginContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext(options);
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { context, foreign };
}

/**
 * Goes to `url` and waits for `load`; if that times out, the error lists the
 * requests of the page's context still unfinished (the service worker's
 * included), so a stall says what it was waiting for.
 */
export async function gotoOrExplain(page: Page, url: string): Promise<void> {
  const pending = new Set<Request>();
  const context = page.context();
  const start = (request: Request) => void pending.add(request);
  const end = (request: Request) => void pending.delete(request);
  context.on('request', start);
  context.on('requestfinished', end);
  context.on('requestfailed', end);
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    const waiting = [...pending].map((r) => `${r.url()}${r.serviceWorker() ? ' (from the worker)' : ''}`);
    throw new Error(`${(error as Error).message}\nstill unfinished: ${waiting.join(', ') || 'no request'}`, { cause: error });
  } finally {
    context.off('request', start);
    context.off('requestfinished', end);
    context.off('requestfailed', end);
  }
}
