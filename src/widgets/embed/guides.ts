/**
 * The framework guides on the embed page. Each guide's code is the code its
 * test runs: the React, Vue and Angular apps in `tests/site/widgets-frameworks.test.ts`
 * bundle these very strings, and the WordPress guide is `htmlSnippet`, which
 * `tests/site/hostile-host.test.ts` puts on a partner page.
 */
import { SITE_ORIGIN } from '../../config/site.ts';

/** One file of a guide. */
export interface GuideFile {
  /** File name, e.g. `ProgramHelp.jsx`. */
  readonly name: string;
  readonly code: string;
}

/** A guide for one framework. */
export interface FrameworkGuide {
  readonly id: 'react' | 'vue' | 'angular';
  readonly title: string;
  /** What to know, in English (developer documentation). */
  readonly notes: readonly string[];
  readonly files: readonly GuideFile[];
}

/** Where the checklist's fallback link in the guides points. */
const CHECKLIST_PAGE = `${SITE_ORIGIN}/en/choosing-a-program/`;

/** React 19: props from state, the event, and clearing props. */
export const REACT_GUIDE: FrameworkGuide = {
  id: 'react',
  title: 'React 19',
  notes: [
    'Add the script tag once, to index.html. React 19 gives a custom element its props as properties once the widgets have loaded, and as attributes before.',
    'Write storage-key and emergency-note in kebab-case, as attributes, so they work before and after the widgets load. emergency-note={false} removes the attribute.',
    'Listen with on + the exact event name: oniop-checklist-change. onIopChecklistChange never fires.',
    'Setting a prop to undefined clears it: the widget shows its default (no hours, the default label, and so on).',
  ],
  files: [
    {
      name: 'ProgramHelp.jsx',
      code: `import { useState } from 'react';

export function ProgramHelp({ phone, sms, hours, label, variant, emergencyNote, storageKey, onChecklistChange }) {
  return (
    <>
      <iop-call-to-action phone={phone} sms={sms} hours={hours} label={label} variant={variant} emergency-note={emergencyNote}>
        <a href="tel:+12125550199">Call 212-555-0199</a>
      </iop-call-to-action>
      <iop-checklist storage-key={storageKey} oniop-checklist-change={(event) => onChecklistChange?.(event.detail)}>
        <a href="${CHECKLIST_PAGE}">Questions to ask a program</a>
      </iop-checklist>
    </>
  );
}

export function App() {
  const [hours, setHours] = useState('Mon–Fri, 9 am–5 pm');
  const [ticked, setTicked] = useState(0);
  return (
    <main>
      <ProgramHelp
        phone="212-555-0199"
        hours={hours}
        emergencyNote
        storageKey="my-clinic:checklist"
        onChecklistChange={(detail) => setTicked(detail.programs[0].checked.length)}
      />
      <p>Questions ticked: {ticked}</p>
      <button type="button" onClick={() => setHours(undefined)}>Hide opening hours</button>
    </main>
  );
}
`,
    },
  ],
};

/** Vue 3: `isCustomElement`, boolean attributes, the event. */
export const VUE_GUIDE: FrameworkGuide = {
  id: 'vue',
  title: 'Vue 3',
  notes: [
    'Add the script tag once, to index.html, and tell Vue that iop-* tags are custom elements: app.config.compilerOptions.isCustomElement for templates compiled in the browser (as here, with vue aliased to vue/dist/vue.esm-bundler.js), or the same function in vite.config.js for .vue files: vue({ template: { compilerOptions: { isCustomElement } } }).',
    'Bind storage-key and emergency-note in kebab-case. Vue writes :emergency-note="false" as the text "false", which the widget reads as false; or bind the property with :emergencyNote.prop.',
    'Listen with @iop-checklist-change. Binding null or undefined clears a prop: the widget shows its default.',
  ],
  files: [
    {
      name: 'program-help.js',
      code: `import { createApp, defineComponent, ref } from 'vue';

export const ProgramHelp = defineComponent({
  props: ['phone', 'sms', 'hours', 'label', 'variant', 'emergencyNote', 'storageKey'],
  emits: ['checklist-change'],
  template: \`
    <iop-call-to-action :phone="phone" :sms="sms" :hours="hours" :label="label" :variant="variant" :emergency-note="emergencyNote">
      <a href="tel:+12125550199">Call 212-555-0199</a>
    </iop-call-to-action>
    <iop-checklist :storage-key="storageKey" @iop-checklist-change="$emit('checklist-change', $event.detail)">
      <a href="${CHECKLIST_PAGE}">Questions to ask a program</a>
    </iop-checklist>\`,
});

export const isCustomElement = (tag) => tag.startsWith('iop-');

export function mountApp(selector) {
  const app = createApp({
    components: { ProgramHelp },
    setup() {
      const note = ref(true);
      const ticked = ref(0);
      const onChange = (detail) => (ticked.value = detail.programs[0].checked.length);
      return { note, ticked, onChange };
    },
    template: \`
      <ProgramHelp phone="212-555-0199" :emergency-note="note" storage-key="my-clinic:checklist" @checklist-change="onChange" />
      <p>Questions ticked: {{ ticked }}</p>
      <button type="button" @click="note = !note">Crisis note on or off</button>\`,
  });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  return app.mount(selector);
}
`,
    },
  ],
};

