import type { Checklist } from '../../schemas/checklist.ts';

/**
 * Rebuilds a translated checklist from the English one and the translation's
 * texts, listed in English order (`null` for what is not translated yet,
 * left out). The bundle ships translations in this form so the ids and keys
 * are not repeated six times (see `checklistTextsForEsbuild`).
 * @example
 * withTexts({ sections: [{ id: 'cost', title: 'Cost', questions: [{ id: 'fees', text: 'Fees?' }] }] }, ['Costo', '¿Tarifas?'])
 * // => { sections: [{ id: 'cost', title: 'Costo', questions: [{ id: 'fees', text: '¿Tarifas?' }] }] }
 */
export function withTexts(english: Checklist, texts: readonly (string | null)[]): Checklist {
  let i = 0;
  const sections = english.sections.map((section) => ({
    id: section.id,
    title: texts[i++] ?? null,
    questions: section.questions.map((q) => ({ id: q.id, text: texts[i++] ?? null })).filter((q): q is { id: string; text: string } => q.text !== null),
  }));
  return { sections: sections.filter((s): s is Checklist['sections'][number] => s.title !== null) };
}

/**
 * The texts of a translated checklist in English order, `null` where it has
 * nothing yet. Throws, naming `file`, when it has an id English lacks or
 * its ids are out of English order.
 */
export function textsInEnglishOrder(checklist: Checklist, english: Checklist, file: string): (string | null)[] {
  const key = (section: string, question?: string) => (question === undefined ? section : `${section}/${question}`);
  const englishKeys = english.sections.flatMap((s) => [key(s.id), ...s.questions.map((q) => key(s.id, q.id))]);
  const own = new Map<string, string>();
  for (const s of checklist.sections) {
    own.set(key(s.id), s.title);
    for (const q of s.questions) own.set(key(s.id, q.id), q.text);
  }
  const expected = englishKeys.filter((k) => own.has(k));
  const wrong = [...own.keys()].find((k, i) => k !== expected[i]);
  if (wrong !== undefined) throw new Error(`${file}: the id "${wrong}" is not in en.json at that place. Keep the English ids, in the English order.`);
  return englishKeys.map((k) => own.get(k) ?? null);
}
