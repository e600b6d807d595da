import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWidgetTemplates, editLit, refuseUnsupportedLit, TRUSTED_TYPES_POLICY } from '../../src/integrations/widgets-lit.ts';

const litPath = new URL('../../node_modules/lit-html/lit-html.js', import.meta.url);
const lit = readFileSync(litPath, 'utf8');

describe("the widgets' edited Lit", () => {
  it('renames the Trusted Types policy, adds no globals and drops what the widgets do not use', () => {
    const edited = editLit(lit);
    expect(edited).toContain(`createPolicy("${TRUSTED_TYPES_POLICY}"`);
    expect(edited).not.toMatch(/litHtmlVersions|litHtmlPolyfillSupport|"lit-html"|<svg>|<math>|creationScope|renderBefore|isConnected|\.tagName|\.capture/);
    expect(edited.length).toBeLessThan(lit.length);
    // Still a module that parses and exports what the widgets import.
    expect(edited).toMatch(/export\{[^}]*\bas html\b[^}]*\bas nothing\b[^}]*\bas render\b/);
    expect(() => new Function(edited.replace(/export\{[^}]*\};?/, '').replace(/\/\/# sourceMappingURL=.*$/m, ''))).not.toThrow(SyntaxError);
  });

  it('fails loudly, naming the edit, when Lit’s code no longer matches', () => {
    expect(() => editLit(lit.replace('createPolicy("lit-html"', 'createPolicy("lit-html-4"'), 'lit-html.js')).toThrow(/expected 1 of .*createPolicy.* in lit-html\.js, found 0/);
    expect(() => editLit(lit.replace('get startNode()', 'get startNode2()'), 'lit-html.js')).toThrow(/startNode/);
  });

  it('refuses Lit modules whose features the edits took out', () => {
    expect(() => refuseUnsupportedLit('/p/node_modules/lit-html/directive.js')).toThrow(/no directives/);
    expect(() => refuseUnsupportedLit('/p/node_modules/lit-html/directives/repeat.js')).toThrow(/no directives/);
    expect(() => refuseUnsupportedLit('/p/node_modules/lit-html/lit-html.js')).not.toThrow();
  });

  it('refuses widget templates that need what the edits took out, and accepts the widgets as they are', () => {
    expect(() => checkWidgetTemplates("import { html, svg } from 'lit/html.js';", 'a.ts')).toThrow(/a\.ts imports svg or mathml/);
    expect(() => checkWidgetTemplates('html`<p>${a}</p><textarea>${b}</textarea>`', 'b.ts')).toThrow(/b\.ts has a <script>, <style>, <textarea> or <title>/);
    for (const file of ['call-to-action/call-to-action.component.ts', 'checklist/checklist.component.ts', 'shared/element.ts']) {
      const source = readFileSync(new URL(`../../src/widgets/${file}`, import.meta.url), 'utf8');
      expect(() => checkWidgetTemplates(source, file)).not.toThrow();
    }
  });
});
