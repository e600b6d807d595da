import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgetFileNames } from '../../src/widgets/build/file-names.ts';
import { TRUSTED_TYPES_POLICY } from '../../src/widgets/build/lit.ts';
import { measureWidgetParts, sizesOf, type Sizes } from '../../src/widgets/build/size.ts';
import { VERSION } from '../../src/widgets/shared/version.ts';

/** The budget for both widgets, Lit and all six languages in one file, in bytes (1 KB = 1024 bytes). */
const BUDGET = { gzip: 16 * 1024, brotli: 14 * 1024 };
const dist = new URL('../../dist/widgets/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dist));
const names = widgetFileNames();
const show = (s: Sizes) => `${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli`;

describe('widget distribution in dist/widgets', () => {
  it('has the classic script and the ES module, each versioned and as an identical alias', () => {
    expect(existsSync(dist), 'run `npx astro build` first').toBe(true);
    expect(names.script).toBe(`iop-widgets.${VERSION}.js`);
    expect(read(names.script).equals(read(names.scriptAlias))).toBe(true);
    expect(read(names.module).equals(read(names.moduleAlias))).toBe(true);
    expect(read(names.script).toString()).toMatch(/^("use strict";)?\(\(\)=>\{/);
    expect(read(names.module).toString()).toMatch(/export\{/);
  });

  it('publishes SRI hashes that match the files', () => {
    const integrity = JSON.parse(read('integrity.json').toString()) as Record<string, string>;
    for (const name of Object.values(names)) {
      expect(integrity[name]).toBe(`sha384-${createHash('sha384').update(read(name)).digest('base64')}`);
    }
  });

  it('ships stock Lit with its licence notices, and only the Trusted Types policy renamed', () => {
    for (const name of [names.script, names.module]) {
      const code = read(name).toString();
      expect(code).toContain(`createPolicy("${TRUSTED_TYPES_POLICY}"`);
      expect(code).not.toContain('"lit-html"');
      expect(code.match(/SPDX-License-Identifier: BSD-3-Clause/g)?.length, name).toBeGreaterThanOrEqual(3);
      expect(code).toContain('Copyright 2017 Google LLC');
      // Lit's own version records, as published: nothing was cut out of Lit.
      expect(code).toMatch(/litHtmlVersions/);
      expect(code).toMatch(/reactiveElementVersions/);
    }
  });

  it("gives the site's pages the same Lit: production build, renamed policy", () => {
    const assets = new URL('../_astro/', dist);
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(new URL(f, assets), 'utf8'));
    const withLit = scripts.filter((code) => code.includes('litHtmlVersions'));
    expect(withLit).toHaveLength(1);
    expect(withLit[0]).toMatch(new RegExp(`createPolicy\\((["'\`])${TRUSTED_TYPES_POLICY}\\1`));
    expect(scripts.join()).not.toMatch(/createPolicy\((["'`])lit-html\1|Lit is in dev mode/);
  });

  it('describes both elements in custom-elements.json', () => {
    const manifest = JSON.parse(read('custom-elements.json').toString());
    const elements = manifest.modules.flatMap((m: { declarations: { tagName?: string }[] }) => m.declarations).filter((d: { tagName?: string }) => d.tagName);
    expect(Object.fromEntries(elements.map((d: { tagName: string; attributes: { name: string }[] }) => [d.tagName, d.attributes.map((a) => a.name).sort()]))).toEqual({
      'iop-call-to-action': ['emergency-note', 'hours', 'label', 'phone', 'sms', 'variant'],
      'iop-checklist': ['storage-key'],
    });
  });

  it('sends CORS headers for the widget path', () => {
    expect(readFileSync(new URL('../_headers', dist), 'utf8')).toMatch(/\/widgets\/\*\n {2}Access-Control-Allow-Origin: \*/);
  });

  it(`stays within ${BUDGET.gzip} B gzip and ${BUDGET.brotli} B brotli, and says what each part costs`, async () => {
    for (const name of [names.script, names.module]) {
      const sizes = sizesOf(read(name));
      console.log(`widget size ${name}: ${show(sizes)} (budget ${BUDGET.gzip} B gzip, ${BUDGET.brotli} B brotli)`);
      expect.soft(sizes.gzip, `${name} gzip`).toBeLessThanOrEqual(BUDGET.gzip);
      expect.soft(sizes.brotli, `${name} brotli`).toBeLessThanOrEqual(BUDGET.brotli);
    }
    const parts = await measureWidgetParts(new URL('../../', import.meta.url), read(names.script));
    for (const part of ['lit', 'strings', 'code', 'css'] as const) console.log(`widget part ${part}: ${show(parts[part])}`);
    for (const part of ['lit', 'strings', 'code', 'css'] as const) expect(parts[part].gzip, part).toBeGreaterThan(0);
  });
});
