import { useOptionsStore } from '../../stores/options';

const TEXT = {
  idle: 'All changes saved',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
} as const;

/** The autosave state, announced politely to screen readers. */
export function SaveStatus() {
  const state = useOptionsStore((s) => s.saveState);
  const error = useOptionsStore((s) => s.saveError);
  return (
    <p class={`save-status ${state}`} role="status" data-save-state={state} title={error}>
      {TEXT[state]}
      {state === 'error' && error ? `: ${error}` : ''}
    </p>
  );
}
