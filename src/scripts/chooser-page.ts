/**
 * The language chooser's only script (see src/pages/index.astro): quick exit
 * and the suggested language, built as one self-contained module like the
 * pages' entry (page.ts).
 */
import { installQuickExit } from '../quick-exit/exit.ts';
import { markSuggestedLanguage } from './language-chooser.ts';

installQuickExit(document);
markSuggestedLanguage(document, navigator.languages);
