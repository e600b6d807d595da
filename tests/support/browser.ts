import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.ts';

/** Launches Debian's Chromium headless with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
