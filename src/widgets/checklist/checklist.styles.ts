import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.ts';

/** Styles for `<iop-checklist>`. */
export default [
  baseStyles,
  css`
    .base {
      padding: 16px;
      border: 1px solid var(--iop-border-color, #c4ccd6);
      border-radius: var(--iop-radius, 8px);
      background: var(--iop-surface, #fff);
      color: var(--iop-color, #1b1f24);
    }
    h2 {
      margin: 0 0 8px;
      font-size: 1.25em;
      line-height: 1.3;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 4px;
      border-bottom: 1px solid var(--iop-border-color, #c4ccd6);
      text-align: start;
      font-weight: 400;
    }
    thead th,
    [scope=rowgroup] {
      font-weight: 700;
    }
    tbody td,
    thead th {
      width: 1%;
      text-align: center;
    }
    [part=progress] {
      display: block;
    }
    input {
      font: inherit;
      accent-color: var(--iop-accent, #0b5cad);
    }
    [type=checkbox] {
      width: 24px;
      height: 24px;
      margin: 0;
    }
    [maxlength] {
      width: 9em;
      padding: 4px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
    button {
      padding: 8px 14px;
      border: 2px solid var(--iop-accent, #0b5cad);
      border-radius: var(--iop-radius, 8px);
      background: none;
      color: var(--iop-accent, #0b5cad);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    button:disabled {
      opacity: .5;
    }
    .remove {
      display: block;
      margin-top: 4px;
      padding: 2px 8px;
    }
    @media print {
      .actions,
      .remove {
        display: none;
      }
    }
  `,
];
