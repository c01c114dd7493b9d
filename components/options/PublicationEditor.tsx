/** One publication: type-specific fields, identifiers shown as https links, and the author list. */
import {
  PUBLICATION_STATUSES,
  PUBLICATION_TYPES,
  type Publication,
  type PublicationType,
} from '../../lib/profile/schema';
import {
  arxivLink,
  doiLink,
  normaliseArxiv,
  normaliseDoi,
  requireText,
  safeLink,
  validateArxiv,
  validateDoi,
  validateMonth,
  validateUrl,
  validateYear,
} from '../../lib/profile/validate';
import { useOptionsStore } from '../../stores/options';
import { AuthorListEditor } from './AuthorListEditor';
import { CheckboxField, FieldLink, NumberField, SelectField, TextField } from './fields';

/** Which fields a type shows and what they are called there. Absent = not shown. */
interface TypeFields {
  venue?: string;
  volume?: string;
  issue?: string;
  pages?: boolean;
  publisher?: string;
}
export const FIELDS_BY_TYPE: Record<PublicationType, TypeFields> = {
  journal: { venue: 'Journal', volume: 'Volume', issue: 'Issue', pages: true, publisher: 'Publisher' },
  conference: { venue: 'Conference or proceedings', pages: true, publisher: 'Publisher' },
  workshop: { venue: 'Workshop', pages: true },
  preprint: { venue: 'Repository (arXiv, bioRxiv…)' },
  thesis: { venue: 'Degree (Ph.D. thesis…)', publisher: 'University' },
  book: { venue: 'Series', volume: 'Volume', publisher: 'Publisher' },
  chapter: { venue: 'Book title', pages: true, publisher: 'Publisher' },
  patent: { venue: 'Patent office', volume: 'Patent number' },
  other: { venue: 'Venue', pages: true, publisher: 'Publisher' },
};

interface PublicationEditorProps {
  publication: Publication;
  index: number;
  total: number;
  onMove: (to: number) => void;
}

export function PublicationEditor({ publication: pub, index, total, onMove }: PublicationEditorProps) {
  const { updateItem, removeItem, showToast } = useOptionsStore.getState();
  const set = (patch: Partial<Publication>) => updateItem('publications', index, patch);
  const fields = FIELDS_BY_TYPE[pub.type];
  const doi = doiLink(pub.doi);
  const arxiv = arxivLink(pub.arxiv);
  const url = safeLink(pub.url);
  const name = pub.title || 'Untitled publication';

  return (
    <section class="publication-editor" aria-label={`Edit ${name}`}>
      <div class="row-tools">
        <strong class="row-title">{name}</strong>
        <button type="button" aria-label="Move publication up" disabled={index === 0} onClick={() => onMove(index - 1)}>
          ↑
        </button>
        <button
          type="button"
          aria-label="Move publication down"
          disabled={index === total - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button type="button" class="danger" onClick={() => removeItem('publications', index, `“${name}”`)}>
          Remove publication
        </button>
      </div>
      <div class="field-grid">
        <SelectField
          label="Type"
          value={pub.type}
          options={PUBLICATION_TYPES}
          onChange={(type) => set({ type: type ?? 'other' })}
        />
        <SelectField
          label="Status"
          value={pub.status}
          options={PUBLICATION_STATUSES}
          onChange={(status) => set({ status: status ?? 'published' })}
        />
        <TextField
          label="Title (required)"
          wide
          value={pub.title}
          warning={requireText(pub.title, 'The title')}
          onCommit={(title) => set({ title: title ?? '' })}
        />
        {fields.venue && <TextField label={fields.venue} value={pub.venue} onCommit={(venue) => set({ venue })} />}
        <NumberField
          label="Year"
          value={pub.year}
          validate={(v) => validateYear(v, 1000)}
          onCommit={(year) => set({ year })}
        />
        <NumberField label="Month" value={pub.month} validate={validateMonth} onCommit={(month) => set({ month })} />
        {fields.volume && <TextField label={fields.volume} value={pub.volume} onCommit={(volume) => set({ volume })} />}
        {fields.issue && <TextField label={fields.issue} value={pub.issue} onCommit={(issue) => set({ issue })} />}
        {fields.pages && (
          <TextField label="Pages" value={pub.pages} hint="e.g. 112–125" onCommit={(pages) => set({ pages })} />
        )}
        {fields.publisher && (
          <TextField label={fields.publisher} value={pub.publisher} onCommit={(publisher) => set({ publisher })} />
        )}
        <TextField
          label="DOI"
          value={pub.doi}
          validate={validateDoi}
          normalise={(v) => normaliseDoi(v) ?? v}
          onCommit={(value) => set({ doi: value })}
        >
          <FieldLink href={doi} />
        </TextField>
        <TextField
          label="arXiv id"
          value={pub.arxiv}
          validate={validateArxiv}
          normalise={(v) => normaliseArxiv(v) ?? v}
          onCommit={(value) => set({ arxiv: value })}
        >
          <FieldLink href={arxiv} />
        </TextField>
        <TextField
          label="Web address"
          type="url"
          value={pub.url}
          validate={validateUrl}
          onCommit={(value) => set({ url: value })}
        >
          <FieldLink href={url}>Open</FieldLink>
        </TextField>
        <TextField label="Label in your CV" value={pub.label} hint="e.g. C7" onCommit={(label) => set({ label })} />
        <CheckboxField label="Selected publication" checked={pub.selected} onChange={(selected) => set({ selected })} />
        <TextField label="Note" multiline value={pub.note} onCommit={(note) => set({ note })} />
      </div>
      <AuthorListEditor
        authors={pub.authors}
        onChange={(authors) => set({ authors })}
        onRemove={(author, at) => {
          set({ authors: pub.authors.filter((_, i) => i !== at) });
          showToast(`Removed author ${author.name || at + 1}.`, () => {
            const current = useOptionsStore.getState().profile?.publications.find((p) => p.id === pub.id);
            const i = useOptionsStore.getState().profile?.publications.findIndex((p) => p.id === pub.id) ?? -1;
            if (!current || i < 0) return;
            const authors = [...current.authors];
            authors.splice(Math.min(at, authors.length), 0, author);
            updateItem('publications', i, { authors });
          });
        }}
      />
    </section>
  );
}
