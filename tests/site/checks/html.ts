import { HtmlValidate } from 'html-validate';
import type { Problem } from './problem.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies attributes and emits void elements without a slash.
    'void-style': 'off',
    // Content may legitimately repeat link text ("Call 988") for different targets.
    'no-redundant-role': 'error',
    // Phone links keep to one line through CSS (a[href^='tel:'] { white-space: nowrap }),
    // so Markdown links in content need no &nbsp; or non-breaking hyphens.
    'tel-non-breaking': 'off',
    // Heading ids come from headings such as "988 Suicide & Crisis Lifeline": HTML5 allows a leading digit.
    'valid-id': ['error', { relaxed: true }],
    // Titles are "<page title> | IOP Library"; the content schema caps page titles at 90 characters.
    'long-title': ['error', { maxlength: 110 }],
    // The inline `<style>` is hashed into each page's CSP (src/layouts/SiteStyle.astro); style attributes are still forbidden.
    'no-inline-style': 'error',
  },
});

/** Validates one page's HTML; each message names the line and rule. */
export async function validateHtml(page: string, html: string): Promise<Problem[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ page, check: 'html' as const, message: `line ${m.line}:${m.column} ${m.ruleId}: ${m.message}` })),
  );
}
