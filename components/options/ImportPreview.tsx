/**
 * What an import would do, before anything is saved: every section it changes (with its rows), a box for each
 * required field the file left empty (#14 item 2: sent back as `fixes`), the importer's warnings, and the buttons.
 * It scrolls into view and takes focus when it appears, so the person sees it (#14 item 7).
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { MissingField } from '../../lib/import/required';
import type { ImportRequest } from '../../lib/messaging/protocol';
import type { ImportSummary } from '../../lib/import/formats';
import { ColumnHeads, humanise } from './fields';

/** Readable names for summary keys that are not plain words. */
const SECTION_NAMES: Record<string, string> = {
  name: 'Name',
  links: 'Links and scholar ids',
  siteRules: 'Learned site rules',
  bios: 'Bios',
};
export const sectionName = (key: string) => SECTION_NAMES[key] ?? humanise(key);

export interface Preview {
  request: ImportRequest;
  summary: ImportSummary;
  warnings: string[];
  missing: MissingField[];
  /** The host a fetched record came from. */
  fetchedFrom?: string;
}

const fixKey = (m: MissingField) => `${m.section}/${m.index}/${m.field}`;

export function ImportPreview(props: {
  preview: Preview;
  busy: boolean;
  excluded: Set<string>;
  onExclude: (excluded: Set<string>) => void;
  fixes: Record<string, string>;
  onFix: (fixes: Record<string, string>) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { preview, excluded } = props;
  const isBackup = preview.request.format === 'backup';
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [preview]);
  const missing = preview.missing.filter((m) => !excluded.has(m.section));

  return (
    <section class="import-preview" aria-labelledby={`${id}-preview`}>
      <h4 id={`${id}-preview`} ref={heading} tabIndex={-1}>
        What this import would do{preview.fetchedFrom ? ` (record fetched from ${preview.fetchedFrom})` : ''}
      </h4>
      {isBackup && (
        <p class="warning">
          Restoring a backup replaces all profiles, documents, rules and settings with the backup's.
        </p>
      )}
      <table>
        <ColumnHeads columns={['Import', 'Section', 'Added', 'Changed', 'Kept']} />
        <tbody>
          {Object.entries(preview.summary).map(([section, counts]) => (
            <tr key={section} data-section={section}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Import ${sectionName(section)}`}
                  checked={!excluded.has(section)}
                  disabled={isBackup}
                  onChange={(e) => {
                    const next = new Set(excluded);
                    if (e.currentTarget.checked) next.delete(section);
                    else next.add(section);
                    props.onExclude(next);
                  }}
                />
              </td>
              <th scope="row" class="summary-section">
                {sectionName(section)}
                {counts.items && counts.items.length > 0 && (
                  <details open={counts.items.length <= 5}>
                    <summary>
                      {counts.items.length === 1 ? 'Show the item' : `Show ${counts.items.length} items`}
                    </summary>
                    <ul>
                      {counts.items.slice(0, 50).map((item, i) => (
                        <li key={i}>{item}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </th>
              <td>{counts.added}</td>
              <td>{counts.changed}</td>
              <td>{counts.kept}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <fieldset class="import-fixes">
          <legend>Fill in what the file left out (or leave it and add it later)</legend>
          {missing.map((m) => (
            <div class="field" key={fixKey(m)}>
              <label for={`${id}-${fixKey(m)}`}>
                {m.fieldLabel} for “{m.row}”
              </label>
              <input
                id={`${id}-${fixKey(m)}`}
                type="text"
                value={props.fixes[fixKey(m)] ?? ''}
                onInput={(e) => props.onFix({ ...props.fixes, [fixKey(m)]: e.currentTarget.value })}
              />
            </div>
          ))}
        </fieldset>
      )}
      {preview.warnings.length > 0 && (
        <ul class="warnings">
          {preview.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="primary" disabled={props.busy} onClick={props.onImport}>
          {isBackup ? 'Restore backup' : 'Import'}
        </button>{' '}
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}

/** The typed values as `fixes` of `profile.import`, for the fields still shown. */
export function fixesOf(preview: Preview, typed: Record<string, string>, excluded: Set<string>) {
  return preview.missing
    .filter((m) => !excluded.has(m.section) && typed[fixKey(m)]?.trim())
    .map((m) => ({ section: m.section, index: m.index, field: m.field, value: (typed[fixKey(m)] ?? '').trim() }));
}
