import { css } from 'lit';

/**
 * Styles every widget starts from. The host page's CSS cannot reach inside
 * the shadow root, but it does style the host element itself (`*` rules beat
 * `:host`), so size and line height are set again on the inner `.base`.
 * No `rem`: a page's `html { font-size }` must not resize the widgets.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  .base {
    font-family: var(--iop-font-family, inherit);
    font-size: var(--iop-font-size, 16px);
    line-height: 1.5;
    color: var(--iop-color, inherit);
    text-align: start;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--iop-link-color, #0b5cad);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--iop-focus-color, #1a5fb4);
    outline-offset: 2px;
  }
  .hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
