/**
 * Spanish (usted) UI strings. Keys come from `en.ts`; a missing key falls back to English.
 * Search strings first; other keys are added as the site is translated.
 */
import type { UITranslation } from './index.ts';

export default {
  'nav.search': 'Buscar',
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
  'search.otherPages': 'Otras páginas',
  'category.understanding': 'Entender los IOP',
  'category.how-it-works': 'Cómo funciona un programa',
  'category.therapies': 'Terapias',
  'category.choosing': 'Elegir un programa',
  'category.life-and-recovery': 'Trabajo, vida y recuperación',
  'category.all': 'Todos los temas',
  'fallback.linkMarker': '(en inglés)',
} satisfies UITranslation;
