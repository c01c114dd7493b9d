/**
 * After an import: what was added and changed, section by section, and what the profile still lacks that forms ask
 * for, each linking to the section where it is added (#14 item 7). Takes focus so the person sees it.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { stillMissing } from '../../lib/import/still-missing';
import type { ImportSummary } from '../../lib/import/formats';
import { useOptionsStore } from '../../stores/options';
import { sectionName } from './ImportPreview';

export function ImportResult(props: { summary: ImportSummary }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const profile = useOptionsStore((s) => s.profile);
  const entries = Object.entries(props.summary);
  const added = entries.reduce((n, [, s]) => n + s.added, 0);
  const changed = entries.reduce((n, [, s]) => n + s.changed, 0);
  const missing = profile ? stillMissing(profile) : [];
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [props.summary]);

  return (
    <section class="import-result" aria-labelledby={`${id}-done`}>
      <h4 id={`${id}-done`} ref={heading} tabIndex={-1}>
        Imported: {added} added, {changed} changed.
      </h4>
      <ul class="import-result-sections">
        {entries
          .filter(([, s]) => s.added + s.changed > 0)
          .map(([section, s]) => (
            <li key={section}>
              {sectionName(section)}: {s.added} added{s.changed ? `, ${s.changed} changed` : ''}
            </li>
          ))}
      </ul>
      {missing.length > 0 && (
        <>
          <h5>Still missing</h5>
          <ul class="still-missing">
            {missing.map((m) => (
              <li key={m.label}>
                <a href={`#/${m.section}`}>{m.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
