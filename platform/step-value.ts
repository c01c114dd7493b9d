import type { FillStep } from '../lib/engine/types';

/** The value a step writes, as the fill report and the fill preview show it. */
export function stepValue(step: FillStep): string {
  switch (step.action) {
    case 'set-value':
    case 'choose-listbox':
      return step.value;
    case 'select-option':
      return step.optionText || step.value;
    case 'check':
      return step.optionText ?? String(step.checked);
    case 'attach-file':
      return step.fileName;
    case 'click-add':
      return '';
  }
}
