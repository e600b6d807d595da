#!/usr/bin/env node
// `npm run bench`: build-time figures at several scales, on synthetic topics in
// all six languages, in a TEMPORARY copy of the project (src/content is never
// touched). Uses the Starlight comparison kit (../shared/bench/starlight/, or
// BENCH_KIT), copied to the temporary folder because the kit may be read-only.
//
//   npm run bench                      20 and 200 topics per language
//   npm run bench -- --full            20, 200 and 1000
//   npm run bench -- --scales 20,100   chosen scales
//   npm run bench -- --starlight [--runs 3]
//                                      also the kit's Starlight site on the same
//                                      content, builds alternating (project,
//                                      Starlight, ...), medians and the ratio
//   npm run bench -- --keep            keep the temporary folder (build logs)
//
// Per build: wall time and peak RSS (/usr/bin/time), Pagefind time (from the
// iop-pagefind log line), pages per second, output and index bytes per
// language, median page weight, and the load average before and after. Every
// build is clean (dist and caches removed).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './bench-report.ts';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const scales = (option('--scales') ?? (flag('--full') ? '20,200,1000' : '20,200')).split(',').map(Number);
const runs = Number(option('--runs') ?? 1);
const kitSource = resolve(process.env.BENCH_KIT ?? join(root, '..', 'shared', 'bench', 'starlight'));
if (!existsSync(join(kitSource, 'scripts', 'gen.mjs'))) throw new Error(`No comparison kit at ${kitSource}; set BENCH_KIT.`);
if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed for the peak memory figure.');

const tmp = mkdtempSync(join(tmpdir(), 'iop-bench-'));
const project = join(tmp, 'project');
const kit = join(tmp, 'starlight');
const gen = join(tmp, 'gen');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', '.gen']);
const node = process.execPath;

// The project copy shares node_modules through a symlink; the kit gets its own install.
cpSync(root, project, { recursive: true, filter: (src) => !skip.has(src.slice(root.length + 1).split('/')[0] ?? '') });
symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
const ownTopics = join(tmp, 'own-topics');
cpSync(join(root, 'src', 'content', 'topics'), ownTopics, { recursive: true });
cpSync(kitSource, kit, { recursive: true, filter: (src) => !skip.has(src.slice(kitSource.length + 1).split('/')[0] ?? '') });

interface Build { wall: number; peakMiB: number; pagefind: number | undefined; pages: number; log: string; load: string }

/** The machine's 1-minute load average, which moves build times on a shared machine: printed with each build. */
const loadNow = () => loadavg()[0]!.toFixed(1);

function build(dir: string, label: string): Build {
  const loadBefore = loadNow();
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  const log = join(tmp, `${label}.log`);
  const timeFile = join(tmp, 'time.txt');
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const res = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, node, astro, 'build'], {
    cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  writeFileSync(log, `${res.stdout}\n${res.stderr}`);
  if (res.status !== 0) throw new Error(`Build failed in ${dir} (log ${log}):\n${(res.stdout + res.stderr).split('\n').slice(-15).join('\n')}`);
  const [wall = NaN, kib = NaN] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const text = readFileSync(log, 'utf8');
  // iop-pagefind's line, or Starlight's.
  const pf = /Indexed \d+ pages .* in ([\d.]+) s\.|Finished building search index in ([\d.]+)s/.exec(text);
  return { wall, peakMiB: kib / 1024, pagefind: pf ? Number(pf[1] ?? pf[2]) : undefined, pages: htmlFiles(join(dir, 'dist')).length, log, load: `${loadBefore}→${loadNow()}` };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
}
const htmlFiles = (dir: string) => walk(dir).filter((f) => f.endsWith('.html'));
const bytes = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Output bytes per top-level language folder, and Pagefind bytes per index language. */
function sizes(dist: string) {
  const perLang: Record<string, number> = {};
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    if (entry.isDirectory() && /^[a-z]{2}(-[A-Za-z]+)?$/.test(entry.name)) perLang[entry.name] = bytes(walk(join(dist, entry.name)));
  }
  const perIndex: Record<string, number> = {};
  for (const f of walk(join(dist, 'pagefind'))) {
    const m = /^(?:pagefind\.)?([a-z]{2}(?:-[a-z]+)?)_[0-9a-f]+\.pf_/.exec(f.split('/').at(-1)!);
    if (m?.[1]) perIndex[m[1]] = (perIndex[m[1]] ?? 0) + statSync(f).size;
  }
  const pages = htmlFiles(dist).map((f) => readFileSync(f));
  return {
    total: bytes(walk(dist)), perLang, perIndex,
    medianPage: median(pages.map((p) => p.length)), medianPageGzip: median(pages.map((p) => gzipSync(p).length)),
  };
}

