import type { WidgetTranslation } from './index.ts';

/** Spanish widget strings (usted). */
const es: WidgetTranslation = {
  'cta.label': 'Llame ahora',
  'cta.call': 'Llamar al {number}',
  'cta.text': 'Mensaje al {number}',
  'cta.crisis': 'En una crisis: 988 Línea de Prevención del Suicidio y Crisis',
  'cta.helpline': 'Línea Nacional de Ayuda de SAMHSA, gratis, 24/7',
  'checklist.title': 'Preguntas para un programa',
  'checklist.progress': '{done} de {total}',
  'checklist.name': 'Nombre del programa',
  'checklist.program': 'Programa {n}',
  'checklist.add': 'Agregar un programa',
  'checklist.remove': 'Quitar {name}',
  'checklist.print': 'Imprimir',
  'checklist.reset': 'Borrar todo',
  'checklist.notSaved': 'No se guarda: este navegador bloquea el almacenamiento.',
};

export default es;