/** Angular: `CUSTOM_ELEMENTS_SCHEMA`, attribute bindings, the event. */
export const ANGULAR_GUIDE: FrameworkGuide = {
  id: 'angular',
  title: 'Angular',
  notes: [
    'Add the script tag once, to src/index.html, and add CUSTOM_ELEMENTS_SCHEMA to the component that uses the widgets, so Angular accepts the iop-* tags.',
    'Bind attributes with [attr.phone], [attr.storage-key], [attr.emergency-note] and so on: they work before and after the widgets load, and null or undefined removes them, so the widget shows its default.',
    'Listen with (iop-checklist-change); the event is a CustomEvent, so read $any($event).detail.',
    'The inputs use @Input and @Output, which work whether the app is compiled ahead of time or just in time (this is the code our test runs, JIT, with zoneless change detection).',
  ],
  files: [
    {
      name: 'program-help.component.ts',
      code: `import { Component, CUSTOM_ELEMENTS_SCHEMA, EventEmitter, Input, Output, signal } from '@angular/core';

export interface ChecklistChange {
  programs: { name: string; checked: string[] }[];
  total: number;
}

@Component({
  selector: 'app-program-help',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <iop-call-to-action [attr.phone]="phone" [attr.sms]="sms" [attr.hours]="hours" [attr.label]="label" [attr.variant]="variant" [attr.emergency-note]="emergencyNote ? '' : null">
      <a href="tel:+12125550199">Call 212-555-0199</a>
    </iop-call-to-action>
    <iop-checklist [attr.storage-key]="storageKey" (iop-checklist-change)="checklistChange.emit($any($event).detail)">
      <a href="${CHECKLIST_PAGE}">Questions to ask a program</a>
    </iop-checklist>\`,
})
export class ProgramHelpComponent {
  @Input() phone?: string;
  @Input() sms?: string;
  @Input() hours?: string;
  @Input() label?: string;
  @Input() variant?: 'button' | 'banner' | 'inline';
  @Input() emergencyNote?: boolean;
  @Input() storageKey?: string;
  @Output() checklistChange = new EventEmitter<ChecklistChange>();
}

@Component({
  selector: 'app-root',
  imports: [ProgramHelpComponent],
  template: \`
    <main>
      <app-program-help phone="212-555-0199" [hours]="hours()" [emergencyNote]="true" storageKey="my-clinic:checklist" (checklistChange)="ticked.set($event.programs[0].checked.length)" />
      <p>Questions ticked: {{ ticked() }}</p>
      <button type="button" (click)="hours.set(undefined)">Hide opening hours</button>
    </main>\`,
})
export class AppComponent {
  hours = signal<string | undefined>('Mon–Fri, 9 am–5 pm');
  ticked = signal(0);
}
`,
    },
  ],
};

/** The framework guides, in the order the embed page shows them. */
export const FRAMEWORK_GUIDES: readonly FrameworkGuide[] = [REACT_GUIDE, VUE_GUIDE, ANGULAR_GUIDE];
