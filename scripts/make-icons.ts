/**
 * Draws the home-screen icons into `public/icons/` from the favicon's
 * design, in Chromium (no image library needed): 192 and 512 px, and a
 * 512 px maskable icon whose symbol stays inside the central safe zone.
 * Run once after changing the design: `node scripts/make-icons.ts`; the PNGs
 * are committed.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/chromium.ts';
import { ICONS } from '../src/offline/web-manifest.ts';

/** The favicon's blue and cross; `inset` shrinks the symbol (the maskable safe zone is the central 80 %). */
const svg = (rounded: boolean, inset: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%"><rect width="32" height="32" rx="${rounded ? 6 : 0}" fill="#0b57b0"/>` +
  `<g transform="translate(16 16) scale(${1 - inset}) translate(-16 -16)"><path d="M9 16h14M16 9v14" stroke="#fff" stroke-width="4" stroke-linecap="round"/></g></svg>`;

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const icon of ICONS) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(icon.purpose === 'any', icon.purpose === 'maskable' ? 0.3 : 0)}`);
  await page.screenshot({ path: `public${icon.path}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`wrote ${ICONS.map((i) => i.path).join(', ')}`);
