import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Variables Vitest sets for its own Vite, which would leak into a child build's `import.meta.env`. */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

function runAstro(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync('npx', ['astro', ...args], {
    cwd,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro ${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/**
 * Runs a production build of the project in `cwd` into `outDir`, with extra
 * environment variables. Returns the build's log; throws with it if the build fails.
 */
export function buildSite(options: { cwd?: string; outDir: string; env?: Record<string, string> }): string {
  return runAstro(['build', '--outDir', options.outDir], options.cwd ?? process.cwd(), options.env);
}

/**
 * Copies what a build reads (sources, config, package.json) into `project`,
 * for a test that changes them. `node_modules` is a folder of links, so the
 * copy's data store (`node_modules/.astro`) is its own.
 */
export function copyProject(project: string): void {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(entry, join(project, entry), { recursive: true });
  }
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync('node_modules').filter((n) => n !== '.astro')) {
    symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name));
  }
}

/** Loads the content collections of the project in `cwd` into Astro's data store (`node_modules/.astro`), as a build's first step does. */
export function syncContent(cwd: string): string {
  return runAstro(['sync'], cwd);
}

/** A build configuration other than the plain one in `dist/`, which several test files may share. */
export interface BuildConfig {
  /** Names its folder, `.tmp/builds/<name>/`. */
  readonly name: string;
  /** Environment the build runs with. */
  readonly env: Record<string, string>;
  /** The path the site is served under (`/` unless `BASE_PATH` says otherwise). */
  readonly base: string;
}

/** The site built for https://example.org/some/path/ (sub-path and search tests share it). */
export const BASE_PATH_BUILD: BuildConfig = { name: 'base-path', env: { BASE_PATH: '/some/path/' }, base: '/some/path/' };

/** Where shared builds live; `npm test` empties it first, so each run builds each configuration once. */
export const SHARED_BUILDS = join('.tmp', 'builds');

/** What a build reads: a change to any of these makes a new build. */
const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

function inputsHash(config: BuildConfig): string {
  const hash = createHash('sha256').update(JSON.stringify(config));
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(path).update(readFileSync(path));
  };
  for (const input of BUILD_INPUTS) add(input);
  return hash.digest('hex');
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The output folder of a shared build configuration, building it first
 * unless a build of the same inputs is already there. Test files running in
 * parallel wait for one another (a lock folder holds the builder's pid), so
 * each configuration is built once.
 */
export async function sharedBuild(config: BuildConfig): Promise<string> {
  const outDir = join(SHARED_BUILDS, config.name);
  const stamp = `${outDir}.inputs`;
  const lock = `${outDir}.lock`;
  const hash = inputsHash(config);
  mkdirSync(SHARED_BUILDS, { recursive: true });
  for (;;) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return outDir;
    try {
      mkdirSync(lock);
    } catch {
      // A lock whose builder died (or never wrote its pid) is stale.
      const pidFile = join(lock, 'pid');
      const owner = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : undefined;
      const stale = owner === undefined ? Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000 : !alive(owner);
      if (stale) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return outDir;
      rmSync(stamp, { force: true });
      rmSync(outDir, { recursive: true, force: true });
      buildSite({ outDir, env: config.env });
      writeFileSync(stamp, hash);
      return outDir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
