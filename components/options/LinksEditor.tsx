/** Homepage and scholar identities (stored as bare ids), plus any other links. */
import type { Links } from '../../lib/profile/schema';
import { requireText, safeLink, validateBareId, validateOrcid, validateUrl } from '../../lib/profile/validate';
import { SCHOLAR_IDS, idFromInput, scholarLink, type ScholarService } from '../../lib/values/scholar-ids';
import { useOptionsStore } from '../../stores/options';
import { FieldLink, TextField } from './fields';
import { RemoveButton } from './RowControls';

const ID_FIELDS: { service: ScholarService; label: string; hint?: string }[] = [
  { service: 'orcid', label: 'ORCID iD' },
  { service: 'googleScholar', label: 'Google Scholar user id', hint: 'The user= part of your profile address' },
  { service: 'dblp', label: 'DBLP pid', hint: 'For example 123/4567' },
  {
    service: 'semanticScholar',
    label: 'Semantic Scholar author id',
    hint: 'The number at the end of your author page',
  },
  { service: 'openReview', label: 'OpenReview id', hint: 'For example ~Ada_Example1' },
  { service: 'github', label: 'GitHub user name', hint: 'Without github.com/' },
  { service: 'linkedin', label: 'LinkedIn id', hint: 'The part after linkedin.com/in/' },
];

/** An id field takes the bare id or the address of the person's page there (the id is kept). */
function validateId(service: ScholarService, value: string | undefined): string | undefined {
  if (value === undefined || !value.trim()) return undefined;
  if (service === 'orcid') return validateOrcid(idFromInput('orcid', value));
  if (SCHOLAR_IDS[service].parse(value)) return undefined;
  if (/^https?:\/\//i.test(value.trim()))
    return `Not the address of a ${SCHOLAR_IDS[service].label} profile: paste your profile's address or only the id (for example ${SCHOLAR_IDS[service].example}).`;
  return validateBareId(value);
}

export function LinksEditor() {
  const links = useOptionsStore((s) => s.profile?.links);
  const { updateProfile, showToast } = useOptionsStore.getState();
  const setLinks = (patch: Partial<Links>) => updateProfile((p) => ({ ...p, links: { ...p.links, ...patch } }));
  const other = links?.other ?? [];
  const setOther = (next: Links['other']) => setLinks({ other: next });
  const homepage = safeLink(links?.homepage);

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
            <FieldLink href={homepage}>Open homepage</FieldLink>
          </TextField>
          {ID_FIELDS.map(({ service, label, hint }) => {
            const stored = links?.[service];
            const page = stored ? scholarLink(service, stored) : undefined;
            return (
              <TextField
                key={service}
                label={label}
                value={stored}
                validate={(v) => validateId(service, v)}
                normalise={(v) => idFromInput(service, v)}
                rewrite={(v) => (validateId(service, v) ? v : idFromInput(service, v))}
                placeholder={service === 'orcid' ? '0000-0000-0000-0000' : undefined}
                {...(hint ? { hint } : {})}
                onCommit={(value) => setLinks({ [service]: value })}
              >
                <FieldLink href={page}>
                  {service === 'orcid' ? 'View on orcid.org' : `Open on ${SCHOLAR_IDS[service].label}`}
                </FieldLink>
              </TextField>
            );
          })}
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
                <RemoveButton
                  label={`Remove link ${link.label || index + 1}`}
                  onClick={() => {
                    setOther(other.filter((_, i) => i !== index));
                    showToast(`Removed link ${link.label}.`, () => {
                      const current = useOptionsStore.getState().profile?.links.other ?? [];
                      setOther([...current.slice(0, index), link, ...current.slice(index)]);
                    });
                  }}
                />
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
