import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../locales.ts';
import { missingKeys } from '../translate.ts';
import { sourceHash, translationState } from '../source-hash.ts';
import { formatSchemaIssues } from '../../content-loading/schema-errors.ts';
import { parseMdx } from './content-files.ts';
import { checkMdxSource } from '../../content-safety/check-file.ts';
import { parseEntryId, sourceSlugs, strayEntries } from '../../routing/translations.ts';

/** One MDX file of a translatable collection, as read from disk. */
export interface ContentFile {
  /** Path from the project root, e.g. `src/content/topics/es/cbt.mdx`. */
  readonly path: string;
  /** The locale folder it sits in (may be a typo, e.g. `esp`). */
  readonly folder: string;
  readonly slug: string;
  readonly source: string;
}

/** Everything the status report reads; the script fills it from disk. */
export interface StatusInput {
  readonly collections: readonly { readonly name: string; readonly schema: z.ZodType; readonly files: readonly ContentFile[] }[];
  /** UI strings per locale file name; `en` is the reference. */
  readonly ui: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Per-locale JSON data (checklist, glossary): ids that each translation must cover. */
  readonly data: readonly {
    readonly name: string;
    readonly schema: z.ZodType;
    readonly ids: (value: never) => string[];
    readonly files: Readonly<Record<string, { path: string; value: unknown }>>;
  }[];
}

/** An outdated page: the hash it was translated from and the English one now. */
export interface OutdatedPage {
  readonly slug: string;
  readonly path: string;
  readonly sourcePath: string;
  readonly recorded: string | undefined;
  readonly current: string;
}

/** The state of one locale. */
export interface LocaleStatus {
  readonly locale: Locale;
  readonly name: string;
  readonly translated: string[];
  readonly outdated: OutdatedPage[];
  readonly missing: string[];
  readonly missingUiKeys: string[];
  /** Missing ids per JSON data set, e.g. `{ checklist: ['cost.deductible'] }`. */
  readonly missingData: Record<string, string[]>;
}

/** A mistake in a file that a translator must fix. */
export interface FileError {
  readonly path: string;
  readonly message: string;
}

/** The whole report. */
export interface StatusReport {
  readonly locales: LocaleStatus[];
  readonly errors: FileError[];
  /** The English pages with their current hash, which translations record as `sourceHash`. */
  readonly sources: { readonly collection: string; readonly slug: string; readonly path: string; readonly hash: string }[];
}

/**
 * Builds the translation status: per locale, translated, outdated and
 * missing pages, UI strings and data entries; and every file error.
 * Pure: the `i18n:status` script reads the files, this decides.
 */
export function buildStatusReport(input: StatusInput): StatusReport {
  const errors: FileError[] = [];
  const sources: StatusReport['sources'] = [];
  const perLocale = new Map<Locale, { translated: string[]; outdated: OutdatedPage[]; missing: string[] }>(
    LOCALES.map((l) => [l.code, { translated: [], outdated: [], missing: [] }]),
  );

  for (const collection of input.collections) {
    const parsed = new Map<string, { file: ContentFile; data: Record<string, unknown>; body: string }>();
    const pathOf = new Map(collection.files.map((f) => [`${f.folder}/${f.slug}`, f.path]));
    for (const stray of strayEntries([...pathOf.keys()].map((id) => ({ id })))) {
      const { locale, slug } = parseEntryId(stray.id);
      errors.push({
        path: pathOf.get(stray.id)!,
        message:
          stray.reason === 'unknown-locale'
            ? `"${locale}" is not a locale folder. Use one of: ${LOCALES.map((l) => l.code).join(', ')}`
            : `has no English source (src/content/${collection.name}/${DEFAULT_LOCALE}/${slug}.mdx). Rename it to match an English file, or remove it.`,
      });
    }
    for (const file of collection.files) {
      if (!isLocale(file.folder)) continue;
      // The same checks as the build and `npm run check:content`: front matter, schema, content rules.
      for (const violation of checkMdxSource(file.source, collection.schema).violations) {
        const where = violation.line === undefined ? '' : `line ${violation.line}: `;
        errors.push({ path: file.path, message: `${where}[${violation.rule}] ${violation.message}` });
      }
      try {
        const { data, body } = parseMdx(file.source);
        parsed.set(`${file.folder}/${file.slug}`, { file, data, body });
      } catch {
        // Reported above.
      }
    }
    for (const slug of sourceSlugs([...pathOf.keys()].map((id) => ({ id }))).sort()) {
      const english = parsed.get(`${DEFAULT_LOCALE}/${slug}`);
      if (!english) continue;
      const current = sourceHash({
        title: String(english.data['title'] ?? ''),
        description: String(english.data['description'] ?? ''),
        body: english.body,
      });
      sources.push({ collection: collection.name, slug, path: english.file.path, hash: current });
      for (const { code } of LOCALES) {
        if (code === DEFAULT_LOCALE) continue;
        const own = parsed.get(`${code}/${slug}`);
        const recorded = typeof own?.data['sourceHash'] === 'string' ? own.data['sourceHash'] : undefined;
        const state = translationState({ isSource: false, exists: own !== undefined, recorded, current });
        const bucket = perLocale.get(code)!;
        const label = `${collection.name}/${slug}`;
        if (state === 'missing') bucket.missing.push(label);
        else if (state === 'outdated') bucket.outdated.push({ slug: label, path: own!.file.path, sourcePath: english.file.path, recorded, current });
        else bucket.translated.push(label);
      }
    }
  }

  const englishUi = input.ui[DEFAULT_LOCALE] ?? {};
  const dataIds = input.data.map((set) => {
    const english = set.files[DEFAULT_LOCALE];
    for (const [code, file] of Object.entries(set.files)) {
      const result = set.schema.safeParse(file.value);
      if (!result.success) errors.push({ path: file.path, message: formatSchemaIssues(file.path, result.error.issues) });
      if (!isLocale(code)) errors.push({ path: file.path, message: `"${code}" is not a locale code` });
    }
    const ids = (value: unknown) => {
      try {
        return new Set(set.ids(value as never));
      } catch {
        return new Set<string>();
      }
    };
    return { name: set.name, english: english ? ids(english.value) : new Set<string>(), ids, files: set.files };
  });

  const locales = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => {
    const bucket = perLocale.get(l.code)!;
    const missingData: Record<string, string[]> = {};
    for (const set of dataIds) {
      const own = set.files[l.code];
      const have = own ? set.ids(own.value) : new Set<string>();
      missingData[set.name] = [...set.english].filter((id) => !have.has(id));
    }
    return {
      locale: l.code,
      name: l.englishName,
      ...bucket,
      missingUiKeys: missingKeys(englishUi, input.ui[l.code] ?? {}),
      missingData,
    };
  });
  return { locales, errors, sources };
}

/** Whether a locale has anything left to do (for `--strict`). */
export function hasGaps(status: LocaleStatus): boolean {
  return (
    status.missing.length + status.outdated.length + status.missingUiKeys.length > 0 ||
    Object.values(status.missingData).some((ids) => ids.length > 0)
  );
}
