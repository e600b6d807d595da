import { html, nothing, type PropertyValues } from 'lit';
import { CRISIS_LINE, HELPLINES } from '../../config/site.ts';
import { formatPhone, toDialable } from '../../utils/phone.ts';
import { IopElement } from '../shared/iop-element.ts';
import { booleanAttribute, readBoolean, readChoice, readDisplayText, readText } from '../shared/values.ts';
import { VERSION } from '../shared/version.ts';
import { CTA_PROPERTIES, CTA_VARIANTS, MAX_HOURS_LENGTH, MAX_LABEL_LENGTH, type CtaVariant } from './call-to-action.options.ts';
import styles from './call-to-action.styles.ts';

/**
 * @summary A prominent "call" button that is a real `tel:` link, in the page's language, with an optional text-message link, opening hours and a 988 crisis note.
 * @tag iop-call-to-action
 *
 * @slot - The no-JavaScript fallback, e.g. `<a href="tel:+12125550199">Call 212-555-0199</a>`. Shown until the widget runs, hidden after; shown again if `phone` is invalid or the widget cannot render.
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
export class IopCallToAction extends IopElement {
  static override styles = styles;
  static override properties = {
    /** The number to call, as people write it (`555-123-4567`, `+1 555 123 4567`). When not set, the library's program line. When invalid, your fallback content shows instead, or, without one, the SAMHSA National Helpline, labelled as such; with a warning either way. */
    phone: {},
    /** A number that takes text messages. Shown as an `sms:` link when valid; left out, with a warning, when not. */
    sms: {},
    /** The layout: `button` (default), `banner` (a full-width panel) or `inline` (a link within text). */
    variant: {},
    /** Opening hours, shown as plain text, e.g. `Mon–Fri, 8 am–8 pm`. Up to 120 characters. */
    hours: {},
    /** Replaces the button's words ("Call now" in the page's language). Up to 60 characters. */
    label: {},
    /** Adds a note with the 988 Suicide & Crisis Lifeline for emergencies. The attribute's text `false` counts as false. */
    emergencyNote: { attribute: 'emergency-note', converter: booleanAttribute },
  };
  /** This widget's version; a second, different copy on the page warns and stays unused. */
  static readonly version = VERSION;

  declare phone: string | null | undefined;
  declare sms: string | null | undefined;
  declare variant: CtaVariant | null | undefined;
  declare hours: string | null | undefined;
  declare label: string | null | undefined;
  declare emergencyNote: boolean | null | undefined;

  #internals = this.attachInternals();
  /** The number dialled; `undefined` when `phone` is invalid. */
  #phone: string | undefined = CTA_PROPERTIES.phone.default;
  #sms: string | undefined;
  #variant: CtaVariant = CTA_PROPERTIES.variant.default;
  #hours = '';
  #label = '';
  #emergencyNote = false;

  constructor() {
    super();
    this.phone = CTA_PROPERTIES.phone.default;
    this.variant = CTA_PROPERTIES.variant.default;
    this.emergencyNote = CTA_PROPERTIES.emergencyNote.default;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('phone')) this.#phone = this.#readPhone();
    if (changed.has('sms')) {
      const sms = readText(this.sms, 'sms', this.warn);
      this.#sms = toDialable(sms);
      if (sms && !this.#sms) this.warn(`sms="${sms}" is not a number that can be texted, so the text link is left out.`);
    }
    if (changed.has('variant')) {
      this.#variant = readChoice(this.variant, 'variant', CTA_VARIANTS, this.warn);
      // A custom state, not a reflected attribute, lets `:host` follow the property without touching the page's markup.
      for (const variant of CTA_VARIANTS) this.#internals.states?.delete(variant);
      this.#internals.states?.add(this.#variant);
    }
    if (changed.has('hours')) this.#hours = readDisplayText(this.hours, 'hours', MAX_HOURS_LENGTH, this.warn);
    if (changed.has('label')) this.#label = readDisplayText(this.label, 'label', MAX_LABEL_LENGTH, this.warn);
    if (changed.has('emergencyNote')) this.#emergencyNote = readBoolean(this.emergencyNote, 'emergency-note', this.warn);
  }

  /** The partner's number, or `undefined` when theirs is invalid: never another organization's. */
  #readPhone(): string | undefined {
    const phone = this.phone;
    if (phone == null || (typeof phone === 'string' && !phone.trim())) return CTA_PROPERTIES.phone.default;
    const number = typeof phone === 'string' ? toDialable(phone) : undefined;
    if (!number) {
      const what = typeof phone === 'string' ? `phone="${phone}" is not a number that can be dialled` : `phone (a ${typeof phone}) is not text`;
      this.warn(`${what}, so your fallback content is shown, or without any, the SAMHSA National Helpline, labelled as such. Check the number.`);
    }
    return number;
  }

  /** The call link: to the partner's number; else their fallback content, else the national helpline, labelled. */
  #renderCall() {
    if (!this.#phone && this.hasFallback) return html`<slot></slot>`;
    const number = this.#phone ?? HELPLINES.samhsa.call;
    const label = this.#phone ? this.#label || this.t('cta.label') : this.t('cta.helpline');
    return html`<a part="call" class="call" href="tel:${number}"><span part="label" dir="auto">${label}</span> <span part="number" dir="ltr">${formatPhone(number, { trunkPrefix: !this.#phone })}</span></a>`;
  }

  override render() {
    const { call, text } = CRISIS_LINE;
    return html`<div part="base" class="base ${this.#variant}" lang=${this.info.tag} dir=${this.info.dir}>
${this.#renderCall()}
${this.#sms ? html`<a part="sms" href="sms:${this.#sms}">${this.t('cta.text', { number: formatPhone(this.#sms) })}</a>` : nothing}
${this.#phone && this.#hours ? html`<p part="hours" dir="auto">${this.#hours}</p>` : nothing}
${this.#emergencyNote
  ? html`<p part="crisis" class="crisis">${this.t('cta.crisis')}<a href="tel:${call}">${this.t('cta.call', { number: call })}</a><a href="sms:${text}">${this.t('cta.text', { number: text })}</a></p>`
  : nothing}
</div>`;
  }
}
