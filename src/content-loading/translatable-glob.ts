import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { formatSchemaIssues } from './schema-errors.ts';

interface TranslatableGlobOptions {
  /** Folder holding one sub-folder per locale, relative to the project root. */
  readonly base: string;
  /** The collection's schema, used to word errors for translators. */
  readonly schema: z.ZodType;
}

/** Marks an entry whose front matter failed validation, so the store drops it. */
const INVALID = Symbol('invalid translation');

/**
 * A glob loader for `<base>/<lang>/<slug>.mdx` that treats languages
 * differently on bad front matter: an English file fails the build, while a
 * translation is logged (file, field, fix) and left out, so its page falls
 * back to English and no other page is affected.
 */
export function translatableGlob({ base, schema }: TranslatableGlobOptions): Loader {
  // Keep ids as `<lang>/<slug>` with the locale's case (`zh-Hans`), unlike the default slugger.
  const inner = glob({ pattern: '*/**/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'translatable-glob',
    load: async (context: LoaderContext) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        const result = schema.safeParse(props.data);
        if (result.success) return context.parseData(props);
        const file = `${base}/${props.id}.mdx`;
        const message = formatSchemaIssues(file, result.error.issues);
        if (props.id.startsWith(`${DEFAULT_LOCALE}/`)) throw new Error(message);
        context.logger.error(`${message}\n  This translation is skipped; its page shows the English text until it is fixed.`);
        return { [INVALID]: true } as never;
      };
      const store = new Proxy(context.store, {
        get(target, key, receiver) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) =>
              entry.data && INVALID in entry.data ? false : target.set(entry);
          }
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, parseData, store });
    },
  };
}
