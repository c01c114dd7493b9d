/** Homepage and scholar identities (stored as bare ids), plus any other links. */
import type { Links } from '../../lib/profile/schema';
import {
  normaliseOrcid,
  requireText,
  safeLink,
  validateBareId,
  validateOrcid,
  validateUrl,
} from '../../lib/profile/validate';
import { useOptionsStore } from '../../stores/options';
import { TextField } from './fields';

type IdKey = Exclude<keyof Links, 'other' | 'homepage' | 'orcid'>;
const SCHOLAR_IDS: { key: IdKey; label: string; hint: string }[] = [
  { key: 'googleScholar', label: 'Google Scholar user id', hint: 'The user= part of your profile address' },
  { key: 'dblp', label: 'DBLP pid', hint: 'For example 123/4567' },
  { key: 'semanticScholar', label: 'Semantic Scholar author id', hint: 'The number at the end of your author page' },
  { key: 'openReview', label: 'OpenReview id', hint: 'For example ~Ada_Example1' },
  { key: 'github', label: 'GitHub user name', hint: 'Without github.com/' },
  { key: 'linkedin', label: 'LinkedIn id', hint: 'The part after linkedin.com/in/' },
];

export function LinksEditor() {
  const links = useOptionsStore((s) => s.profile?.links);
  const { updateProfile, showToast } = useOptionsStore.getState();
  const setLinks = (patch: Partial<Links>) => updateProfile((p) => ({ ...p, links: { ...p.links, ...patch } }));
  const other = links?.other ?? [];
  const setOther = (next: Links['other']) => setLinks({ other: next });
  const homepage = safeLink(links?.homepage);
  const orcid = links?.orcid && !validateOrcid(links.orcid) ? `https://orcid.org/${links.orcid}` : undefined;

  return (
    <>
      <section aria-labelledby="ids-title">
        <h3 id="ids-title">Homepage and scholar ids</h3>
        <div class="field-grid">
          <TextField
            label="Homepage"
            type="url"
            value={links?.homepage}
            validate={validateUrl}
            placeholder="https://"
            onCommit={(homepage) => setLinks({ homepage })}
          >
            {homepage && (
              <a href={homepage} target="_blank" rel="noopener noreferrer" class="field-link">
                Open homepage
              </a>
            )}
          </TextField>
          <TextField
            label="ORCID iD"
            value={links?.orcid}
            validate={validateOrcid}
            normalise={(v) => normaliseOrcid(v) ?? v}
            placeholder="0000-0000-0000-0000"
            onCommit={(orcid) => setLinks({ orcid })}
          >
            {orcid && (
              <a href={orcid} target="_blank" rel="noopener noreferrer" class="field-link">
                View on orcid.org
              </a>
            )}
          </TextField>
          {SCHOLAR_IDS.map((id) => (
            <TextField
              key={id.key}
              label={id.label}
              value={links?.[id.key]}
              validate={validateBareId}
              hint={id.hint}
              onCommit={(value) => setLinks({ [id.key]: value })}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="other-links-title">
        <h3 id="other-links-title">Other links</h3>
        {other.length === 0 && <p class="muted">None yet.</p>}
        <ol class="rows">
          {other.map((link, index) => (
            <li key={index} class="row-card" aria-label={link.label || `Link ${index + 1}`}>
              <div class="field-grid">
                <TextField
                  label="Label"
                  value={link.label}
                  warning={requireText(link.label, 'The label')}
                  onCommit={(label) => setOther(other.map((l, i) => (i === index ? { ...l, label: label ?? '' } : l)))}
                />
                <TextField
                  label="Address"
                  type="url"
                  value={link.url}
                  validate={validateUrl}
                  onCommit={(url) => setOther(other.map((l, i) => (i === index ? { ...l, url: url ?? '' } : l)))}
                />
                <button
                  type="button"
                  class="danger"
                  aria-label={`Remove link ${link.label || index + 1}`}
                  onClick={() => {
                    setOther(other.filter((_, i) => i !== index));
                    showToast(`Removed link ${link.label}.`, () => {
                      const current = useOptionsStore.getState().profile?.links.other ?? [];
                      setOther([...current.slice(0, index), link, ...current.slice(index)]);
                    });
                  }}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setOther([...other, { label: '', url: '' }])}>
          Add link
        </button>
      </section>
    </>
  );
}
