/**
 * English widget strings. English defines the keys: every other language must give all of them (see `WidgetTranslation`). Placeholders look like `{name}`.
 */
const en = {
  'cta.label': 'Call now',
  'cta.call': 'Call {number}',
  'cta.text': 'Text {number}',
  'cta.crisis': 'In a crisis: 988 Suicide & Crisis Lifeline',
  'cta.helpline': 'SAMHSA National Helpline, free and 24/7',
  'checklist.title': 'Questions to ask a program',
  'checklist.progress': '{done} of {total}',
  'checklist.name': 'Program name',
  'checklist.program': 'Program {n}',
  'checklist.add': 'Add a program',
  'checklist.remove': 'Remove {name}',
  'checklist.print': 'Print',
  'checklist.reset': 'Clear all',
  'checklist.notSaved': 'Not saved: this browser blocks storage.',
} as const;

export default en;
