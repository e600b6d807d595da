import { describe, expect, it } from 'vitest';
import { cacheStrategy, offlineFallback } from '../../src/offline/cache-policy.ts';

describe('offline cache policy', () => {
  it.each([
    ['/en/help/', '/', 'navigate', 'network-first'],
    ['/some/path/es/', '/some/path/', 'navigate', 'network-first'],
    ['/_astro/Base.abc123.css', '/', 'no-cors', 'cache-first'],
    ['/pagefind/fragment/en_abc.pf_fragment', '/', 'cors', 'cache-first'],
    ['/pagefind/pagefind-entry.json', '/', 'cors', 'stale-while-revalidate'],
    ['/favicon.svg', '/', 'no-cors', 'stale-while-revalidate'],
    ['/widgets/iop-widgets.js', '/', 'no-cors', 'bypass'],
    ['/sw.js', '/', 'same-origin', 'bypass'],
    ['/elsewhere/', '/some/path/', 'navigate', 'bypass'],
  ])('%s (base %s, mode %s) → %s', (path, base, mode, expected) => {
    expect(cacheStrategy(path, base, mode)).toBe(expected);
  });
  it('falls back to the help page in the reader’s language', () => {
    expect(offlineFallback('/fr/cbt/', '/', ['en', 'fr'])).toBe('/fr/help/');
    expect(offlineFallback('/base/zh-Hans/', '/base/', ['en', 'zh-Hans'])).toBe('/base/zh-Hans/help/');
    expect(offlineFallback('/xx/', '/', ['en', 'fr'])).toBe('/en/help/');
  });
});
