/**
 * Spanish (usted) UI strings. Keys come from `en.ts`; a missing key falls back to English.
 * This file holds the search keys (`search.*`); the translators' file adds the rest.
 */
import type { UITranslation } from './index.ts';

export default {
  'search.dialogTitle': 'Buscar en la biblioteca',
  'search.inputLabel': 'Busque un tema',
  'search.placeholder': 'Por ejemplo: terapia de grupo',
  'search.submit': 'Buscar',
  'search.close': 'Cerrar',
  'search.instructions': 'Escriba algunas palabras. Use las flechas hacia arriba y hacia abajo para elegir un resultado, Intro para abrirlo y Esc para cerrar.',
  'search.filterLabel': 'Categoría',
  'search.resultsLabel': 'Resultados',
  'search.count': 'Resultados: {count}',
  'search.none': 'No se encontró nada para «{query}». Pruebe con otras palabras o vea todos los temas.',
  'search.noneInLanguage': 'No se encontró nada en español. Estos son los resultados en inglés.',
  'search.loading': 'Buscando…',
  'search.error': 'La búsqueda no funciona en este momento. Puede ver todos los temas.',
  'search.pageTitle': 'Buscar',
  'search.pageDescription': 'Busque en la biblioteca con sus propias palabras o vea todos los temas por categoría.',
  'search.browseTitle': 'Todos los temas',
  'search.noScript': 'La búsqueda necesita JavaScript, que está desactivado en su navegador. Todos los temas aparecen abajo.',
  'search.inEnglish': '(en inglés)',
  'search.otherPages': 'Otras páginas',
} satisfies UITranslation;
