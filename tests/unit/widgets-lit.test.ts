import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIT_POLICY, renameTrustedTypesPolicy, TRUSTED_TYPES_POLICY } from '../../src/widgets/build/lit.ts';

const litHtml = readFileSync(new URL('../../node_modules/lit-html/lit-html.js', import.meta.url), 'utf8');

describe("the widgets' Lit", () => {
  it('renames the Trusted Types policy of the installed lit-html with one exact replacement, and changes nothing else', () => {
    const renamed = renameTrustedTypesPolicy(litHtml);
    expect(renamed).toContain(`createPolicy("${TRUSTED_TYPES_POLICY}"`);
    expect(renamed).not.toContain(LIT_POLICY);
    expect(renamed.replace(`createPolicy("${TRUSTED_TYPES_POLICY}"`, LIT_POLICY)).toBe(litHtml);
  });

  it('fails the build, naming the file and the text, when the policy text is missing or repeated', () => {
    expect(() => renameTrustedTypesPolicy(litHtml.replace(LIT_POLICY, "createPolicy('lit-html'"), 'x/lit-html.js')).toThrow(
      /expected createPolicy\("lit-html" once in x\/lit-html\.js, found it 0 times.*update LIT_POLICY in src\/widgets\/build\/lit\.ts/,
    );
    expect(() => renameTrustedTypesPolicy(`${litHtml};${LIT_POLICY})`)).toThrow(/found it 2 times/);
  });
});
