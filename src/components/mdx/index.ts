import Callout from './Callout.astro';
import KeyPoints from './KeyPoints.astro';
import Steps from './Steps.astro';
import Questions from './Questions.astro';
import Term from './Term.astro';
import { CallToAction, Checklist } from '../../widgets/components.ts';
import type { MdxComponentName } from './names.ts';

/** Components every MDX page can use without an import line, so translators never touch code. */
export const mdxComponents = {
  Callout,
  KeyPoints,
  Steps,
  Questions,
  Term,
  CallToAction,
  Checklist,
} satisfies Record<MdxComponentName, unknown>;
