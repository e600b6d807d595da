import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, htmlSnippet, reactSnippet } from '../../src/widgets/embed/snippets.ts';

const script = {
  src: 'https://iop-library.example.org/widgets/iop-widgets.0.2.0.js',
  integrity: 'sha384-abc',
  checklistPage: 'https://iop-library.example.org/es/choosing-a-program/',
};

describe('embed snippets', () => {
  it('loads the versioned script cross-origin with SRI, then both widgets with their fallbacks', () => {
    expect(htmlSnippet(DEFAULT_EMBED, script)).toBe(
      [
        '<script src="https://iop-library.example.org/widgets/iop-widgets.0.2.0.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>',
        '<iop-call-to-action emergency-note>',
        '  <a href="tel:+18555091697">855-509-1697</a>',
        '</iop-call-to-action>',
        '<iop-checklist>',
        '  <a href="https://iop-library.example.org/es/choosing-a-program/">https://iop-library.example.org/es/choosing-a-program/</a>',
        '</iop-checklist>',
      ].join('\n'),
    );
  });

  it("puts the partner's options in attributes and their number in the fallback link", () => {
    const snippet = htmlSnippet(
      { ...DEFAULT_EMBED, widget: 'call-to-action', phone: '212 555 0199', sms: '212-555-0100', hours: 'Mon–Fri', variant: 'banner', emergencyNote: false, lang: 'es' },
      script,
    );
    expect(snippet).toContain('<iop-call-to-action phone="212 555 0199" sms="212-555-0100" hours="Mon–Fri" variant="banner" lang="es">');
    expect(snippet).toContain('<a href="tel:+12125550199">212-555-0199</a>');
    expect(snippet).not.toContain('iop-checklist');
  });

  it('escapes what a partner types', () => {
    const snippet = htmlSnippet({ ...DEFAULT_EMBED, widget: 'checklist', storageKey: '"><script>alert(1)</script>' }, script);
    expect(snippet).toContain('storage-key="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });

  it('gives React 19 a component, with the script tag for the page', () => {
    const snippet = reactSnippet(DEFAULT_EMBED, script);
    expect(snippet).toMatch(/^\/\/ Add once to your index\.html: <script src=/);
    expect(snippet).toContain('export function ProgramHelp() {');
    expect(snippet).toContain('<iop-call-to-action emergency-note="">');
  });
});
