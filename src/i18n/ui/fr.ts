/**
 * French (vous) UI strings. Keys come from `en.ts`; a missing key falls back to English.
 * This file holds the search keys (`search.*`); the translators' file adds the rest.
 */
import type { UITranslation } from './index.ts';

export default {
  'search.dialogTitle': 'Rechercher dans la bibliothèque',
  'search.inputLabel': 'Recherchez un sujet',
  'search.placeholder': 'Par exemple : thérapie de groupe',
  'search.submit': 'Rechercher',
  'search.close': 'Fermer',
  'search.instructions': 'Tapez quelques mots. Utilisez les flèches haut et bas pour choisir un résultat, Entrée pour l’ouvrir et Échap pour fermer.',
  'search.filterLabel': 'Catégorie',
  'search.resultsLabel': 'Résultats',
  'search.count': 'Résultats : {count}',
  'search.none': 'Aucun résultat pour « {query} ». Essayez d’autres mots ou parcourez tous les sujets.',
  'search.noneInLanguage': 'Aucun résultat en français. Voici des résultats en anglais.',
  'search.loading': 'Recherche…',
  'search.error': 'La recherche ne fonctionne pas pour le moment. Vous pouvez parcourir tous les sujets.',
  'search.pageTitle': 'Rechercher',
  'search.pageDescription': 'Cherchez dans la bibliothèque avec vos propres mots, ou parcourez tous les sujets par catégorie.',
  'search.browseTitle': 'Tous les sujets',
  'search.noScript': 'La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur. Tous les sujets sont listés ci-dessous.',
  'search.inEnglish': '(en anglais)',
  'search.otherPages': 'Autres pages',
} satisfies UITranslation;
