import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { widgetFileNames } from '../../src/integrations/widgets-bundle.ts';
import { TRUSTED_TYPES_POLICY } from '../../src/integrations/widgets-lit.ts';

/** The budget for both widgets, Lit and all six languages, in bytes (1 KB = 1024 bytes). */
const BUDGET = { brotli: 10 * 1024, gzip: 11 * 1024 };
const dist = new URL('../../dist/widgets/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dist));
const names = widgetFileNames();

describe('widget distribution in dist/widgets', () => {
  it('has the classic script and the ES module, each versioned and as an identical alias', () => {
    expect(existsSync(dist), 'run `npx astro build` first').toBe(true);
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

  it('renames Lit’s Trusted Types policy and adds no Lit globals', () => {
    const code = read(names.script).toString();
    expect(code).toContain(`createPolicy("${TRUSTED_TYPES_POLICY}"`);
    expect(code).not.toContain('"lit-html"');
    expect(code).not.toMatch(/litHtmlVersions|reactiveElementVersions|litElementVersions|litPropertyMetadata/);
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

  it(`stays within ${BUDGET.brotli} B brotli and ${BUDGET.gzip} B gzip`, () => {
    for (const name of [names.script, names.module]) {
      const file = read(name);
      const brotli = brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      const gzip = gzipSync(file, { level: 9 }).length;
      console.log(`widget size ${name}: ${file.length} B raw, ${brotli} B brotli (budget ${BUDGET.brotli}), ${gzip} B gzip (budget ${BUDGET.gzip})`);
      expect.soft(brotli, `${name} brotli`).toBeLessThanOrEqual(BUDGET.brotli);
      expect.soft(gzip, `${name} gzip`).toBeLessThanOrEqual(BUDGET.gzip);
    }
  });
});
