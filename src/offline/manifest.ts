/**
 * The offline manifests: what saving one language downloads. The build
 * writes one per language (`offline/<code>.json`) and a small index of their
 * revisions (`offline/revisions.json`); the page reads them to save, resume
 * and update a language, and the service worker serves what was saved.
 * Pure: no DOM, no file system.
 */

/** The folder, under the site's base, that holds the manifests. */
export const OFFLINE_DIR = 'offline';

/** One file of a saved language. */
export interface OfflineFile {
  /** Its address, base-aware, with no query: also its key in the saved copy. */
  readonly url: string;
  readonly bytes: number;
  /** The first 16 hex digits of the SHA-256 of its bytes. */
  readonly revision: string;
}

/** Everything a language needs to be read and searched offline. */
export interface OfflineManifest {
  readonly locale: string;
  /** Changes whenever any file's revision changes (a hash of all of them). */
  readonly revision: string;
  readonly bytes: number;
  readonly files: readonly OfflineFile[];
}

/** `offline/revisions.json`: each language's current manifest revision. */
export type OfflineRevisions = Readonly<Record<string, string>>;

/** The manifest's address. */
export function manifestUrl(base: string, locale: string): string {
  return `${base}${OFFLINE_DIR}/${locale}.json`;
}

/** The revisions index's address. */
export function revisionsUrl(base: string): string {
  return `${base}${OFFLINE_DIR}/revisions.json`;
}

/**
 * The cache that holds one revision of a saved language. A new revision is
 * written to a new cache, so the copy being read is never changed in place.
 * @example
 * snapshotCacheName('fr', '0123abcd') // => 'iop-saved-fr-0123abcd'
 */
export function snapshotCacheName(locale: string, revision: string): string {
  return `${SNAPSHOT_PREFIX}${locale}-${revision}`;
}

/** Every saved-language cache name starts with this. */
export const SNAPSHOT_PREFIX = 'iop-saved-';

/** What bringing a saved copy up to date takes. */
export interface UpdatePlan {
  /** Files whose revision did not change: copied from the saved copy, not downloaded. */
  readonly reuse: readonly OfflineFile[];
  /** Files that are new or changed. */
  readonly download: readonly OfflineFile[];
  /** Bytes to download. */
  readonly bytes: number;
}

/**
 * Compares a saved manifest with the current one. With nothing saved, every
 * file is downloaded.
 * @example
 * planUpdate({ files: [{ url: '/a', bytes: 1, revision: 'x' }] }, { files: [{ url: '/a', bytes: 1, revision: 'x' }, { url: '/b', bytes: 2, revision: 'y' }] })
 * // => { reuse: [/a], download: [/b], bytes: 2 }
 */
export function planUpdate(saved: Pick<OfflineManifest, 'files'> | undefined, next: Pick<OfflineManifest, 'files'>): UpdatePlan {
  const had = new Map((saved?.files ?? []).map((f) => [f.url, f.revision]));
  const reuse: OfflineFile[] = [];
  const download: OfflineFile[] = [];
  for (const file of next.files) (had.get(file.url) === file.revision ? reuse : download).push(file);
  return { reuse, download, bytes: download.reduce((sum, f) => sum + f.bytes, 0) };
}

/**
 * Checks a manifest read from the network: a wrong shape is an error naming
 * what was expected, never a half-understood save.
 */
export function parseManifest(value: unknown, locale: string): OfflineManifest {
  const m = value as Partial<OfflineManifest> | null;
  const fileOk = (f: Partial<OfflineFile>) => typeof f?.url === 'string' && typeof f.revision === 'string' && Number.isFinite(f.bytes);
  if (!m || m.locale !== locale || typeof m.revision !== 'string' || !Array.isArray(m.files) || !m.files.every(fileOk)) {
    throw new Error(`offline/${locale}.json: expected { locale: "${locale}", revision, bytes, files: [{ url, bytes, revision }] }`);
  }
  return m as OfflineManifest;
}

/**
 * A megabyte figure for people, one decimal.
 * @example
 * formatMegabytes(1_840_000, 'en') // => '1.8 MB'
 */
export function formatMegabytes(bytes: number, tag: string): string {
  const mb = Math.max(0.1, Math.round(bytes / 100_000) / 10);
  return `${new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb)} MB`;
}
