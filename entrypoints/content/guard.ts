/**
 * While Vitae writes into a page it presses widgets (dropdown buttons, "Add another"), and a <button> in a form
 * submits by default. This guard cancels every form submission and navigation-by-form while a fill or undo runs:
 * Vitae never submits.
 */
export function withoutSubmitting<T>(work: () => Promise<T>): Promise<T> {
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('submit', stop, true);
  return work().finally(() => {
    // Submissions are dispatched synchronously from clicks; keep the guard one more task for queued ones.
    setTimeout(() => window.removeEventListener('submit', stop, true), 0);
  });
}
