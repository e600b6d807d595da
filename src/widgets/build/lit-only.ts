/** The part of Lit the widgets use, alone: the size report bundles this to show what Lit costs. */
export { LitElement, css, html, nothing } from 'lit';
