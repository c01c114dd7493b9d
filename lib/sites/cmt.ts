import { DEFAULT_CONFLICT_MONTHS } from '../format/conflict-styles';
import type { SiteAdapter } from './types';

/** Microsoft CMT (Knockout data-bind): scholar identities as bare ids, not URLs. */
export const cmt: SiteAdapter = {
  id: 'cmt',
  name: 'Microsoft CMT',
  hosts: [/(^|\.)cmt3\.research\.microsoft\.com$/],
  markers: [/\bcmt\b|conference management toolkit/i],
  structure: [/^data-bind=value: ?(firstName|lastName|email|organization|googleScholarId|dblpId|semanticScholarId)/],
  minMatches: 3,
  // "Domain conflicts": the institutions of the recent past.
  values: { conflictMonths: DEFAULT_CONFLICT_MONTHS['cmt-domains'] },
  fields: [
    { key: /^data-bind=value: ?firstName/, target: 'name.given' },
    { key: /^data-bind=value: ?middleInitial/, target: 'name.middle' },
    { key: /^data-bind=value: ?lastName/, target: 'name.family' },
    { key: /^data-bind=value: ?(email|emailAddress)\b/, target: 'email' },
    { key: /^data-bind=value: ?(organization|organisation|institution)\b/, target: 'position.institution' },
    { key: /^data-bind=value: ?(country|countryCode)\b/, target: 'address.country' },
    { key: /^data-bind=value: ?googleScholarId/, target: 'scholar.id' },
    { key: /^data-bind=value: ?semanticScholarId/, target: 'semanticScholar.id' },
    { key: /^data-bind=value: ?dblpId/, target: 'dblp.id' },
    { key: /^data-bind=value: ?orcid/i, target: 'orcid.id' },
    { key: /^data-bind=value: ?openReviewId/, target: 'openReview.id' },
    { key: /^data-bind=value: ?domainConflicts/, target: 'conflicts.domains' },
    { key: /^data-bind=value: ?(individualConflicts|conflicts)\b/, target: 'conflicts.people' },
  ],
};
