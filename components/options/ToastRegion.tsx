import { useOptionsStore } from '../../stores/options';

/** Short confirmations ("Removed …") with an Undo button; stays a few seconds. */
export function ToastRegion() {
  const toast = useOptionsStore((s) => s.toast);
  const dismiss = useOptionsStore((s) => s.dismissToast);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                toast.undo?.();
                dismiss();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
