/** One rule a built page breaks: which page, which check, what is wrong. */
export interface Problem {
  readonly page: string;
  readonly check: 'axe' | 'links' | 'html' | 'requests' | 'cookies' | 'console' | 'csp' | 'headers';
  readonly message: string;
}

/** Formats problems one per line, page first, for a failing assertion. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.page} [${p.check}] ${p.message}`).join('\n');
}
