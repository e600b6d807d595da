/**
 * How the server build groups content modules. Each MDX entry is a module
 * (plus Astro's asset wrapper, `?astroPropagatedAssets`), and by default the
 * bundler gives every one its own chunk: at 200 topics in six languages,
 * about 2,500 files to render, write and import again while pages render,
 * some 3 s of a 21 s build (docs/performance.md). Every page is prerendered
 * in one process from these chunks, which are deleted afterwards, so the
 * built site is the same byte for byte; one chunk per collection and
 * language keeps chunks few and of bounded size.
 */

/** A content entry's module id: `…/src/content/<collection>/<lang>/<slug>.mdx`, with or without a query. */
const CONTENT_MODULE = /[\\/]src[\\/]content[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/][^\\/]+\.mdx(?:$|\?)/;

/**
 * The server chunk a module belongs to: `content-<collection>-<lang>` for a
 * content entry, `null` (the bundler decides) for anything else.
 * @example
 * contentChunkName('/site/src/content/topics/es/cbt.mdx?astroPropagatedAssets') // => 'content-topics-es'
 * contentChunkName('/site/src/layouts/Base.astro') // => null
 */
export function contentChunkName(moduleId: string): string | null {
  const match = CONTENT_MODULE.exec(moduleId);
  return match ? `content-${match[1]}-${match[2]}` : null;
}
