import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { textsInEnglishOrder } from '../checklist/checklist.texts.ts';

/** A checklist file, `src/content/checklist/<lang>.json` (esbuild's filters have no look-ahead: English is passed over below). */
const CHECKLIST_FILE = /[\\/]content[\\/]checklist[\\/][^\\/]+\.json$/;
const REBUILD = fileURLToPath(new URL('../checklist/checklist.texts.ts', import.meta.url));

/**
 * A JSON transform for the partner bundle: each translated checklist ships as
 * its texts in English order, and `withTexts` puts the English ids back at
 * run time. The content files stay the one source; this only keeps the bundle
 * from repeating the ids and key names in six languages.
 */
export const checklistTextsForEsbuild: Plugin = {
  name: 'iop-checklist-texts',
  setup(build) {
    build.onLoad({ filter: CHECKLIST_FILE }, async ({ path }) => {
      const englishPath = join(dirname(path), 'en.json');
      if (path === englishPath) return undefined;
      const [own, english] = await Promise.all([readFile(path, 'utf8'), readFile(englishPath, 'utf8')]);
      const texts = textsInEnglishOrder(JSON.parse(own), JSON.parse(english), path);
      return {
        contents: `import en from ${JSON.stringify(englishPath)};import { withTexts } from ${JSON.stringify(REBUILD)};export default withTexts(en, ${JSON.stringify(texts)});`,
        loader: 'js',
        resolveDir: dirname(path),
      };
    });
  },
};
