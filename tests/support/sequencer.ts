import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take far longer than their size suggests, longest first,
 * relative to the project root: the whole-site audit loads every page (a
 * third of the suite's work) from an 80-line file, and the others each build
 * a changed copy of the project first, and the offline tests save whole
 * languages over and over (100 s, started late it ends the run). (The base-path build is left to its
 * turn: it is made in the project itself, whose generated types the type
 * check beside the tests reads at its start.)
 */
const RUN_FIRST = [
  'tests/site/whole-site.test.ts',
  'tests/site/offline-update.test.ts',
  'tests/site/content-safety.test.ts',
  'tests/site/new-locale.test.ts',
  'tests/site/offline-library.test.ts',
];

/**
 * Vitest's order (longest first by the durations of an earlier run; larger
 * files first on a fresh clone, which has none), with {@link RUN_FIRST} in
 * front. Started last, the audit would run alone at the end while the other
 * workers idle.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => RUN_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
    const first = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...first, ...sorted.filter((spec) => rank(spec) < 0)];
  }
}
