import { DEFAULT_CONFLICT_MONTHS } from '../format/conflict-styles';
import type { SiteAdapter } from './types';

/** HotCRP profile (server-rendered, name = id): every conference runs its own host. */
export const hotcrp: SiteAdapter = {
  id: 'hotcrp',
  name: 'HotCRP',
  hosts: [/(^|\.)hotcrp\.com$/],
  markers: [/hotcrp/i],
  structure: [/^uemail$/, /^firstName$/, /^lastName$/, /^affiliation$/, /^collaborators$/, /^ti\d+$/],
  minMatches: 3,
  // "Collaborators": co-authors and other collaborators of about the last two years, advisors for life.
  values: { conflictMonths: DEFAULT_CONFLICT_MONTHS.hotcrp },
  fields: [
    { key: /^uemail$/, target: 'email' },
    { key: /^firstName$/, target: 'name.given' },
    { key: /^lastName$/, target: 'name.family' },
    { key: /^affiliation$/, target: 'position.institution' },
    { key: /^country$/, target: 'address.country' },
    { key: /^orcid$/, target: 'orcid.id' },
    { key: /^phone$/, target: 'phone' },
    { key: /^collaborators$/, target: 'conflicts.people' },
    { key: /^ti\d+$/, target: 'leave:essay', note: 'a topic-interest rating only you can give' },
    { key: /^(upassword|upassword2|oldpassword)$/, target: 'leave:password' },
  ],
};
