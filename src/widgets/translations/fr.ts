import type { WidgetTranslation } from './index.ts';

/** French widget strings (vous). */
const fr: WidgetTranslation = {
  'cta.label': 'Appelez maintenant',
  'cta.call': 'Appeler le {number}',
  'cta.text': 'Texto au {number}',
  'cta.crisis': 'En cas de crise : 988 Suicide & Crisis Lifeline',
  'cta.helpline': 'Ligne d’aide nationale SAMHSA, gratuite, 24 h/24',
  'checklist.title': 'Questions à poser à un programme',
  'checklist.progress': '{done} sur {total}',
  'checklist.name': 'Nom du programme',
  'checklist.program': 'Programme {n}',
  'checklist.add': 'Ajouter un programme',
  'checklist.remove': 'Retirer {name}',
  'checklist.print': 'Imprimer',
  'checklist.reset': 'Tout effacer',
  'checklist.notSaved': 'Non enregistré : ce navigateur bloque le stockage.',
};

export default fr;
