import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CustomElement, CustomElementDeclaration } from 'custom-elements-manifest/schema';
import { widgetManifest } from '../../src/widgets/build/manifest.ts';
import { VERSION } from '../../src/widgets/shared/version.ts';

const manifest = await widgetManifest(new URL('../../', import.meta.url));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is CustomElementDeclaration & CustomElement & { tagName: string } => 'tagName' in d);

describe('the widgets’ custom-elements manifest', () => {
  it('exports a custom-element definition for each tag, pointing at its class', () => {
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    expect(definitions).toEqual([
      { kind: 'custom-element-definition', name: 'iop-call-to-action', declaration: { name: 'IopCallToAction', module: 'src/widgets/call-to-action/call-to-action.component.ts' } },
      { kind: 'custom-element-definition', name: 'iop-checklist', declaration: { name: 'IopChecklist', module: 'src/widgets/checklist/checklist.component.ts' } },
    ]);
  });

  it('gives every attribute a type, and defaults as values, never source code', () => {
    const attributes = Object.fromEntries(elements.map((e) => [e.tagName, (e.attributes ?? []).map((a) => [a.name, a.type?.text, a.default])]));
    expect(attributes).toEqual({
      'iop-call-to-action': [
        ['phone', 'string', '+18555091697'],
        ['sms', 'string', undefined],
        ['variant', "'button' | 'banner' | 'inline'", 'button'],
        ['hours', 'string', undefined],
        ['label', 'string', undefined],
        ['emergency-note', 'boolean', undefined],
      ],
      'iop-checklist': [['storage-key', 'string', 'iop-widgets:checklist']],
    });
    for (const element of elements) {
      for (const member of element.members ?? []) {
        if ('default' in member && member.default !== undefined) expect(() => JSON.parse(member.default!), `${element.name}.${member.name}`).not.toThrow();
      }
    }
  });

  it('documents the event partners listen to', () => {
    const checklist = elements.find((e) => e.tagName === 'iop-checklist')!;
    expect(checklist.events?.map((e) => e.name)).toEqual(['iop-checklist-change']);
  });
});

describe('the widgets’ CHANGELOG', () => {
  it('starts with the version the bundle is named after', () => {
    const changelog = readFileSync(new URL('../../src/widgets/CHANGELOG.md', import.meta.url), 'utf8');
    expect(changelog.match(/^## (\S+)/m)?.[1]).toBe(VERSION);
  });
});

/** Runs as an Angular app in tests/site/widgets-frameworks.test.ts; this checks its names against the manifest. */
describe('the Angular guide', () => {
  it('binds only attributes and events the widgets have, and declares CUSTOM_ELEMENTS_SCHEMA', async () => {
    const { ANGULAR_GUIDE } = await import('../../src/widgets/embed/guides.ts');
    const code = ANGULAR_GUIDE.files[0]!.code;
    expect(code).toMatch(/schemas: \[CUSTOM_ELEMENTS_SCHEMA\]/);
    const attributes = new Set(elements.flatMap((e) => (e.attributes ?? []).map((a) => a.name)));
    const bound = [...code.matchAll(/\[attr\.([\w-]+)\]/g)].map((m) => m[1]!);
    expect(bound.length).toBeGreaterThan(0);
    for (const name of bound) expect(attributes, name).toContain(name);
    const events = new Set(elements.flatMap((e) => (e.events ?? []).map((ev) => ev.name)));
    const widgetTags = [...code.matchAll(/<iop-[\w-]+[^>]*>/g)].join('\n');
    const heard = [...widgetTags.matchAll(/\(([\w-]+)\)="/g)].map((m) => m[1]!);
    expect(heard).toEqual(['iop-checklist-change']);
    for (const name of heard) expect(events, name).toContain(name);
  });
});
