import { VERSION } from '../shared/version.ts';

/** The widget files for a version: classic script and ES module, each versioned and as a stable alias. */
export function widgetFileNames(version = VERSION) {
  return {
    script: `iop-widgets.${version}.js`,
    scriptAlias: 'iop-widgets.js',
    module: `iop-widgets.${version}.mjs`,
    moduleAlias: 'iop-widgets.mjs',
  } as const;
}
