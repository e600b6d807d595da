import { spawnSync } from 'node:child_process';

/** Variables Vitest sets for its own Vite, which would leak into a child build's `import.meta.env`. */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/**
 * Runs a production build of the project in `cwd` into `outDir`, with extra
 * environment variables. Throws with the build's output if it fails.
 */
export function buildSite(options: { cwd?: string; outDir: string; env?: Record<string, string> }): void {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', options.outDir], {
    cwd: options.cwd ?? process.cwd(),
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}
