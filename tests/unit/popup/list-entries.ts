/** Two profiles of one fictional researcher, as `profile.list` lists them: the popup tests paint from these. */
import type { ProfileListEntry } from '../../../lib/messaging/protocol';

export const MIRA: ProfileListEntry = {
  id: 'p1',
  label: 'Academic',
  name: 'Mira Okonkwo',
  affiliation: 'University of Westmarch',
  active: true,
};
export const OTHER: ProfileListEntry = {
  id: 'p2',
  label: 'Industry',
  name: 'Mira O.',
  affiliation: 'Westmarch Labs',
  active: false,
};
