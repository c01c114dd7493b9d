import { countWords } from '../../lib/format/bio';
import { usePopupStore } from '../../stores/popup';

/** A button that puts `text` on the clipboard and announces it. */
export function CopyButton(props: { text: string; what: string; label?: string; disabled?: boolean; class?: string }) {
  const copy = usePopupStore((s) => s.copy);
  return (
    <button
      type="button"
      class={props.class ?? 'copy'}
      disabled={props.disabled || !props.text}
      onClick={() => void copy(props.text, props.what)}
      aria-label={props.label ? undefined : `Copy ${props.what}`}
    >
      {props.label ?? 'Copy'}
    </button>
  );
}

/** "87 words · 541 characters" */
export function Counts(props: { text: string }) {
  return (
    <span class="muted counts">
      {countWords(props.text)} words · {props.text.length} characters
    </span>
  );
}
