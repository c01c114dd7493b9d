import { useId, useState } from 'preact/hooks';
import { validateOrigin } from '../../lib/profile/validate';
import { useOptionsStore, NO_ENTRIES } from '../../stores/options';
import { RemovableList } from './RemovableList';

/**
 * Frames of another origin (Workday, iCIMS embed their forms) are only filled when the user allowed them for that
 * site: top-site origin → frame origins.
 */
export function AllowedFramesSetting() {
  const id = useId();
  const allowed = useOptionsStore((s) => s.settings?.allowedFrameOrigins ?? NO_ENTRIES);
  const updateSettings = useOptionsStore((s) => s.updateSettings);
  const [top, setTop] = useState('');
  const [frame, setFrame] = useState('');
  const topError = validateOrigin(top);
  const frameError = validateOrigin(frame);
  const canAdd = top.trim() && frame.trim() && !topError && !frameError;

  const removeFrame = (site: string, origin: string) => {
    const rest = (allowed[site] ?? []).filter((o) => o !== origin);
    const next = { ...allowed, [site]: rest };
    if (rest.length === 0) delete next[site];
    void updateSettings({ allowedFrameOrigins: next });
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Embedded forms from other sites</h3>
      <p class="muted">Vitae fills a form in a frame of another origin only where you allowed it.</p>
      <RemovableList
        empty="None allowed."
        items={Object.entries(allowed).flatMap(([site, origins]) =>
          origins.map((origin) => ({
            key: `${site} ${origin}`,
            text: `On ${site}: ${origin}`,
            removeLabel: `Stop filling ${origin} on ${site}`,
            onRemove: () => removeFrame(site, origin),
          })),
        )}
      />
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!canAdd) return;
          const site = new URL(top.trim()).origin;
          const origin = new URL(frame.trim()).origin;
          const list = allowed[site] ?? [];
          if (!list.includes(origin))
            void updateSettings({ allowedFrameOrigins: { ...allowed, [site]: [...list, origin] } });
          setFrame('');
        }}
      >
        <div class="field">
          <label for={`${id}-top`}>Site (origin)</label>
          <input
            id={`${id}-top`}
            value={top}
            placeholder="https://jobs.example.edu"
            onInput={(e) => setTop(e.currentTarget.value)}
            aria-invalid={top && topError ? true : undefined}
          />
          {top && topError && <small class="error">{topError}</small>}
        </div>
        <div class="field">
          <label for={`${id}-frame`}>Embedded form (origin)</label>
          <input
            id={`${id}-frame`}
            value={frame}
            placeholder="https://example.myworkdayjobs.com"
            onInput={(e) => setFrame(e.currentTarget.value)}
            aria-invalid={frame && frameError ? true : undefined}
          />
          {frame && frameError && <small class="error">{frameError}</small>}
        </div>
        <button type="submit" disabled={!canAdd}>
          Allow
        </button>
      </form>
    </section>
  );
}
