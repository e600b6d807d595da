import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.ts';

/** Styles for `<iop-call-to-action>`. */
export default [
  baseStyles,
  css`
    :host {
      display: inline-block;
    }
    :host(:state(banner)) {
      display: block;
    }
    :host(:state(inline)) {
      display: inline;
    }
    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .call {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0 8px;
      padding: 12px 20px;
      border: 2px solid transparent;
      border-radius: var(--iop-radius, 8px);
      background: var(--iop-accent, #0b5cad);
      color: var(--iop-accent-text, #fff);
      font-weight: 700;
      text-decoration: none;
    }
    p {
      margin: 0;
      flex-basis: 100%;
    }
    .crisis {
      font-size: .875em;
    }
    .crisis a {
      margin-inline-start: 8px;
    }
    .banner {
      padding: 16px;
      border-radius: var(--iop-radius, 8px);
      background: var(--iop-surface, #eef4fb);
      color: var(--iop-color, #1b1f24);
    }
    .inline,
    .inline * {
      display: inline;
      font-size: inherit;
      line-height: inherit;
    }
    .inline .call {
      padding: 0;
      background: none;
      color: var(--iop-link-color, #0b5cad);
      text-decoration: underline;
    }
  `,
];
