import { html, nothing } from 'lit/html.js';
import { WidgetElement, type Changes } from '../shared/element.ts';
import { CRISIS_LINE, DEFAULT_PROGRAM_PHONE } from '../../config/site.ts';
import { formatPhone, toDialable } from '../../utils/phone.ts';
import { VERSION } from '../shared/version.ts';
import { cleanText, warn } from '../shared/warn.ts';
import styles from './call-to-action.styles.ts';

/** The layouts `variant` accepts. */
export const CTA_VARIANTS = ['button', 'banner', 'inline'] as const;

/** A layout of the call-to-action. */
export type CtaVariant = (typeof CTA_VARIANTS)[number];

const TAG = 'iop-call-to-action';

/**
 * @summary A prominent "call" button that is a real `tel:` link, in the page's language, with an optional text-message link, opening hours and a 988 crisis note.
 * @tag iop-call-to-action
 *
 * @slot - The no-JavaScript fallback, e.g. `<a href="tel:+18555091697">Call 855-509-1697</a>`. Shown until the widget runs, hidden after.
 *
 * @csspart base - The wrapper around everything.
 * @csspart call - The call link (`<a href="tel:…">`).
 * @csspart label - The words on the call link.
 * @csspart number - The number on the call link, formatted for reading.
 * @csspart sms - The text-message link (`<a href="sms:…">`).
 * @csspart hours - The opening hours.
 * @csspart crisis - The 988 crisis note.
 *
 * @cssprop [--iop-accent=#0b5cad] - Background of the call button.
 * @cssprop [--iop-accent-text=#fff] - Text color on the call button.
 * @cssprop [--iop-link-color=#0b5cad] - Links, and the call link of the inline variant.
 * @cssprop [--iop-surface=#eef4fb] - Background of the banner.
 * @cssprop [--iop-color=inherit] - Text color (the banner uses #1b1f24).
 * @cssprop [--iop-radius=8px] - Corner radius.
 * @cssprop [--iop-font-family=inherit] - Font; inherited from the page unless set.
 * @cssprop [--iop-font-size=16px] - Text size (the inline variant takes the page's).
 * @cssprop [--iop-focus-color=#1a5fb4] - Keyboard focus ring.
 */
export class IopCallToAction extends WidgetElement {
  static override styles = styles;
  static override properties = {
    phone: {},
    sms: {},
    variant: { reflect: true },
    hours: {},
    label: {},
    emergencyNote: { type: Boolean, attribute: 'emergency-note' },
  };
  /** This widget's version; a second, different copy on the page warns and stays unused. */
  static readonly version = VERSION;

  #phone = DEFAULT_PROGRAM_PHONE;
  #sms: string | undefined;
  #label = '';
  #hours = '';

  /** The number to call, as people write it (`555-123-4567`, `+1 555 123 4567`). Invalid numbers fall back to the site's program line, with a warning. */
  phone = '';

  /** A number that takes text messages. Shown as an `sms:` link when valid; left out, with a warning, when not. */
  sms = '';

  /** The layout: `button` (default), `banner` (a full-width panel) or `inline` (a link within text). */
  variant: CtaVariant = 'button';

  /** Opening hours, shown as plain text, e.g. `Mon–Fri, 8 am–8 pm`. Up to 120 characters. */
  hours = '';

  /** Replaces the button's words ("Call now" in the page's language). Up to 60 characters. */
  label = '';

  /** Adds a note with the 988 Suicide & Crisis Lifeline for emergencies. */
  emergencyNote = false;

  override willUpdate(changed: Changes<this>): void {
    if (changed.has('phone')) {
      const dialable = toDialable(this.phone);
      if (this.phone && !dialable) warn(TAG, `phone="${this.phone}" is not a number that can be dialled, so ${formatPhone(DEFAULT_PROGRAM_PHONE)} is shown.`);
      this.#phone = dialable ?? DEFAULT_PROGRAM_PHONE;
    }
    if (changed.has('sms')) {
      this.#sms = toDialable(this.sms);
      if (this.sms && !this.#sms) warn(TAG, `sms="${this.sms}" is not a number that can be texted, so the text link is left out.`);
    }
    if (changed.has('variant') && !CTA_VARIANTS.includes(this.variant)) {
      warn(TAG, `variant="${this.variant}" is unknown, so "button" is used. Use one of: ${CTA_VARIANTS.join(', ')}.`);
    }
    if (changed.has('label')) this.#label = cleanText(TAG, 'label', this.label, 60);
    if (changed.has('hours')) this.#hours = cleanText(TAG, 'hours', this.hours, 120);
  }

  override render() {
        const { call, text } = CRISIS_LINE;
    return html`<div part="base" class="base ${CTA_VARIANTS.includes(this.variant) ? this.variant : 'button'}" lang=${this.info.tag} dir=${this.info.dir}>
<a part="call" class="call" href="tel:${this.#phone}"><span part="label">${this.#label || this.t('cta.label')}</span> <span part="number" dir="ltr">${formatPhone(this.#phone)}</span></a>
${this.#sms ? html`<a part="sms" href="sms:${this.#sms}">${this.t('cta.text', { number: formatPhone(this.#sms) })}</a>` : nothing}
${this.#hours ? html`<p part="hours">${this.#hours}</p>` : nothing}
${this.emergencyNote
  ? html`<p part="crisis" class="crisis">${this.t('cta.crisis')}<a href="tel:${call}">${this.t('cta.call', { number: call })}</a><a href="sms:${text}">${this.t('cta.text', { number: text })}</a></p>`
  : nothing}
</div>`;
  }
}
