/**
 * The components MDX content may use without an import line. Pure list so
 * the content check and the status tool can read it without Astro.
 */
export const MDX_COMPONENT_NAMES = ['Callout', 'KeyPoints', 'Steps', 'Questions', 'Term', 'CallToAction', 'Checklist'] as const;

/** A component name MDX content may use. */
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
