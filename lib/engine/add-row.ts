/**
 * The one list of "add another" words (issues #17, #18), for the collector (which buttons it reports) and the
 * planner (which it presses) alike. Kept apart from lib/engine/rows.ts so the content script stays small.
 */
import { compactText } from '../values/normalise';

/**
 * "Add", "Add another", "+ Add education", in every language the classifier reads (English, German, French,
 * Spanish, Chinese, Russian, Japanese, Portuguese, Italian, Dutch), matched on compacted text (lower case, accents
 * folded, punctuation gone): "Hinzufügen" → "hinzufugen", "Añadir" → "anadir".
 */
const ADD_ROW =
  /^(?:(?:add|another|hinzufugen|ajouter|anadir|agregar|adicionar|acrescentar|aggiungi|toevoegen)\b|добавить|添加|新增|增加|追加)/;

/** Does a button's text (or aria-label) say it adds a row? "+", "+ Add", "Add Another Work Experience"… */
export function isAddRowText(text: string): boolean {
  if (/^\s*\+\s*$/.test(text)) return true;
  return ADD_ROW.test(compactText(text));
}
