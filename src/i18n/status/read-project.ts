import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicSchema } from '../../schemas/topic.ts';
import { pageSchema } from '../../schemas/page.ts';
import { checklistSchema, type Checklist } from '../../schemas/checklist.ts';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import { readUiStrings } from '../read-ui-strings.ts';
import type { ContentFile, StatusInput } from './report.ts';

function mdxFiles(root: string, collection: string): ContentFile[] {
  const base = `src/content/${collection}`;
  if (!existsSync(join(root, base))) return [];
  return readdirSync(join(root, base)).flatMap((folder) =>
    readdirSync(join(root, base, folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const path = `${base}/${folder}/${name}`;
        return { path, folder, slug: name.replace(/\.mdx$/, ''), source: readFileSync(join(root, path), 'utf8') };
      }),
  );
}

function jsonFiles(root: string, dir: string): Record<string, { path: string; value: unknown }> {
  const files: Record<string, { path: string; value: unknown }> = {};
  if (!existsSync(join(root, dir))) return files;
  for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.json'))) {
    const path = `${dir}/${name}`;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(root, path), 'utf8'));
    } catch (error) {
      value = { error: `not valid JSON: ${(error as Error).message}` };
    }
    files[name.replace(/\.json$/, '')] = { path, value };
  }
  return files;
}

/** Reads every translatable file of the project into the status report's input. */
export async function readStatusInput(root = '.'): Promise<StatusInput> {
  const ui = await readUiStrings(join(root, 'src/i18n/ui'));
  return {
    collections: [
      { name: 'topics', schema: topicSchema, files: mdxFiles(root, 'topics') },
      { name: 'pages', schema: pageSchema, files: mdxFiles(root, 'pages') },
    ],
    ui,
    data: [
      {
        name: 'checklist',
        schema: checklistSchema,
        ids: (c: Checklist) => c.sections.flatMap((s) => [s.id, ...s.questions.map((q) => `${s.id}/${q.id}`)]),
        files: jsonFiles(root, 'src/content/checklist'),
      },
      { name: 'glossary', schema: glossarySchema, ids: (g: Glossary) => g.terms.map((t) => t.id), files: jsonFiles(root, 'src/content/glossary') },
    ],
  };
}
