import { describe, expect, it } from 'vitest';
import { contentChunkName } from '../../src/content-loading/server-chunks.ts';

describe('server chunks for content', () => {
  it('groups an entry and its asset wrapper by collection and language', () => {
    expect(contentChunkName('/site/src/content/topics/zh-Hans/group-therapy.mdx')).toBe('content-topics-zh-Hans');
    expect(contentChunkName('/site/src/content/topics/zh-Hans/group-therapy.mdx?astroPropagatedAssets')).toBe('content-topics-zh-Hans');
    expect(contentChunkName('C:\\site\\src\\content\\pages\\es\\help.mdx')).toBe('content-pages-es');
  });
  it('leaves every other module to the bundler', () => {
    for (const id of ['/site/src/layouts/Base.astro', '/site/src/content/glossary/es.json', '/site/node_modules/@astrojs/mdx/dist/server.js', '/site/src/content/topics/es/cbt.mdx.ts']) {
      expect(contentChunkName(id)).toBeNull();
    }
  });
});
