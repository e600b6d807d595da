/**
 * The web app manifest of one language (`/<lang>/manifest.webmanifest`), so
 * a phone can add the library to its home screen in the reader's language.
 * Every icon is served by the site itself. Pure: strings in, JSON out.
 */

/** The home-screen icons in `public/icons/` (drawn by scripts/make-icons.ts). */
export const ICONS = [
  { path: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { path: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { path: '/icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** The file name, in each language's folder. */
export const WEB_MANIFEST_FILE = 'manifest.webmanifest';

/** The library's brand colour (the favicon's blue). */
const THEME_COLOR = '#0b57b0';

export interface WebManifestInput {
  /** Site base path with a trailing slash. */
  readonly base: string;
  readonly code: string;
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  readonly name: string;
  readonly description: string;
}

/**
 * @example
 * webManifest({ base: '/', code: 'fr', tag: 'fr', dir: 'ltr', name: 'Bibliothèque', description: '…' }).start_url // => '/fr/'
 */
export function webManifest(input: WebManifestInput) {
  return {
    id: `${input.base}${input.code}/`,
    name: input.name,
    short_name: input.name,
    description: input.description,
    lang: input.tag,
    dir: input.dir,
    start_url: `${input.base}${input.code}/`,
    scope: input.base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: ICONS.map((icon) => ({
      src: `${input.base}${icon.path.slice(1)}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
