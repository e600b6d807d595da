/**
 * The copy-paste snippets on the embed page. Pure, so the page renders them at
 * build time and the configurator rebuilds them in the browser from the same
 * code.
 */
import { DEFAULT_PROGRAM_PHONE } from '../../config/site.ts';
import { formatPhone, toDialable } from '../../utils/phone.ts';

/** What a partner picks in the configurator. Empty strings leave an attribute out. */
export interface EmbedOptions {
  readonly widget: 'call-to-action' | 'checklist' | 'both';
  readonly phone: string;
  readonly sms: string;
  readonly hours: string;
  readonly variant: 'button' | 'banner' | 'inline';
  readonly emergencyNote: boolean;
  readonly lang: string;
  readonly storageKey: string;
}

/** Where the widget file lives and its SRI hash. */
export interface WidgetScript {
  readonly src: string;
  readonly integrity: string;
  /** A page on this site the checklist's fallback links to. */
  readonly checklistPage: string;
}

/** The options the configurator starts from. */
export const DEFAULT_EMBED: EmbedOptions = {
  widget: 'both',
  phone: '',
  sms: '',
  hours: '',
  variant: 'button',
  emergencyNote: true,
  lang: '',
  storageKey: '',
};

/** Escapes text for an HTML attribute value or text node. */
function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ` name="value"` for non-empty values, ` name` for `true`, nothing otherwise. */
function attribute(name: string, value: string | boolean): string {
  if (value === true) return ` ${name}`;
  return value ? ` ${name}="${escape(value)}"` : '';
}

/** The script tag: classic, cross-origin, with SRI. */
export function scriptTag(script: WidgetScript): string {
  return `<script src="${script.src}" integrity="${script.integrity}" crossorigin="anonymous" defer></script>`;
}

/** The widget elements with their no-JavaScript fallbacks, in `syntax` (`html` or React's `jsx`). */
function elements(options: EmbedOptions, script: WidgetScript, syntax: 'html' | 'jsx'): string[] {
  const out: string[] = [];
  const lang = attribute('lang', options.lang);
  const dial = toDialable(options.phone) ?? DEFAULT_PROGRAM_PHONE;
  if (options.widget !== 'checklist') {
    const note = syntax === 'jsx' && options.emergencyNote ? ' emergency-note=""' : attribute('emergency-note', options.emergencyNote);
    out.push(
      `<iop-call-to-action${attribute('phone', options.phone)}${attribute('sms', options.sms)}${attribute('hours', options.hours)}${attribute('variant', options.variant === 'button' ? '' : options.variant)}${note}${lang}>`,
      `  <a href="tel:${dial}">${formatPhone(dial)}</a>`,
      '</iop-call-to-action>',
    );
  }
  if (options.widget !== 'call-to-action') {
    out.push(
      `<iop-checklist${attribute('storage-key', options.storageKey)}${lang}>`,
      `  <a href="${script.checklistPage}">${script.checklistPage}</a>`,
      '</iop-checklist>',
    );
  }
  return out;
}

/**
 * The snippet for plain HTML and for WordPress's Custom HTML block: the
 * script tag, then the elements, each holding its no-JavaScript fallback (a
 * `tel:` link to the partner's number, a link to the checklist page).
 * @example
 * htmlSnippet({ ...DEFAULT_EMBED, widget: 'checklist' }, script)
 * // => '<script src="…" integrity="sha384-…" crossorigin="anonymous" defer></script>\n<iop-checklist>…'
 */
export function htmlSnippet(options: EmbedOptions, script: WidgetScript): string {
  return [scriptTag(script), ...elements(options, script, 'html')].join('\n');
}

/** The React 19 snippet: a component rendering the elements; the script tag goes in the page's HTML once. */
export function reactSnippet(options: EmbedOptions, script: WidgetScript): string {
  const body = elements(options, script, 'jsx').map((line) => `      ${line}`);
  return [
    `// Add once to your index.html: ${scriptTag(script)}`,
    'export function ProgramHelp() {',
    '  return (',
    '    <>',
    ...body,
    '    </>',
    '  );',
    '}',
  ].join('\n');
}
