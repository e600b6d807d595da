import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import type ts from 'typescript';
import * as analyzer from '@custom-elements-manifest/analyzer';
// @ts-expect-error The analyzer publishes its Lit plugin (what `--litelement` loads) without types.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type { ClassField, CustomElement, Module, Package } from 'custom-elements-manifest/schema';
import { CTA_PROPERTIES } from '../call-to-action/call-to-action.options.ts';
import { CHECKLIST_PROPERTIES } from '../checklist/checklist.options.ts';
import { VERSION } from '../shared/version.ts';

/** The analyzer's programmatic entry and its own TypeScript (5.4), which its type definitions leave out. */
const { create, ts: analyzerTs } = analyzer as unknown as {
  create(options: { modules: ts.SourceFile[]; plugins: unknown[] }): Package;
  ts: typeof ts;
};

/** The modules the manifest describes, relative to the project root: each widget's class and the module that registers its tag. */
export const WIDGET_SOURCES = [
  'src/widgets/call-to-action/call-to-action.component.ts',
  'src/widgets/call-to-action/call-to-action.ts',
  'src/widgets/checklist/checklist.component.ts',
  'src/widgets/checklist/checklist.ts',
] as const;

/** One public property as the options tables give it. */
interface PropertyInfo {
  readonly attribute: string;
  readonly type: string;
  readonly default: string | boolean | undefined;
}

/** Each element class's property table (`<name>.options.ts`): the one source of attribute names, types and defaults. */
const PROPERTIES: Readonly<Record<string, Readonly<Record<string, PropertyInfo>>>> = {
  IopCallToAction: CTA_PROPERTIES,
  IopChecklist: CHECKLIST_PROPERTIES,
};

type AnalyzerPlugin = {
  name: string;
  analyzePhase?(args: { ts: typeof ts; node: ts.Node; moduleDoc: Module }): void;
  packageLinkPhase?(args: { customElementsManifest: Package }): void;
};

/**
 * Adds a `custom-element-definition` export for each `registerWidget('tag',
 * Class)` call (the analyzer knows only `customElements.define`), pointing at
 * the module the class is imported from.
 */
const registerWidgetCalls: AnalyzerPlugin = {
  name: 'iop-register-widget-calls',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'registerWidget') return;
    const [tag, klass] = node.arguments;
    if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
    const source = node.getSourceFile();
    const from = source.statements.find(
      (s): s is ts.ImportDeclaration => ts.isImportDeclaration(s) && !!s.importClause?.namedBindings?.getText().includes(klass.text),
    );
    const specifier = from && ts.isStringLiteral(from.moduleSpecifier) ? from.moduleSpecifier.text : undefined;
    const module = specifier ? posix.join(posix.dirname(moduleDoc.path), specifier) : moduleDoc.path;
    (moduleDoc.exports ??= []).push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } });
  },
};

/** Whether `text` is a JSON value (a default written as a value, not as source code). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces what the analyzer reads from source code (`default: "DEFAULT_STORAGE_KEY"`,
 * `"''"`, or no type) with values from the options tables: a field's default
 * as JSON, an attribute's as its text (attributes are strings), types for
 * every attribute, and no default where the property is "not set" or the
 * default is not a plain value.
 */
const valuesFromOptions: AnalyzerPlugin = {
  name: 'iop-values-from-options',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const table = PROPERTIES[declaration.name];
      if (!table) continue;
      const element = declaration as CustomElement;
      const members = (element.members ?? []) as ClassField[];
      for (const [name, info] of Object.entries(table)) {
        const field = members.find((m) => m.name === name && m.kind === 'field');
        const attribute = element.attributes?.find((a) => a.name === info.attribute);
        if (!field || !attribute) throw new Error(`widgets manifest: ${declaration.name} has no property "${name}" with attribute "${info.attribute}"; check its options table.`);
        field.type = attribute.type = { text: info.type };
        delete field.default;
        delete attribute.default;
        if (info.default !== undefined) field.default = JSON.stringify(info.default);
        if (typeof info.default === 'string') attribute.default = info.default;
      }
      for (const member of members) {
        if (member.name === 'version' && member.static) member.default = JSON.stringify(VERSION);
        else if (member.default !== undefined && !isJson(member.default)) delete member.default;
      }
    }
  },
};

/**
 * The custom-elements manifest (`custom-elements.json`) of the widgets,
 * generated from their class JSDoc (`@summary @tag @fires @slot @csspart
 * @cssprop`) with the analyzer's Lit support, plus definition exports and
 * defaults and types from the options tables. `root` is the project root.
 */
export async function widgetManifest(root: URL): Promise<Package> {
  const modules = await Promise.all(
    WIDGET_SOURCES.map(async (path) =>
      analyzerTs.createSourceFile(path, await readFile(new URL(path, root), 'utf8'), analyzerTs.ScriptTarget.ES2022, true),
    ),
  );
  return create({ modules, plugins: [...litPlugin(), registerWidgetCalls, valuesFromOptions] });
}