/** Astro's own phase timings from a build log ("... in 1.23s" / "Completed in 456ms"). */
function phases(log: string): string {
  return readFileSync(log, 'utf8').split('\n')
    .filter((l) => /(Completed in|built in|\bin \d[\d.]*m?s\b|Indexed)/.test(l))
    .map((l) => `      ${l.replace(/\x1b\[[0-9;]*m/g, '').trim()}`).join('\n');
}

function report(label: string, b: Build, dist: string) {
  const s = sizes(dist);
  console.log(`  ${label}: ${b.wall.toFixed(1)} s build, Pagefind ${b.pagefind?.toFixed(1) ?? '?'} s, ${b.pages} pages, ${(b.pages / b.wall).toFixed(1)} pages/s, peak ${b.peakMiB.toFixed(0)} MiB, load ${b.load}`);
  console.log(`    output ${mb(s.total)}; per language: ${Object.entries(s.perLang).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}`);
  console.log(`    index per language: ${Object.entries(s.perIndex).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
  console.log(`    median page ${kb(s.medianPage)} (${kb(s.medianPageGzip)} gzip)`);
  console.log(`    Astro phases (log ${relative(process.cwd(), b.log)}):\n${phases(b.log)}`);
}

try {
  if (flag('--starlight')) {
    console.log(`Installing the Starlight kit in ${kit} ...`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: kit, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const kitNode = flag('--starlight') ? join(kit, 'node_modules', '.bin', 'node') : node;
  for (const n of scales) {
    console.log(`\nN=${n} topics per language`);
    rmSync(join(project, 'src', 'content', 'topics'), { recursive: true, force: true });
    cpSync(ownTopics, join(project, 'src', 'content', 'topics'), { recursive: true });
    execFileSync(node, [join(kit, 'scripts', 'gen.mjs'), String(n), gen], { stdio: 'ignore' });
    execFileSync(node, [join(kit, 'scripts', 'to-project.mjs'), gen, project, String(n)], { stdio: 'inherit' });
    if (!flag('--starlight')) {
      report('project', build(project, `project-${n}`), join(project, 'dist'));
      continue;
    }
    execFileSync(kitNode, [join(kit, 'scripts', 'gen.mjs'), String(n), join(kit, 'src', 'content', 'docs')], { stdio: 'ignore' });
    build(project, `warmup-project-${n}`); build(kit, `warmup-starlight-${n}`); // not counted
    const p: Build[] = []; const s: Build[] = [];
    for (let i = 1; i <= runs; i++) {
      p.push(build(project, `project-${n}-${i}`));
      s.push(build(kit, `starlight-${n}-${i}`));
      console.log(`  run ${i}: project ${p.at(-1)!.wall.toFixed(1)} s (load ${p.at(-1)!.load}), Starlight ${s.at(-1)!.wall.toFixed(1)} s (load ${s.at(-1)!.load})`);
    }
    report('project (last run)', p.at(-1)!, join(project, 'dist'));
    report('Starlight (last run)', s.at(-1)!, join(kit, 'dist'));
    const mp = median(p.map((b) => b.wall)); const ms = median(s.map((b) => b.wall));
    console.log(`  N=${n}: project median ${mp.toFixed(1)} s, Starlight median ${ms.toFixed(1)} s, ratio ${(mp / ms).toFixed(2)} (goal <= 0.80)`);
  }
} finally {
  if (flag('--keep')) console.log(`\nKept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
