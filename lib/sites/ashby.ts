import type { SiteAdapter } from './types';

/** Ashby job boards: no <form>, `[data-field-path]`, system fields `_systemfield_*`. */
export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  hosts: [/(^|\.)ashbyhq\.com$/],
  markers: [/\bashby/i],
  structure: [/^_systemfield_/, /^data-field-path=/],
  minMatches: 2,
  fields: [
    { key: /^_systemfield_name$|^data-field-path=_systemfield_name$/, target: 'name.full' },
    { key: /^_systemfield_email$|^data-field-path=_systemfield_email$/, target: 'email' },
    { key: /^_systemfield_phone$|^data-field-path=_systemfield_phone$/, target: 'phone' },
    { key: /^_systemfield_location$|^data-field-path=_systemfield_location$/, target: 'address.location' },
    { key: /^_systemfield_resume$|^data-field-path=_systemfield_resume$/, target: 'document.cv' },
    { key: /^_systemfield_eeoc_gender$/, target: 'leave:gender' },
    { key: /^_systemfield_eeoc_race$/, target: 'leave:race' },
    { key: /^_systemfield_eeoc_veteran_status$/, target: 'leave:veteran' },
  ],
};
